#pragma once

#include "models/PromptDetails.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace athanor {

class Database;
class EmbeddingRepository;
class RatingPanel;

// The Library's detail panel: the prompt rendered as Markdown, its metadata and context, its
// lineage (parents and children) and the prompts most like it, as links that open them, and its
// tags, editable. Reads off the GUI thread; edits go out as signals so they can be undone.
class PromptDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit PromptDetailView(std::shared_ptr<Database> database, QWidget* parent = nullptr);

    void setEmbeddings(std::shared_ptr<EmbeddingRepository> embeddings)
    {
        m_embeddings = std::move(embeddings);
    }
    QString promptId() const { return m_id; }
    const PromptDetails& details() const { return m_details; }
    // Rates the shown prompt; the pane stores what is submitted.
    RatingPanel* ratingPanel() const { return m_rating; }

public slots:
    // Shows a prompt (an empty id clears the panel).
    void showPrompt(const QString& id);
    // Reads the shown prompt again (after its tags changed, an undo, a new index).
    void reload();

signals:
    void openPromptRequested(const QString& id);
    void tagsEdited(const QString& id, const QStringList& before, const QStringList& after);
    // The user took the prompt elsewhere: "copy" (already on the clipboard), "composer", "playground".
    void useRequested(const QString& id, const QString& content, const QString& where);
    // Share this prompt in the community library (the Community pane's Publish…).
    void publishRequested(const QString& id);
    // The details of the shown prompt are in (tests wait for it).
    void loaded();

private:
    void render();
    void applyTags();

    std::shared_ptr<Database> m_database;
    std::shared_ptr<EmbeddingRepository> m_embeddings;
    QString m_id;
    QString m_renderedId;
    int m_generation = 0;
    PromptDetails m_details;
    QLabel* m_title = nullptr;
    QLineEdit* m_tags = nullptr;
    QPushButton* m_applyTags = nullptr;
    QPushButton* m_copy = nullptr;
    QToolButton* m_use = nullptr;
    QTextBrowser* m_content = nullptr;
    QTextBrowser* m_info = nullptr;
    RatingPanel* m_rating = nullptr;
};

} // namespace athanor
