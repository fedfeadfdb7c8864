#include "PublishDialog.h"

#include "CommunityWork.h"
#include "storage/PromptRepository.h"
#include "storage/ServerSettings.h"
#include "ui/composer/AsyncTask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace athanor {

PublishDialog::PublishDialog(std::shared_ptr<Database> database, const QString& promptId, QWidget* parent)
    : QDialog(parent), m_database(std::move(database))
{
    setWindowTitle(tr("Publish to the community"));
    setObjectName(QStringLiteral("publishDialog"));
    m_promptId = new QLineEdit(this);
    m_promptId->setObjectName(QStringLiteral("publishPromptId"));
    m_promptId->setAccessibleName(tr("Prompt id"));
    m_promptId->setPlaceholderText(tr("the id of a prompt in your library"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("publishPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("publishTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("publishDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What it is for, in a sentence or two (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("publishCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setEditable(true);
    m_category->addItems({QStringLiteral("general"), QStringLiteral("writing"), QStringLiteral("coding"),
                          QStringLiteral("engineering"), QStringLiteral("analysis"),
                          QStringLiteral("education"), QStringLiteral("business"),
                          QStringLiteral("creative")});
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("publishError"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_publish = buttons->addButton(tr("Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishOk"));
    m_publish->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("publishCancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Prompt:"), m_promptId);
    form->addRow(QString(), m_preview);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Category:"), m_category);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Shared prompts stay pending until a moderator approves them; then everyone "
                                "on the server can read, like and remix them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_promptId, &QLineEdit::textChanged, this, &PublishDialog::lookUp);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    setPromptId(promptId);
    lookUp();
}

void PublishDialog::setPromptId(const QString& promptId)
{
    m_promptId->setText(promptId.trimmed());
}

QString PublishDialog::error() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PublishDialog::lookUp()
{
    const QString id = m_promptId->text().trimmed();
    // One row by its key: quick enough for the GUI thread.
    const std::optional<Prompt> prompt = id.isEmpty() ? std::nullopt : PromptRepository(m_database).find(id);
    QString title;
    if (prompt) {
        const QString start = prompt->content.simplified();
        m_preview->setText(start.size() > 160 ? start.left(160) + QStringLiteral("…") : start);
        title = prompt->title.trimmed().isEmpty() ? start.left(60) : prompt->title.trimmed();
    } else {
        m_preview->setText(id.isEmpty() ? tr("Copy a prompt's id from the Library's detail panel.")
                                        : tr("No prompt in your library has this id."));
    }
    if (m_title->text().isEmpty() || m_title->text() == m_autoTitle)
        m_title->setText(title);
    m_autoTitle = title;
    m_publish->setEnabled(prompt.has_value());
}

void PublishDialog::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PublishDialog::publish()
{
    const std::optional<ServerUrl> server = ServerSettings::load();
    if (!server) {
        showError(tr("No server is set: choose one in Edit ▸ Server… first."));
        return;
    }
    if (m_title->text().trimmed().isEmpty()) {
        showError(tr("A published prompt needs a title."));
        return;
    }
    showError(QString());
    m_publish->setEnabled(false);
    m_publish->setText(tr("Publishing…"));
    auto work = [database = m_database, url = *server, id = m_promptId->text().trimmed(),
                 title = m_title->text().trimmed(), description = m_description->toPlainText().trimmed(),
                 category = m_category->currentText().trimmed()] {
        return community::publish(database, url, id, title, description, category);
    };
    runAsync(this, work, [this](const Result<CommunityPrompt>& published) {
        m_publish->setText(tr("Publish"));
        m_publish->setEnabled(true);
        if (!published) {
            showError(tr("Not published: %1").arg(published.error().message()));
            return;
        }
        emit this->published(*published);
        accept();
    });
}

} // namespace athanor
