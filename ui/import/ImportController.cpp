#include "ImportController.h"

#include "ImportProgressDialog.h"
#include "ImportResultDialog.h"
#include "ui/library/LibraryIndexService.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

namespace athanor {

namespace {

// A quick import finishes before its progress dialog would only flash.
constexpr int kShowProgressAfterMs = 300;
const char* kLastFolderKey = "import/lastFolder";

QString lastFolder()
{
    return QSettings().value(kLastFolderKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation)).toString();
}

} // namespace

ImportController::ImportController(std::shared_ptr<Database> database, LibraryIndexService* index, QWidget* window)
    : QObject(window), m_database(std::move(database)), m_index(index), m_window(window)
{
    m_pool.setMaxThreadCount(1);
}

ImportController::~ImportController()
{
    cancel();
    m_job.waitForFinished();
}

QStringList ImportController::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths << url.toLocalFile();
    return paths;
}

ImportProgressDialog* ImportController::progressDialog() const
{
    return m_progressDialog;
}

ImportResultDialog* ImportController::resultDialog() const
{
    return m_resultDialog;
}

void ImportController::importPaths(const QStringList& paths, const QStringList& tags)
{
    if (m_busy || paths.isEmpty())
        return;
    setBusy(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ImportJob::Options options;
    options.tags = tags;
    if (m_maxFileBytes > 0)
        options.maxFileBytes = m_maxFileBytes;

    if (m_dialogsEnabled) {
        if (m_resultDialog)
            m_resultDialog->close();
        m_progressDialog = new ImportProgressDialog(m_window);
        connect(m_progressDialog, &ImportProgressDialog::cancelRequested, this, &ImportController::cancel);
        QTimer::singleShot(kShowProgressAfterMs, m_progressDialog, [dialog = m_progressDialog] { dialog->show(); });
    }

    // `this` outlives the job (the destructor waits); calls posted to a deleted object are dropped.
    m_job = QtConcurrent::run(&m_pool, [this, database = m_database, options, paths, cancel = m_cancel, hook = m_workerHook] {
        const ImportJob::Progress report = [this, hook](int done, int total, const QString& file) {
            if (hook)
                hook(done, total, file);
            QMetaObject::invokeMethod(
                this, [this, done, total, file] { showProgress(done, total, file); }, Qt::QueuedConnection);
        };
        const ImportReport result = ImportJob(database, options).run(paths, report, cancel.get());
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
}

void ImportController::chooseAndImport(QWidget* parent)
{
    auto* dialog = new QFileDialog(parent, tr("Import Prompt Files"), lastFolder());
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Prompt files (*.txt *.md *.markdown *.csv *.json *.jsonl *.yaml *.yml *.prompt "
                               "*.prompty)"),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& files) {
        if (!files.isEmpty())
            QSettings().setValue(kLastFolderKey, QFileInfo(files.first()).absolutePath());
        importPaths(files);
    });
    dialog->open();
}

void ImportController::chooseFolderAndImport(QWidget* parent)
{
    auto* dialog = new QFileDialog(parent, tr("Import a Folder of Prompt Files"), lastFolder());
    dialog->setObjectName(QStringLiteral("importFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        QSettings().setValue(kLastFolderKey, folder);
        importPaths({folder});
    });
    dialog->open();
}

void ImportController::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ImportController::showProgress(int done, int total, const QString& file)
{
    if (m_progressDialog)
        m_progressDialog->setProgress(done, total, file);
    emit progress(done, total, file);
}

void ImportController::finish(const ImportReport& report)
{
    // Not close(): closing the progress dialog means Cancel.
    if (m_progressDialog) {
        m_progressDialog->hide();
        m_progressDialog->deleteLater();
    }
    setBusy(false);
    if (report.imported > 0) {
        emit promptsChanged();
        if (m_index)
            m_index->indexPending();
    }
    if (m_dialogsEnabled) {
        m_resultDialog = new ImportResultDialog(report, m_window);
        m_resultDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_resultDialog->open();
    }
    emit importFinished(report);
}

void ImportController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace athanor
