#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace athanor {

// Writes one file's prompts and their context rows inside the caller's transaction. The rows are
// staged in temporary tables and inserted with one INSERT … SELECT per table: FTS5 flushes its
// pending terms at every statement's savepoint, so one INSERT per row wrote a full-text segment
// per prompt and spent the import merging them (16 s for 100,000 rows against 3.5 s). When the
// bulk insert is refused (a CHECK), it is undone and the rows go in one at a time, to name the
// line that was refused. A row whose content (or id) is in the library already is a duplicate.
class ImportWriter
{
public:
    // The prompt columns each row gives values for, in this order.
    static const QStringList& columns();

    struct Row
    {
        int line = 0;
        QVariantList values;                    // one per column; created_at null: now
        QList<QPair<QString, QString>> context; // (type, content)
    };
    struct Written
    {
        QStringList ids; // of the prompts inserted, in file order
        int duplicates = 0;
    };

    explicit ImportWriter(QSqlDatabase db);

    // Errors are data errors whose `where` is the line refused (0 when no line is to blame).
    Result<Written> write(const QList<Row>& rows);

private:
    Result<Written> writeBulk(const QList<Row>& rows);
    Result<Written> writeRowByRow(const QList<Row>& rows);

    QSqlDatabase m_db;
};

} // namespace athanor
