#pragma once

#include "core/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace athanor {
class Database;
}

// What the benchmark executables share: percentiles, the machine's load and CPU, the page cache,
// failing loudly, and the summary of targets printed at the end.
namespace athanor::bench {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};
Stats stats(std::vector<double> values);
double seconds(const QElapsedTimer& timer);
QString loadAverage();
QString cpuModel();
double fileMb(const QString& path);
// Drops a file's pages from the OS page cache (clean pages only; no root needed), so that the
// next open reads it from disk as after a reboot.
void evictFromCache(const QString& path);

[[noreturn]] void die(const QString& what);
template <typename T> T check(Result<T> result, const char* step)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(step), result.error().message()));
    return std::move(*result);
}
void check(const Status& status, const char* step);
qint64 promptCount(const std::shared_ptr<Database>& database);

struct Target
{
    QString name;
    QString figure;
    QString target;
    std::optional<bool> met; // nullopt: not measured
};
// One line per figure the issue asks for, printed at the end of the run.
void target(const QString& name, const QString& figure, const QString& goal, std::optional<bool> met);
const QList<Target>& targets();

} // namespace athanor::bench
