#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace athanor {

class Database;
class NavigationModel;

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

public slots:
    // Counts the prompts off the GUI thread and shows the number in the status bar.
    void refreshPromptCount();

signals:
    void promptCountChanged(qint64 count);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanes();
    void createMenus();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    std::shared_ptr<Database> m_database;
    NavigationModel* m_navigationModel = nullptr;
    QListView* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_promptCountLabel = nullptr;
};

} // namespace athanor
