#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>
#include <type_traits>

namespace athanor {

// Runs `work` on the global thread pool and then `done` with its result on `context`'s thread,
// unless `context` is gone by then (the watcher is its child and goes with it). Work that touches
// the database just calls the repositories: Database::connection() gives each thread its own.
template <typename Work, typename Done> void runAsync(QObject* context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace athanor
