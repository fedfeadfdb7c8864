#pragma once

#include "storage/CommunityRepository.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace athanor {

class Database;

// Publish… in the Community pane: one of the library's prompts (by id, pre-filled when the pane is
// asked to publish a given prompt) with a title, a description and a category, sent to the
// configured server off the GUI thread. It stays pending until a moderator approves it. Errors
// (no server, an unknown prompt, the server's refusal) are shown in the dialog, which stays open.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PublishDialog(std::shared_ptr<Database> database, const QString& promptId = {},
                           QWidget* parent = nullptr);

    void setPromptId(const QString& promptId);
    QString error() const;

signals:
    void published(const athanor::CommunityPrompt& prompt);

private:
    void lookUp();
    void publish();
    void showError(const QString& text);

    std::shared_ptr<Database> m_database;
    QString m_autoTitle; // the title filled in from the prompt, replaced when the prompt changes
    QLineEdit* m_promptId;
    QLabel* m_preview;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QLabel* m_message;
    QPushButton* m_publish;
};

} // namespace athanor
