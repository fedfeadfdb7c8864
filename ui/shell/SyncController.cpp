#include "SyncController.h"

#include "storage/ServerSettings.h"
#include "ui/composer/AsyncTask.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace athanor {

SyncController::SyncController(std::shared_ptr<Database> database, QObject* parent)
    : QObject(parent), m_database(std::move(database)), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_action = new QAction(tr("S&ync Now"), this);
    m_action->setObjectName(QStringLiteral("syncNow"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_action->setToolTip(tr("Send this library's changes to the server and bring in the others"));
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("syncStatus"));
    m_timer = new QTimer(this);
    m_timer->setInterval(kIntervalMs);
    connect(m_action, &QAction::triggered, this, &SyncController::syncNow);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    serverChanged();
}

SyncController::~SyncController()
{
    m_cancel->store(true); // a sync under way stops after its batch; the outbox keeps the rest
    if (m_label && !m_label->parent())
        delete m_label; // owned here until a status bar takes it
}

void SyncController::serverChanged()
{
    const std::optional<ServerUrl> url = ServerSettings::load();
    m_action->setEnabled(url.has_value());
    if (!url) {
        m_timer->stop();
        m_label->setText(QString());
        m_label->setToolTip(QString());
        return;
    }
    m_label->setText(tr("Sync: %1").arg(url->host));
    m_label->setToolTip(url->toString(false));
    m_timer->start();
}

void SyncController::progress(const QString& stage, int done)
{
    m_label->setText(stage == QLatin1String("push") ? tr("Syncing: %1 sent…").arg(done)
                                                    : tr("Syncing: %1 received…").arg(done));
}

void SyncController::syncNow()
{
    const std::optional<ServerUrl> url = ServerSettings::load();
    if (!url || m_running)
        return;
    m_running = true;
    m_action->setEnabled(false);
    m_label->setText(tr("Syncing with %1…").arg(url->host));
    QPointer<SyncController> self(this);
    auto report = [self](const QString& stage, int done) {
        QMetaObject::invokeMethod(
            qApp,
            [self, stage, done] {
                if (self)
                    self->progress(stage, done);
            },
            Qt::QueuedConnection);
    };
    runAsync(
        this,
        [database = m_database, server = *url, report, cancel = m_cancel] {
            return SyncEngine(database, server).run(report, cancel.get());
        },
        [this](const Result<SyncEngine::Report>& result) {
            m_running = false;
            m_action->setEnabled(true);
            if (!result) {
                m_label->setText(tr("Sync failed: the changes wait"));
                m_label->setToolTip(result.error().message());
                emit finished(false);
                return;
            }
            const SyncEngine::Report& r = *result;
            QString text = tr("Synced: %1 sent, %2 received").arg(r.pushed).arg(r.pulled);
            if (r.conflicts > 0)
                text += QLatin1String(", ") + (r.conflicts == 1
                                                   ? tr("1 conflict kept as a copy")
                                                   : tr("%1 conflicts kept as copies").arg(r.conflicts));
            m_label->setText(text);
            m_label->setToolTip(r.pending > 0 ? tr("%1 changes still wait").arg(r.pending) : QString());
            if (r.pulled > 0 || r.conflicts > 0)
                emit promptsChanged();
            emit finished(true);
        });
}

} // namespace athanor
