#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace athanor {

class Database;
class DuplicatesDialog;
class LibraryFilterPanel;
class LibraryIndexService;
class PromptDetailView;
class PromptTableModel;
class SearchResultModel;

// The Library: every prompt in a lazily paged table with filters, a search box (words, or meaning
// when "By meaning" is on), a detail panel, near-duplicate groups, tag edits and deletes that can
// be undone, and prompts dragged out as text. Files dropped on it are imported.
class LibraryPane : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPane(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~LibraryPane() override;

    // Similar prompts and semantic search come from the index service's repository.
    void setIndexService(LibraryIndexService* service);
    QUndoStack* undoStack() const { return m_undoStack; }
    PromptTableModel* tableModel() const { return m_tableModel; }
    SearchResultModel* searchModel() const { return m_searchModel; }
    PromptDetailView* detailView() const { return m_detail; }
    QTableView* currentView() const;
    // The ids of the selected prompts in the view shown.
    QStringList selectedIds() const;

public slots:
    // Reads the library again (after an import, an enhancement, an undo).
    void refresh();
    // Shows one prompt in the detail panel and selects it when it is in the list.
    void openPrompt(const QString& id);
    void search(const QString& text);
    void setSemantic(bool semantic);
    // Deletes the selected prompts (undoable).
    void deleteSelected();
    void deletePrompts(const QStringList& ids);
    void exportSelection();
    void showDuplicates();

signals:
    void importRequested();
    void filesDropped(const QStringList& paths);
    void promptsDeleted(const QList<qint64>& seqs);
    // Prompts came back (undo) or changed: they need embedding again.
    void promptsRestored();
    void promptsChanged();
    void statusMessage(const QString& message);
    // The user took a prompt to another pane (counted as a use).
    void openInComposer(const QString& text);
    void openInPlayground(const QString& text);
    void publishRequested(const QString& promptId);
    // A search's answer is shown (tests wait for it).
    void searchFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createToolBar();
    QTableView* createView(QAbstractItemModel* model, const QString& objectName);
    void runSearch();
    void currentChanged(const QModelIndex& index);
    void use(const QString& id, const QString& content, const QString& where);
    void tagsEdited(const QString& id, const QStringList& before, const QStringList& after);
    void restoreLayout();
    void saveLayout() const;

    std::shared_ptr<Database> m_database;
    QPointer<LibraryIndexService> m_index;
    PromptTableModel* m_tableModel = nullptr;
    SearchResultModel* m_searchModel = nullptr;
    QUndoStack* m_undoStack = nullptr;
    LibraryFilterPanel* m_filters = nullptr;
    PromptDetailView* m_detail = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_semantic = nullptr;
    QLabel* m_info = nullptr;
    QStackedWidget* m_views = nullptr;
    QTableView* m_table = nullptr;
    QTableView* m_results = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_searchTimer = nullptr;
    QAction* m_deleteAction = nullptr;
    QPointer<DuplicatesDialog> m_duplicates;
    int m_searchGeneration = 0;
};

} // namespace athanor
