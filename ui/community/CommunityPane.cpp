#include "CommunityPane.h"

#include "CommunityDetailView.h"
#include "CommunityItemDelegate.h"
#include "PublishDialog.h"
#include "models/CommunityListModel.h"
#include "storage/ServerSettings.h"
#include "ui/composer/AsyncTask.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace athanor {

namespace {

using community::Action;

QString withoutFullStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

CommunityPane::CommunityPane(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("communitySearch"));
    m_search->setAccessibleName(tr("Search the community"));
    m_search->setPlaceholderText(tr("Search the community…"));
    m_search->setClearButtonEnabled(true);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("communitySort"));
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->setToolTip(tr("Trending: likes and saves over the last 7 days; New: newest first; Top: most "
                          "likes and saves"));
    m_sort->addItem(tr("Trending"), QStringLiteral("trending"));
    m_sort->addItem(tr("New"), QStringLiteral("new"));
    m_sort->addItem(tr("Top"), QStringLiteral("top"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("communityRefresh"));
    m_refresh->setToolTip(tr("List the community prompts again"));
    m_queue = new QToolButton(this);
    m_queue->setObjectName(QStringLiteral("communityQueue"));
    m_queue->setText(tr("Moderation queue"));
    m_queue->setAccessibleName(m_queue->text());
    m_queue->setToolTip(tr("Moderators: the prompts waiting for approval"));
    m_queue->setCheckable(true);
    m_publish = new QPushButton(tr("Publish…"), this);
    m_publish->setObjectName(QStringLiteral("communityPublish"));
    m_publish->setToolTip(tr("Share one of your library's prompts with the community"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("communityBusy"));
    m_busyBar->setAccessibleName(tr("Talking to the server"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedWidth(60);
    QSizePolicy keep = m_busyBar->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keep);
    m_busyBar->hide();

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("communityBanner"));
    m_banner->setAccessibleName(tr("Connection"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e6c35c; border-radius: 3px; }"));
    m_banner->hide();

    m_model = new CommunityListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("communityList"));
    m_list->setAccessibleName(tr("Community prompts"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommunityItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("communityEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_detail = new CommunityDetailView(this);
    m_detail->setObjectName(QStringLiteral("communityDetail"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({330, 420});
    split->setChildrenCollapsible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("communityMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_sort);
    tools->addWidget(m_refresh);
    tools->addWidget(m_queue);
    tools->addWidget(m_publish);
    tools->addWidget(m_busyBar);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(tools);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(350);
    connect(m_searchDelay, &QTimer::timeout, this, &CommunityPane::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CommunityPane::refresh);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CommunityPane::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &CommunityPane::refresh);
    connect(m_queue, &QToolButton::toggled, this, [this](bool on) {
        m_detail->setQueueMode(on);
        m_model->setPrompts({}); // nothing to act on until the other list is in
        m_empty->setText(tr("Loading…"));
        m_stack->setCurrentIndex(1);
        showCurrent();
        refresh();
    });
    connect(m_publish, &QPushButton::clicked, this, [this] { publishPrompt(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommunityPane::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CommunityPane::showCurrent);
    connect(m_detail, &CommunityDetailView::actionRequested, this, &CommunityPane::run);
}

void CommunityPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        refresh();
    }
}

bool CommunityPane::isBusy() const
{
    return m_busy > 0 || m_acting > 0;
}

QString CommunityPane::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString CommunityPane::currentId() const
{
    return m_list->currentIndex().data(CommunityListModel::IdRole).toString();
}

bool CommunityPane::selectPrompt(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void CommunityPane::refresh()
{
    m_searchDelay->stop();
    m_shown = true;
    const int generation = ++m_generation;
    const auto sort = CommunityRepository::parseSort(m_sort->currentData().toString());
    auto work = [database = m_database, server = ServerSettings::load(),
                 sort = sort.value_or(CommunityRepository::Sort::Trending),
                 search = m_search->text().trimmed(), queue = m_queue->isChecked()] {
        return community::list(database, server, sort, search, queue);
    };
    changeBusy(+1);
    runAsync(this, work, [this, generation](const community::Listing& listing) {
        changeBusy(-1);
        if (generation != m_generation)
            return; // a newer listing is on its way
        applyListing(listing);
        emit loaded();
    });
}

void CommunityPane::applyListing(const community::Listing& listing)
{
    const QString current = currentId();
    m_online = listing.online;
    m_model->setPrompts(listing.prompts);
    QString banner;
    if (!listing.configured)
        banner =
            listing.prompts.size() == 1
                ? tr("Not connected — showing the 1 prompt cached on this computer. Set a server in Edit ▸ "
                     "Server…")
                : tr("Not connected — showing the %L1 prompts cached on this computer. Set a server in "
                     "Edit ▸ Server…")
                      .arg(listing.prompts.size());
    else if (!listing.online)
        banner =
            tr("The server cannot be reached: %1. Showing the cache.").arg(withoutFullStop(listing.problem));
    if (!listing.error.isEmpty())
        banner += QLatin1Char(' ') + tr("The cache could not be read: %1").arg(listing.error);
    m_banner->setText(banner.trimmed());
    m_banner->setVisible(!banner.isEmpty());

    // The queue is for moderators: hidden for everyone else once the server has said who is one.
    if (listing.online)
        m_queue->setVisible(listing.moderator || m_queue->isChecked());
    const QString search = m_search->text().trimmed();
    if (m_queue->isChecked() && listing.online)
        m_empty->setText(tr("Nothing is waiting for approval.\n\nOnly moderators see the queue: for everyone "
                            "else it is always empty."));
    else if (!search.isEmpty())
        m_empty->setText(tr("No community prompt matches “%1”.").arg(search));
    else if (listing.online)
        m_empty->setText(tr("No community prompts yet.\n\nShare one of yours with “Publish…”."));
    else
        m_empty->setText(tr("Nothing is cached on this computer yet: the prompts you see while connected "
                            "stay readable offline."));
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    if (!selectPrompt(current) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    m_detail->setOnline(m_online);
    showCurrent();
}

void CommunityPane::showCurrent()
{
    const int row = m_model->rowOf(currentId());
    m_detail->showPrompt(row < 0 ? std::nullopt : std::optional<CommunityPrompt>(m_model->prompt(row)));
}

void CommunityPane::run(Action action)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const std::optional<ServerUrl> server = ServerSettings::load();
    if (!server) {
        showMessage(tr("No server is set: choose one in Edit ▸ Server… first."), true);
        emit actionFinished(false);
        return;
    }
    showMessage(QString(), false);
    changeActing(+1);
    auto work = [database = m_database, url = *server, id, action] {
        return community::act(database, url, id, action);
    };
    runAsync(this, work, [this, id, action](const community::Outcome& outcome) {
        changeActing(-1);
        applyOutcome(id, action, outcome);
    });
}

void CommunityPane::applyOutcome(const QString& id, Action action, const community::Outcome& outcome)
{
    if (!outcome.error.isEmpty()) {
        showMessage(tr("The server did not do it: %1").arg(outcome.error), true);
        emit actionFinished(false);
        return;
    }
    const QString title = outcome.prompt ? outcome.prompt->title : QString();
    if ((action == Action::Approve || action == Action::Reject) && m_queue->isChecked()) {
        m_model->removePrompt(id); // it left the queue
        m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
        showCurrent();
    } else if (outcome.prompt) {
        m_model->updatePrompt(*outcome.prompt);
    }
    switch (action) {
    case Action::Remix:
        showMessage(tr("Remixed into your library as “%1”.").arg(tr("Remix of %1").arg(title)), false);
        emit remixed(outcome.localId);
        break;
    case Action::Approve:
        showMessage(tr("Approved “%1”: everyone can see it now.").arg(title), false);
        break;
    case Action::Reject:
        showMessage(tr("Rejected “%1”.").arg(title), false);
        break;
    default:
        break;
    }
    emit actionFinished(true);
}

PublishDialog* CommunityPane::publishPrompt(const QString& promptId)
{
    auto* dialog = new PublishDialog(m_database, promptId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &PublishDialog::published, this, [this](const CommunityPrompt& prompt) {
        showMessage(tr("Published “%1”: it is pending until a moderator approves it.").arg(prompt.title),
                    false);
        refresh();
    });
    dialog->show();
    return dialog;
}

void CommunityPane::changeBusy(int delta)
{
    m_busy += delta;
    m_busyBar->setVisible(m_busy > 0 || m_acting > 0);
}

void CommunityPane::changeActing(int delta)
{
    m_acting += delta;
    m_detail->setBusy(m_acting > 0);
    m_busyBar->setVisible(m_busy > 0 || m_acting > 0);
}

void CommunityPane::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace athanor
