#pragma once

#include "storage/ImportJob.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QMimeData;
class QWidget;

namespace athanor {

class Database;
class ImportProgressDialog;
class ImportResultDialog;
class LibraryIndexService;

// Imports dropped or chosen files and folders: ImportJob on a worker thread with a progress
// dialog and Cancel, then a result dialog. One import at a time. Imported prompts are then
// embedded and indexed through the LibraryIndexService.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // Called on the worker thread before each file (and once more at the end), before the job
    // looks at the cancel flag: tests cancel at an exact file with it.
    using WorkerHook = std::function<void(int done, int total, const QString& file)>;

    // `window` parents the dialogs; `index` may be null (then nothing is indexed).
    ImportController(std::shared_ptr<Database> database, LibraryIndexService* index, QWidget* window);
    // Cancels a running import and waits for the file being read.
    ~ImportController() override;

    // The local files and folders among the URLs of a drag; empty when there are none.
    static QStringList localPaths(const QMimeData* mime);

    bool isBusy() const { return m_busy; }
    // Off: no progress or result dialog (scripted use and tests); signals still tell everything.
    void setDialogsEnabled(bool enabled) { m_dialogsEnabled = enabled; }
    // Files larger than this are reported, not read (ImportJob's default when not set).
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }
    void setWorkerHook(WorkerHook hook) { m_workerHook = std::move(hook); }
    // The dialogs of the running or last import; null when none is open.
    ImportProgressDialog* progressDialog() const;
    ImportResultDialog* resultDialog() const;

public slots:
    // Files, and folders walked recursively; `tags` are added to every imported prompt.
    // Ignored while an import runs (see isBusy()).
    void importPaths(const QStringList& paths, const QStringList& tags = {});
    // File → Import…: prompt files chosen in a file dialog.
    void chooseAndImport(QWidget* parent);
    // File → Import Folder…: one folder, walked recursively.
    void chooseFolderAndImport(QWidget* parent);
    // Stops after the file being read; what was imported before stays.
    void cancel();

signals:
    void busyChanged(bool busy);
    void progress(int done, int total, const QString& file);
    void importFinished(const athanor::ImportReport& report);
    // Prompts were added to the library.
    void promptsChanged();

private:
    void showProgress(int done, int total, const QString& file);
    void finish(const ImportReport& report);
    void setBusy(bool busy);

    std::shared_ptr<Database> m_database;
    QPointer<LibraryIndexService> m_index;
    QPointer<QWidget> m_window;
    QPointer<ImportProgressDialog> m_progressDialog;
    QPointer<ImportResultDialog> m_resultDialog;
    QFuture<void> m_job;
    // Its own thread: a large import must not hold up the global pool, which answers the panes' queries.
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    WorkerHook m_workerHook;
    qint64 m_maxFileBytes = 0;
    bool m_busy = false;
    bool m_dialogsEnabled = true;
};

} // namespace athanor

Q_DECLARE_METATYPE(athanor::ImportReport)
