#include "MainWindow.h"

#include "PlaceholderPane.h"
#include "ui/composer/ComposerPane.h"
#include "ui/techniques/TechniquesPane.h"
#include "core/AthanorVersion.h"
#include "models/NavigationModel.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QtConcurrent>

namespace athanor {

namespace {

const char* kGeometryKey = "mainWindow/geometry";
const char* kStateKey = "mainWindow/state";
const char* kSplitterKey = "mainWindow/splitter";
const char* kPaneKey = "mainWindow/pane";

QList<NavigationModel::Entry> paneEntries()
{
    return {
        {QStringLiteral("techniques"), MainWindow::tr("Techniques"),
         MainWindow::tr("Browse the catalog of prompt-engineering techniques by category: their patterns, templates, "
                        "worked examples and sources, and the intents each one serves best."),
         QKeySequence(Qt::CTRL | Qt::Key_1)},
        {QStringLiteral("composer"), MainWindow::tr("Composer"),
         MainWindow::tr("Write a prompt and have it enhanced offline: its intent and complexity detected, the best "
                        "techniques chosen and applied, the original and the enhanced prompt side by side."),
         QKeySequence(Qt::CTRL | Qt::Key_2)},
        {QStringLiteral("library"), MainWindow::tr("Library"),
         MainWindow::tr("Your prompts: drop prompt files of common formats to import them, search by words or by "
                        "meaning, follow each prompt's lineage, export."),
         QKeySequence(Qt::CTRL | Qt::Key_3)},
        {QStringLiteral("playground"), MainWindow::tr("Playground"),
         MainWindow::tr("Run one prompt against several providers and models side by side as they stream, and "
                        "refine it in three phases: prima materia, solutio, coagulatio."),
         QKeySequence(Qt::CTRL | Qt::Key_4)},
        {QStringLiteral("trends"), MainWindow::tr("Ratings & Trends"),
         MainWindow::tr("Rate results, see how each technique performs over time in charts, and run A/B "
                        "experiments between prompts or technique sets."),
         QKeySequence(Qt::CTRL | Qt::Key_5)},
        {QStringLiteral("community"), MainWindow::tr("Community"),
         MainWindow::tr("Browse, like, save and remix prompts shared through an optional Athanor server, and "
                        "publish your own."),
         QKeySequence(Qt::CTRL | Qt::Key_6)},
    };
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<Database> database, QWidget* parent)
    : QMainWindow(parent), m_database(std::move(database)), m_undoGroup(new QUndoGroup(this))
{
    setWindowTitle(tr("Athanor"));
    setObjectName(QStringLiteral("mainWindow"));
    createPanes();
    createMenus();
    createStatusBar();
    restoreWindowState();
    refreshPromptCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_navigationModel = new NavigationModel(paneEntries(), this);

    m_navigation = new QListView(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Panes"));
    m_navigation->setModel(m_navigationModel);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setStyleSheet(QStringLiteral("QListView { font-size: 11pt; padding: 6px; }"
                                               "QListView::item { padding: 8px 10px; }"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("paneStack"));
    TechniquesPane* techniques = nullptr;
    ComposerPane* composer = nullptr;
    for (int row = 0; row < m_navigationModel->rowCount(); ++row) {
        const auto& entry = m_navigationModel->entry(row);
        QWidget* pane = nullptr;
        if (entry.id == QLatin1String("techniques"))
            pane = techniques = new TechniquesPane(m_database, m_stack);
        else if (entry.id == QLatin1String("composer"))
            pane = composer = new ComposerPane(m_database, m_stack);
        else
            pane = new PlaceholderPane(entry.title, entry.summary, m_stack);
        pane->setObjectName(entry.id + QStringLiteral("Pane"));
        m_stack->addWidget(pane);
    }
    // The Composer's enhancements are undo steps while it is shown; templates reach it from the
    // Techniques pane, which then gives way to it.
    m_undoGroup->addStack(composer->undoStack());
    connect(composer, &ComposerPane::promptsChanged, this, &MainWindow::refreshPromptCount);
    techniques->setComposerAvailable(true);
    connect(techniques, &TechniquesPane::useTemplate, this,
            [this, composer](const PromptTemplate& t, const QMap<QString, QString>& values) {
                showPane(QStringLiteral("composer"));
                composer->openTemplate(t, values);
            });
    connect(techniques, &TechniquesPane::favouritesChanged, composer, &ComposerPane::setFavourites);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({190, 900});
    setCentralWidget(m_splitter);

    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_stack->setCurrentIndex(current.row());
            });
    m_navigation->setCurrentIndex(m_navigationModel->index(0));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPrompt = file->addAction(tr("&New Prompt"), this, [this] { showPane(QStringLiteral("composer")); });
    newPrompt->setShortcut(QKeySequence::New);
    // Import and export arrive with the library; until then they are visible but disabled.
    QAction* import = file->addAction(tr("&Import…"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setEnabled(false);
    import->setToolTip(tr("Importing prompt files arrives with the Library pane."));
    QAction* exportAction = file->addAction(tr("&Export…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setEnabled(false);
    exportAction->setToolTip(tr("Exporting prompts arrives with the Library pane."));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigationModel->rowCount(); ++row) {
        const auto& entry = m_navigationModel->entry(row);
        QAction* action = view->addAction(entry.title, this, [this, id = entry.id] { showPane(id); });
        action->setShortcut(entry.shortcut);
    }
    view->addSeparator();
    QAction* sideBar = view->addAction(tr("Show &Side Bar"));
    sideBar->setCheckable(true);
    sideBar->setChecked(true);
    sideBar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(sideBar, &QAction::toggled, m_navigation, &QWidget::setVisible);
    QAction* fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Athanor"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_database->path()));
    m_databaseLabel->setToolTip(m_database->path());
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_promptCountLabel = new QLabel(tr("Counting prompts…"), this);
    m_promptCountLabel->setObjectName(QStringLiteral("promptCountLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_promptCountLabel);
}

void MainWindow::refreshPromptCount()
{
    auto* watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher] {
        const qint64 count = watcher->result();
        watcher->deleteLater();
        if (count < 0) {
            m_promptCountLabel->setText(tr("Prompts: unknown"));
            return;
        }
        m_promptCountLabel->setText(count == 1 ? tr("1 prompt") : tr("%L1 prompts").arg(count));
        emit promptCountChanged(count);
    });
    // The worker uses its own thread's connection; the database outlives the window.
    watcher->setFuture(QtConcurrent::run([database = m_database]() -> qint64 {
        auto count = PromptRepository(database).count();
        return count ? *count : -1;
    }));
}

QString MainWindow::currentPaneId() const
{
    const QModelIndex current = m_navigation->currentIndex();
    return current.isValid() ? current.data(NavigationModel::PaneIdRole).toString() : QString();
}

void MainWindow::showPane(const QString& id)
{
    const int row = m_navigationModel->rowOf(id);
    if (row >= 0)
        m_navigation->setCurrentIndex(m_navigationModel->index(row));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const QString pane = settings.value(kPaneKey).toString();
    if (!pane.isEmpty())
        showPane(pane);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPaneKey, currentPaneId());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Athanor"),
                       tr("<h3>Athanor %1</h3><p>A desktop workbench for prompt engineering.</p>"
                          "<p>Database: %2</p><p>Built with Qt %3.</p>")
                           .arg(QStringLiteral(ATHANOR_VERSION_STRING), m_database->path().toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

} // namespace athanor
