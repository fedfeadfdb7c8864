#include "CommunityDetailView.h"

#include "CommunityItemDelegate.h"
#include "models/CommunityListModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace athanor {

namespace {

using community::Action;

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString detailHtml(const CommunityPrompt& p)
{
    QStringList meta;
    if (!p.author.isEmpty())
        meta << CommunityDetailView::tr("by %1").arg(p.author);
    if (!p.category.isEmpty())
        meta << p.category;
    const QDateTime created = QDateTime::fromString(p.createdAt, Qt::ISODateWithMs);
    if (created.isValid())
        meta << QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat);
    QStringList badges;
    for (const CommunityItemDelegate::Badge& badge :
         CommunityItemDelegate::badges(p.featured, p.verified, p.status))
        badges << QStringLiteral("<span style=\"color: %1; background-color: %2;\">&nbsp;%3&nbsp;</span>")
                      .arg(badge.foreground.name(), badge.background.name(), badge.text.toHtmlEscaped());
    auto list = [](const QStringList& items) {
        return items.isEmpty() ? CommunityDetailView::tr("none") : items.join(QStringLiteral(", "));
    };
    QString out =
        QStringLiteral("<h3>%1</h3><p>%2%3</p>")
            .arg(p.title.toHtmlEscaped(), html(meta.join(QStringLiteral(" · "))),
                 badges.isEmpty() ? QString() : QStringLiteral("<br>") + badges.join(QLatin1Char(' ')));
    if (!p.description.isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>").arg(html(p.description));
    out += QStringLiteral("<p>%1<br><b>%2</b> %3<br><b>%4</b> %5</p>")
               .arg(html(CommunityListModel::countsText(p)), CommunityDetailView::tr("Tags:"), html(list(p.tags)),
                    CommunityDetailView::tr("Techniques:"), html(list(p.techniques)));
    out += QStringLiteral("<hr><p><b>%1</b><br>%2</p>").arg(CommunityDetailView::tr("Prompt"), html(p.enhanced));
    if (!p.original.isEmpty() && p.original != p.enhanced)
        out += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(CommunityDetailView::tr("Made from"), html(p.original));
    return out;
}

} // namespace

CommunityDetailView::CommunityDetailView(QWidget* parent) : QWidget(parent)
{
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("communityDetailText"));
    m_text->setAccessibleName(tr("The selected community prompt"));
    m_text->setOpenLinks(false);

    m_actions = new QWidget(this);
    m_moderation = new QWidget(this);
    m_moderation->setObjectName(QStringLiteral("communityModeration"));
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_like = addButton(QStringLiteral("communityLike"),
                       tr("Like this prompt (once; press again to take it back)"));
    m_save = addButton(QStringLiteral("communitySave"), tr("Save this prompt to read it again later"));
    m_remix = addButton(QStringLiteral("communityRemix"),
                        tr("Copy this prompt into your library to change it; its lineage points here"));
    m_remix->setText(tr("Remix"));
    for (QPushButton* button : {m_like, m_save, m_remix})
        actions->addWidget(button);
    actions->addStretch(1);
    auto* moderation = new QHBoxLayout(m_moderation);
    moderation->setContentsMargins(0, 0, 0, 0);
    m_approve = addButton(QStringLiteral("communityApprove"), tr("Publish it to everyone"));
    m_approve->setText(tr("Approve"));
    m_reject = addButton(QStringLiteral("communityReject"), tr("Keep it out of the community library"));
    m_reject->setText(tr("Reject"));
    m_feature = addButton(QStringLiteral("communityFeature"), tr("Show it first, with a ★"));
    m_verify =
        addButton(QStringLiteral("communityVerify"), tr("Mark it as checked by a moderator, with a ✓"));
    for (QPushButton* button : {m_approve, m_reject, m_feature, m_verify})
        moderation->addWidget(button);
    moderation->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actions);
    layout->addWidget(m_moderation);

    auto request = [this](QPushButton* button, Action on, Action off, auto isOn) {
        connect(button, &QPushButton::clicked, this, [this, on, off, isOn] {
            if (m_prompt)
                emit actionRequested(isOn(*m_prompt) ? off : on);
        });
    };
    request(m_like, Action::Like, Action::Unlike, [](const CommunityPrompt& p) { return p.liked; });
    request(m_save, Action::Save, Action::Unsave, [](const CommunityPrompt& p) { return p.saved; });
    request(m_remix, Action::Remix, Action::Remix, [](const CommunityPrompt&) { return false; });
    request(m_approve, Action::Approve, Action::Approve, [](const CommunityPrompt&) { return false; });
    request(m_reject, Action::Reject, Action::Reject, [](const CommunityPrompt&) { return false; });
    request(m_feature, Action::Feature, Action::Unfeature,
            [](const CommunityPrompt& p) { return p.featured; });
    request(m_verify, Action::Verify, Action::Unverify, [](const CommunityPrompt& p) { return p.verified; });
    setQueueMode(false);
    showPrompt(std::nullopt);
}

QPushButton* CommunityDetailView::addButton(const QString& name, const QString& toolTip)
{
    auto* button = new QPushButton(m_actions);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    return button;
}

void CommunityDetailView::showPrompt(const std::optional<CommunityPrompt>& prompt)
{
    m_prompt = prompt;
    if (!prompt)
        m_text->setHtml(tr("<p>Select a prompt to read it in full.</p>"));
    else
        m_text->setHtml(detailHtml(*prompt));
    updateButtons();
}

void CommunityDetailView::setOnline(bool online)
{
    m_online = online;
    updateButtons();
}

void CommunityDetailView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CommunityDetailView::setQueueMode(bool queue)
{
    m_queue = queue;
    m_moderation->setVisible(queue);
    updateButtons();
}

void CommunityDetailView::updateButtons()
{
    const bool liked = m_prompt && m_prompt->liked;
    const bool saved = m_prompt && m_prompt->saved;
    m_like->setText(liked ? tr("Unlike") : tr("Like"));
    m_like->setAccessibleName(m_like->text());
    m_save->setText(saved ? tr("Unsave") : tr("Save"));
    m_save->setAccessibleName(m_save->text());
    m_feature->setText(m_prompt && m_prompt->featured ? tr("Unfeature") : tr("Feature"));
    m_verify->setText(m_prompt && m_prompt->verified ? tr("Unverify") : tr("Verify"));
    for (QPushButton* button : {m_remix, m_approve, m_reject, m_feature, m_verify})
        button->setAccessibleName(button->text());
    const bool usable = m_prompt && m_online && !m_busy;
    const bool approved = m_prompt && m_prompt->status == QLatin1String("approved");
    for (QPushButton* button : {m_like, m_save, m_remix})
        button->setEnabled(usable && approved && !m_queue);
    for (QPushButton* button : {m_approve, m_reject, m_feature, m_verify})
        button->setEnabled(usable && m_queue);
}

} // namespace athanor
