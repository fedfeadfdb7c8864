#include "MainWindow.h"

#include "core/AthanorVersion.h"
#include "core/embeddings/LocalEmbedder.h"
#include "core/providers/EmbedderChoice.h"
#include "models/NavigationModel.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "ui/composer/ComposerPane.h"
#include "ui/import/ExportDialog.h"
#include "ui/import/ImportController.h"
#include "ui/library/LibraryIndexService.h"
#include "ui/library/LibraryPane.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/settings/ProviderSettingsDialog.h"
#include "ui/community/CommunityPane.h"
#include "ui/settings/ServerDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/WelcomeDialog.h"
#include "ui/shell/WidgetState.h"
#include "ui/composer/ComposerOptions.h"
#include "ui/shell/SyncController.h"
#include "ui/techniques/TechniquesPane.h"
#include "ui/trends/TrendsPane.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
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
         MainWindow::tr(
             "Browse the catalog of prompt-engineering techniques by category: their patterns, templates, "
             "worked examples and sources, and the intents each one serves best."),
         QKeySequence(Qt::CTRL | Qt::Key_1)},
        {QStringLiteral("composer"), MainWindow::tr("Composer"),
         MainWindow::tr(
             "Write a prompt and have it enhanced offline: its intent and complexity detected, the best "
             "techniques chosen and applied, the original and the enhanced prompt side by side."),
         QKeySequence(Qt::CTRL | Qt::Key_2)},
        {QStringLiteral("library"), MainWindow::tr("Library"),
         MainWindow::tr(
             "Your prompts: drop prompt files of common formats to import them, search by words or by "
             "meaning, follow each prompt's lineage, export."),
         QKeySequence(Qt::CTRL | Qt::Key_3)},
        {QStringLiteral("playground"), MainWindow::tr("Playground"),
         MainWindow::tr(
             "Run one prompt against several providers and models side by side as they stream, and "
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
    m_sync = new SyncController(m_database, this);
    createLibraryServices();
    createPanes();
    createMenus();
    createStatusBar();
    createIndexStatus();
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
    m_navigation->setStyleSheet(QStringLiteral("QListView { font-size: 11pt; padding: 6px; }"
                                               "QListView::item { padding: 8px 10px; }"));
    // At first as wide as the longest pane name in the language shown ("Bewertungen und Trends");
    // narrower by hand.
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(11);
    int widest = 0;
    for (int row = 0; row < m_navigationModel->rowCount(); ++row)
        widest = std::max(widest, QFontMetrics(navigationFont).horizontalAdvance(m_navigationModel->entry(row).title));
    m_navigation->setMinimumWidth(140);
    m_navigationWidth = std::max(140, widest + 60); // the items' and the list's padding, the frame

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("paneStack"));
    TechniquesPane* techniques = nullptr;
    ComposerPane* composer = nullptr;
    LibraryPane* library = nullptr;
    PlaygroundPane* playground = nullptr;
    CommunityPane* community = nullptr;
    for (int row = 0; row < m_navigationModel->rowCount(); ++row) {
        const auto& entry = m_navigationModel->entry(row);
        QWidget* pane = nullptr;
        if (entry.id == QLatin1String("techniques"))
            pane = techniques = new TechniquesPane(m_database, m_stack);
        else if (entry.id == QLatin1String("composer"))
            pane = composer = new ComposerPane(m_database, m_stack);
        else if (entry.id == QLatin1String("library"))
            pane = library = new LibraryPane(m_database, m_stack);
        else if (entry.id == QLatin1String("playground"))
            pane = playground = new PlaygroundPane(m_database, m_stack);
        else if (entry.id == QLatin1String("trends"))
            pane = new TrendsPane(m_database, m_stack);
        else
            pane = community = new CommunityPane(m_database, m_stack); // "community", the last entry
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
    connectLibrary(library, composer);
    connectCommunity(community, library);
    connectPlayground(playground, library);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({160, 1000});
    setCentralWidget(m_splitter);

    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_stack->setCurrentIndex(current.row());
            });
    m_navigation->setCurrentIndex(m_navigationModel->index(0));
}

void MainWindow::connectLibrary(LibraryPane* library, ComposerPane* composer)
{
    // Deletes and tag edits are undo steps while the Library is shown.
    m_undoGroup->addStack(library->undoStack());
    library->setIndexService(m_indexService);
    connect(library, &LibraryPane::importRequested, this,
            [this] { m_importController->chooseAndImport(this); });
    connect(library, &LibraryPane::filesDropped, m_importController,
            [this](const QStringList& paths) { m_importController->importPaths(paths); });
    connect(library, &LibraryPane::promptsDeleted, m_indexService, &LibraryIndexService::removed);
    connect(library, &LibraryPane::promptsRestored, m_indexService, &LibraryIndexService::indexPending);
    connect(library, &LibraryPane::promptsChanged, this, &MainWindow::refreshPromptCount);
    connect(library, &LibraryPane::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_importController, &ImportController::promptsChanged, library, &LibraryPane::refresh);
    connect(composer, &ComposerPane::promptsChanged, library, &LibraryPane::refresh);
    // Prompts pulled from the server: listed, counted and embedded like imported ones.
    connect(m_sync, &SyncController::promptsChanged, library, &LibraryPane::refresh);
    connect(m_sync, &SyncController::promptsChanged, this, &MainWindow::refreshPromptCount);
    connect(m_sync, &SyncController::promptsChanged, m_indexService, &LibraryIndexService::indexPending);
    connect(library, &LibraryPane::openInComposer, this, [this, composer](const QString& text) {
        showPane(QStringLiteral("composer"));
        composer->openPrompt(text);
    });
}

void MainWindow::connectCommunity(CommunityPane* community, LibraryPane* library)
{
    // A remix is a new library prompt; publishing starts from one.
    connect(community, &CommunityPane::remixed, library, &LibraryPane::refresh);
    connect(community, &CommunityPane::remixed, this, &MainWindow::refreshPromptCount);
    connect(community, &CommunityPane::remixed, m_indexService, &LibraryIndexService::indexPending);
    connect(library, &LibraryPane::publishRequested, this, [this, community](const QString& id) {
        showPane(QStringLiteral("community"));
        community->publishPrompt(id);
    });
}

void MainWindow::connectPlayground(PlaygroundPane* playground, LibraryPane* library)
{
    connect(playground, &PlaygroundPane::promptsChanged, this, &MainWindow::refreshPromptCount);
    connect(playground, &PlaygroundPane::promptsChanged, m_indexService, &LibraryIndexService::indexPending);
    connect(playground, &PlaygroundPane::providerSettingsRequested, this, &MainWindow::showProviderSettings);
    connect(library, &LibraryPane::openInPlayground, this, [this, playground](const QString& text) {
        showPane(QStringLiteral("playground"));
        playground->setPrompt(text);
    });
    connect(playground, &PlaygroundPane::openInLibrary, this, [this, library](const QString& id) {
        showPane(QStringLiteral("library"));
        library->openPrompt(id);
    });
}

void MainWindow::showProviderSettings()
{
    ProviderSettingsDialog dialog(this);
    dialog.exec();
    applyEmbedderChoice(); // Apply may have saved a new choice even when the dialog was cancelled after
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_database->path(), this);
    connect(&dialog, &SettingsDialog::providersRequested, this, &MainWindow::showProviderSettings);
    connect(&dialog, &SettingsDialog::serverRequested, this, &MainWindow::showServerSettings);
    connect(&dialog, &SettingsDialog::enhancementDefaultsChanged, this, [this] {
        const QList<ComposerOptions*> options = findChildren<ComposerOptions*>();
        for (ComposerOptions* composer : options)
            composer->loadDefaults();
    });
    dialog.exec();
}

void MainWindow::showWelcome()
{
    WelcomeDialog::runFirstStart(this);
}

void MainWindow::showMigrationNotice()
{
    const QString backup = m_database->migrationBackup();
    if (backup.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Information, tr("Library Upgraded"),
                                tr("Your library was upgraded to this version of Athanor. A copy of it as it "
                                   "was is kept at:\n\n%1\n\nDelete the copy once you no longer need to go back "
                                   "to the older version.")
                                    .arg(QDir::toNativeSeparators(backup)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("migrationNotice"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showServerSettings()
{
    ServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_sync->serverChanged();
}

void MainWindow::applyEmbedderChoice()
{
    const QString spec = EmbedderChoice::current();
    if (spec == m_embedderSpec)
        return;
    m_embedderSpec = spec;
    if (spec == EmbedderChoice::local()) {
        m_indexService->setEmbedder(std::make_shared<const LocalEmbedder>());
        statusBar()->showMessage(tr("Similarity search uses local embeddings."), 8000);
        return;
    }
    statusBar()->showMessage(tr("Connecting to %1 for embeddings…").arg(spec));
    using Created = Result<std::shared_ptr<const Embedder>>;
    auto* watcher = new QFutureWatcher<Created>(this);
    connect(watcher, &QFutureWatcher<Created>::finished, this, [this, watcher, spec] {
        const Created created = watcher->result();
        watcher->deleteLater();
        if (spec != m_embedderSpec)
            return; // chosen again meanwhile
        if (!created) {
            statusBar()->showMessage(tr("Similarity search stays on %1: %2")
                                         .arg(m_indexService->embedderModel(), created.error().message()),
                                     20000);
            m_embedderSpec.clear(); // try again after the next settings change
            return;
        }
        m_indexService->setEmbedder(*created);
        statusBar()->showMessage(tr("Similarity search uses %1.").arg((*created)->model()), 8000);
    });
    watcher->setFuture(QtConcurrent::run([spec] { return EmbedderChoice::create(spec); }));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPrompt =
        file->addAction(tr("&New Prompt"), this, [this] { showPane(QStringLiteral("composer")); });
    newPrompt->setShortcut(QKeySequence::New);
    addLibraryActions(file);
    file->addSeparator();
    file->addAction(m_sync->syncAction());
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
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    edit->addAction(tr("&Providers…"), this, &MainWindow::showProviderSettings);
    QAction* server = edit->addAction(tr("&Server…"), this, &MainWindow::showServerSettings);
    server->setObjectName(QStringLiteral("serverSettings"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigationModel->rowCount(); ++row) {
        const auto& entry = m_navigationModel->entry(row);
        QAction* action = view->addAction(QString(entry.title).replace(QLatin1Char('&'), QStringLiteral("&&")), this, [this, id = entry.id] { showPane(id); });
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
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* palette = help->addAction(tr("Find a &Command…"), this, [this] {
        CommandPalette dialog(menuBar(), this);
        dialog.exec();
    });
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
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
    statusBar()->addPermanentWidget(m_sync->statusLabel());
    statusBar()->addPermanentWidget(m_promptCountLabel);
}

void MainWindow::createLibraryServices()
{
    m_indexService = new LibraryIndexService(m_database, this);
    m_importController = new ImportController(m_database, m_indexService, this);
    connect(m_importController, &ImportController::promptsChanged, this, &MainWindow::refreshPromptCount);
    setAcceptDrops(true);
    // Once the event loop runs: verifying the saved index must not delay the first paint.
    QTimer::singleShot(0, m_indexService, &LibraryIndexService::start);
    QTimer::singleShot(0, this, &MainWindow::applyEmbedderChoice);
}

void MainWindow::addLibraryActions(QMenu* file)
{
    m_importAction =
        file->addAction(tr("&Import…"), this, [this] { m_importController->chooseAndImport(this); });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Import prompt files: text, Markdown, CSV, JSON, JSON Lines, YAML, "
           ".prompt and .prompty. You can also drop files or folders on the window."));
    m_importFolderAction = file->addAction(tr("Import &Folder…"), this,
                                           [this] { m_importController->chooseFolderAndImport(this); });
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setStatusTip(tr("Import every prompt file in a folder and its subfolders."));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportAll);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export every prompt to JSON, JSON Lines, CSV or Markdown."));
    // One import at a time.
    connect(m_importController, &ImportController::busyChanged, this, [this](bool busy) {
        m_importAction->setEnabled(!busy);
        m_importFolderAction->setEnabled(!busy);
    });
}

void MainWindow::exportAll()
{
    ExportDialog* dialog = ExportDialog::exportPrompts(this, m_database);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path, int count) {
        statusBar()->showMessage(tr("Prompts exported: %L1 to %2").arg(count).arg(path), 10000);
    });
}

void MainWindow::createIndexStatus()
{
    m_indexLabel = new QLabel(this);
    m_indexLabel->setObjectName(QStringLiteral("indexStatusLabel"));
    m_indexProgress = new QProgressBar(this);
    m_indexProgress->setObjectName(QStringLiteral("indexProgress"));
    m_indexProgress->setMaximumWidth(140);
    m_indexProgress->setMaximumHeight(16);
    m_indexProgress->setTextVisible(false);
    m_indexLabel->hide();
    m_indexProgress->hide();
    // Left of the prompt count: it goes and comes back after them.
    statusBar()->removeWidget(m_promptCountLabel);
    statusBar()->addPermanentWidget(m_indexLabel);
    statusBar()->addPermanentWidget(m_indexProgress);
    statusBar()->addPermanentWidget(m_promptCountLabel);
    m_promptCountLabel->show();
    connect(m_indexService, &LibraryIndexService::progress, this, &MainWindow::showIndexProgress);
    connect(m_indexService, &LibraryIndexService::idle, this, [this] {
        m_indexLabel->hide();
        m_indexProgress->hide();
    });
    connect(m_indexService, &LibraryIndexService::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Search index: %1").arg(message), 15000);
    });
}

void MainWindow::showIndexProgress(const QString& what, int done, int total)
{
    m_indexLabel->setText(what);
    m_indexProgress->setRange(0, total); // 0..0: busy, how long unknown
    m_indexProgress->setValue(done);
    m_indexProgress->setToolTip(total > 0 ? tr("%L1 of %L2").arg(done).arg(total) : QString());
    m_indexLabel->show();
    m_indexProgress->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    dragMoveEvent(event);
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!m_importController->isBusy() && !ImportController::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = ImportController::localPaths(event->mimeData());
    if (paths.isEmpty() || m_importController->isBusy()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_importController->importPaths(paths);
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
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First run: most of the screen, for the Library's columns, within reason.
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1400, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    // Sizes set before the window has its width are scaled with it: set again, now.
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({m_navigationWidth, std::max(400, width() - m_navigationWidth)});
    for (int row = 0; row < m_stack->count(); ++row)
        WidgetState::restore(m_stack->widget(row),
                             QStringLiteral("panes/") + m_navigationModel->entry(row).id);
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
    for (int row = 0; row < m_stack->count(); ++row)
        WidgetState::save(m_stack->widget(row), QStringLiteral("panes/") + m_navigationModel->entry(row).id);
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
