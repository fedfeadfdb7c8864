#include "DatabaseFile.h"

#include <QFile>
#include <QFileInfo>

namespace athanor {
namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16) |
           (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

} // namespace

DatabaseFileInfo DatabaseFileInfo::probe(const QString& path)
{
    DatabaseFileInfo info;
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return info;
    info.size = fileInfo.size();
    if (info.size == 0) {
        info.state = State::Empty;
        return info;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.state = State::NotSQLite;
        return info;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        info.state = State::NotSQLite;
        return info;
    }
    if (header.size() < 100) {
        info.state = State::Truncated;
        return info;
    }

    const int rawPageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    info.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    info.userVersion = int(bigEndian32(header, 60));
    info.schemaCookie = bigEndian32(header, 40);
    const bool validPageSize = info.pageSize >= 512 && (info.pageSize & (info.pageSize - 1)) == 0;
    if (!validPageSize) {
        info.state = State::NotSQLite;
        return info;
    }
    // The in-header page count is reliable when its "version valid for" matches the change counter.
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    const bool countReliable = pageCount > 0 && validFor == changeCounter;
    // With a write-ahead log beside it, a file shorter than its header says, or ending inside a
    // page, is a checkpoint that a crash or a full disk interrupted (page 1 written, the pages
    // after it not yet, or not all of the last one): SQLite replays the log when it opens the
    // file, so it is not damaged (and if the log cannot mend it, SQLite's own checks say so).
    const bool walPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPending &&
        (info.size % info.pageSize != 0 || (countReliable && info.size < qint64(pageCount) * info.pageSize))) {
        info.state = State::Truncated;
        return info;
    }
    info.state = State::SQLite;
    return info;
}

} // namespace athanor
