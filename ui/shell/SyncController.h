#pragma once

#include "storage/SyncEngine.h"

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QAction;
class QTimer;

namespace athanor {

class Database;

// File ▸ Sync Now and the status bar's sync label: runs SyncEngine off the GUI thread with the
// server the user set in Edit ▸ Server…, every few minutes while one is set, and says how it went
// (a dead server is a line in the status bar, never a dialog; the outbox waits).
class SyncController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 5 * 60 * 1000;

    SyncController(std::shared_ptr<Database> database, QObject* parent = nullptr);
    ~SyncController() override;

    QAction* syncAction() const { return m_action; }
    QLabel* statusLabel() const { return m_label; }
    bool isRunning() const { return m_running; }

public slots:
    void syncNow();
    // After Edit ▸ Server…: the label and the timer follow the setting.
    void serverChanged();

signals:
    void finished(bool ok);
    // Prompts came in from the server: the library should read them again.
    void promptsChanged();

private:
    void progress(const QString& stage, int done);

    std::shared_ptr<Database> m_database;
    QAction* m_action;
    QPointer<QLabel> m_label;
    QTimer* m_timer;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace athanor
