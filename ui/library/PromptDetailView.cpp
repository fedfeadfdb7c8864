#include "PromptDetailView.h"

#include "ui/common/RatingPanel.h"
#include "ui/composer/AsyncTask.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace athanor {

namespace {

const QString kPromptScheme = QStringLiteral("athanor-prompt");

QStringList parseTags(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString tag = part.trimmed(); !tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    return tags;
}

QString linkList(const QList<PromptDetails::Link>& links, bool withScore)
{
    QString html = QStringLiteral("<ul style='margin-left: 12px; -qt-list-indent: 0'>");
    for (const auto& link : links) {
        html += QStringLiteral("<li><a href='%1:%2'>%3</a>")
                    .arg(kPromptScheme, link.id, link.preview.toHtmlEscaped());
        if (withScore)
            html += QStringLiteral(" <span style='color: gray'>(%1)</span>")
                        .arg(QString::number(link.score, 'f', 2));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

PromptDetailView::PromptDetailView(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagEditor"));
    m_tags->setPlaceholderText(tr("comma, separated"));
    m_tags->setAccessibleName(tr("Tags"));
    m_applyTags = new QPushButton(tr("&Set"), this);
    m_applyTags->setToolTip(tr("Set these tags (Enter); undo with Ctrl+Z"));
    m_applyTags->setObjectName(QStringLiteral("applyTags"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyPrompt"));
    m_copy->setToolTip(tr("Copy the full prompt to the clipboard"));
    // Taking the prompt elsewhere counts as a use of it (usage analytics).
    m_use = new QToolButton(this);
    m_use->setObjectName(QStringLiteral("usePrompt"));
    m_use->setText(tr("&Use in"));
    m_use->setAccessibleName(tr("Use this prompt in another pane"));
    m_use->setPopupMode(QToolButton::InstantPopup);
    auto* useMenu = new QMenu(m_use);
    QAction* composer = useMenu->addAction(tr("Enhance in the Composer"));
    composer->setObjectName(QStringLiteral("useInComposer"));
    QAction* playground = useMenu->addAction(tr("Try in the Playground"));
    playground->setObjectName(QStringLiteral("useInPlayground"));
    useMenu->addSeparator();
    QAction* publish = useMenu->addAction(tr("Publish to the Community…"));
    publish->setObjectName(QStringLiteral("publishToCommunity"));
    connect(publish, &QAction::triggered, this, [this] {
        if (!m_details.prompt.id.isEmpty())
            emit publishRequested(m_details.prompt.id);
    });
    m_use->setMenu(useMenu);
    connect(composer, &QAction::triggered, this, [this] {
        if (!m_details.prompt.id.isEmpty())
            emit useRequested(m_details.prompt.id, m_details.prompt.content, QStringLiteral("composer"));
    });
    connect(playground, &QAction::triggered, this, [this] {
        if (!m_details.prompt.id.isEmpty())
            emit useRequested(m_details.prompt.id, m_details.prompt.content, QStringLiteral("playground"));
    });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_copy, 0, Qt::AlignTop);
    titleRow->addWidget(m_use, 0, Qt::AlignTop);
    auto* tagRow = new QHBoxLayout;
    auto* tagLabel = new QLabel(tr("T&ags:"), this);
    tagLabel->setBuddy(m_tags);
    tagRow->addWidget(tagLabel);
    tagRow->addWidget(m_tags, 1);
    tagRow->addWidget(m_applyTags);

    m_content = new QTextBrowser(this);
    m_content->setObjectName(QStringLiteral("detailContent"));
    m_content->setAccessibleName(tr("Prompt text"));
    m_content->setOpenLinks(false);
    m_info = new QTextBrowser(this);
    m_info->setObjectName(QStringLiteral("detailInfo"));
    m_info->setAccessibleName(tr("Prompt details"));
    m_info->setOpenLinks(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_content);
    split->addWidget(m_info);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(titleRow);
    layout->addLayout(tagRow);
    layout->addWidget(split, 1);
    m_rating = new RatingPanel(this);
    layout->addWidget(m_rating);

    connect(m_applyTags, &QPushButton::clicked, this, &PromptDetailView::applyTags);
    connect(m_tags, &QLineEdit::returnPressed, this, &PromptDetailView::applyTags);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_details.prompt.id.isEmpty())
            return;
        QApplication::clipboard()->setText(m_details.prompt.content);
        emit useRequested(m_details.prompt.id, m_details.prompt.content, QStringLiteral("copy"));
    });
    for (QTextBrowser* browser : {m_content, m_info})
        connect(browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
            if (url.scheme() == kPromptScheme)
                emit openPromptRequested(url.path());
        });
    render();
}

void PromptDetailView::showPrompt(const QString& id)
{
    m_id = id;
    m_rating->setPromptId(id);
    reload();
}

void PromptDetailView::reload()
{
    const int generation = ++m_generation;
    if (m_id.isEmpty()) {
        m_details = {};
        render();
        emit loaded();
        return;
    }
    // Answers to earlier requests that arrive late are dropped: only the newest is shown.
    runAsync(
        this,
        [database = m_database, id = m_id, embeddings = m_embeddings] {
            return PromptDetails::load(database, id, embeddings);
        },
        [this, generation](const PromptDetails& details) {
            if (generation != m_generation)
                return;
            m_details = details;
            render();
            emit loaded();
        });
}

void PromptDetailView::render()
{
    const bool shown = !m_id.isEmpty() && m_details.error.isEmpty() && !m_details.prompt.id.isEmpty();
    m_tags->setEnabled(shown);
    m_applyTags->setEnabled(shown);
    m_copy->setEnabled(shown);
    m_use->setEnabled(shown);
    if (!shown) {
        m_title->setText(m_id.isEmpty() ? tr("<i>Select a prompt to see it here.</i>")
                                        : m_details.error.toHtmlEscaped());
        m_tags->clear();
        m_renderedId.clear();
        m_content->clear();
        m_info->clear();
        return;
    }
    const Prompt& p = m_details.prompt;
    m_title->setText(QStringLiteral("<b>%1</b>")
                         .arg((p.title.isEmpty() ? tr("Untitled prompt") : p.title).toHtmlEscaped()));
    // A reload of the same prompt (a new index, say) keeps tags the user is still typing.
    if (!(m_tags->isModified() && m_renderedId == p.id))
        m_tags->setText(p.tags.join(QStringLiteral(", ")));
    m_renderedId = p.id;
    m_content->setMarkdown(p.content);

    QString html;
    auto row = [&html](const QString& name, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color: gray; padding-right: 10px'>%1</td><td>%2</td></tr>")
                        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table>");
    row(tr("Created"), p.createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
    row(tr("Phase"), p.phase);
    row(tr("Provider"), p.provider);
    row(tr("Model"), p.model);
    row(tr("Persona"), p.persona);
    row(tr("Temperature"), p.temperature ? QString::number(*p.temperature) : QString());
    row(tr("Max tokens"), p.maxTokens ? QString::number(*p.maxTokens) : QString());
    row(tr("Source"), p.source);
    row(tr("Id"), p.id);
    if (const auto& u = m_details.usage) {
        row(tr("Usage"), tr("used %1 · rated %2 · selected %3 · input of %4 generations")
                             .arg(u->used)
                             .arg(u->rated)
                             .arg(u->selected)
                             .arg(u->generated));
        row(tr("Relevance"), QString::number(u->relevance, 'f', 2));
        row(tr("Last used"), u->lastUsedAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
    }
    html += QStringLiteral("</table>");
    for (const auto& [type, content] : m_details.context)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(type.toHtmlEscaped(),
                         content.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Lineage"));
    if (m_details.ancestors.isEmpty() && m_details.children.isEmpty())
        html += QStringLiteral("<p style='color: gray'>%1</p>").arg(tr("No parents or children."));
    if (!m_details.ancestors.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Made from:")) + linkList(m_details.ancestors, false);
    if (!m_details.children.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Led to:")) + linkList(m_details.children, false);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Most similar"));
    if (m_details.similar.isEmpty())
        html += QStringLiteral("<p style='color: gray'>%1</p>").arg(m_details.similarNote.toHtmlEscaped());
    else
        html += linkList(m_details.similar, true);
    m_info->setHtml(html);
}

void PromptDetailView::applyTags()
{
    if (m_details.prompt.id.isEmpty())
        return;
    const QStringList after = parseTags(m_tags->text());
    if (after == m_details.prompt.tags) {
        m_tags->setModified(false);
        return;
    }
    m_tags->setModified(false);
    emit tagsEdited(m_details.prompt.id, m_details.prompt.tags, after);
}

} // namespace athanor
