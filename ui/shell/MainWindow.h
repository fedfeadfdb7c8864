#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace athanor {

class Database;
class SyncController;
class CommunityPane;
class ComposerPane;
class ImportController;
class LibraryPane;
class LibraryIndexService;
class NavigationModel;
class PlaygroundPane;

// The shell: a side bar of panes, the stacked panes, menus and a status bar. Panes are added by
// their features; the window itself holds no business logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    QString currentPaneId() const;
    void showPane(const QString& id);
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    ImportController* importController() const { return m_importController; }
    LibraryIndexService* indexService() const { return m_indexService; }
    SyncController* syncController() const { return m_sync; }
    // Moves similarity search to the embedder in settings (a remote one connects off the GUI thread).
    void applyEmbedderChoice();
    // The first start's welcome (WelcomeDialog), then what the user chose in it.
    void showWelcome();
    // After a library of an older version was upgraded on opening: says so and where the copy
    // of it as it was is kept (nothing when it was not upgraded).
    void showMigrationNotice();

public slots:
    // Counts the prompts off the GUI thread and shows the number in the status bar.
    void refreshPromptCount();

signals:
    void promptCountChanged(qint64 count);

protected:
    void closeEvent(QCloseEvent* event) override;
    // Files and folders dropped anywhere on the window are imported.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPanes();
    void createMenus();
    void createStatusBar();
    // The library's import, export and vector index (ImportController, ExportDialog,
    // LibraryIndexService): the services, their File menu actions, their status bar progress.
    void createLibraryServices();
    void connectLibrary(LibraryPane* library, ComposerPane* composer);
    void connectPlayground(PlaygroundPane* playground, LibraryPane* library);
    void connectCommunity(CommunityPane* community, LibraryPane* library);
    void showProviderSettings();
    void showServerSettings();
    void showSettings();

    void addLibraryActions(QMenu* file);
    void createIndexStatus();
    void showIndexProgress(const QString& what, int done, int total);
    void exportAll();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    std::shared_ptr<Database> m_database;
    NavigationModel* m_navigationModel = nullptr;
    QListView* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    int m_navigationWidth = 140;
    QUndoGroup* m_undoGroup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_promptCountLabel = nullptr;
    ImportController* m_importController = nullptr;
    LibraryIndexService* m_indexService = nullptr;
    SyncController* m_sync = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_importFolderAction = nullptr;
    QAction* m_exportAction = nullptr;
    QLabel* m_indexLabel = nullptr;
    QProgressBar* m_indexProgress = nullptr;
    QString m_embedderSpec = QStringLiteral("local"); // what the index service was last given
};

} // namespace athanor
