#include "BenchSupport.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace athanor::bench {

namespace {

QList<Target> g_targets;

} // namespace

Stats stats(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95), values.back()};
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray& line : file.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

double fileMb(const QString& path)
{
    return double(QFileInfo(path).size()) / 1e6;
}

void evictFromCache(const QString& path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
#else
    Q_UNUSED(path); // elsewhere the "cold" runs find the files cached
#endif
}

void die(const QString& what)
{
    std::fprintf(stderr, "error: %s\n", qPrintable(what));
    std::exit(2);
}

void check(const Status& status, const char* step)
{
    if (!status)
        die(QStringLiteral("%1: %2").arg(QLatin1String(step), status.error().message()));
}

qint64 promptCount(const std::shared_ptr<Database>& database)
{
    auto query =
        check(runSql(database->connection(), QStringLiteral("SELECT count(*) FROM prompts")), "count");
    return query.next() ? query.value(0).toLongLong() : 0;
}

void target(const QString& name, const QString& figure, const QString& goal, std::optional<bool> met)
{
    g_targets.append({name, figure, goal, met});
}

const QList<Target>& targets()
{
    return g_targets;
}

} // namespace athanor::bench
