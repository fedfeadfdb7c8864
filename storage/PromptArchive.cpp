#include "PromptArchive.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace athanor {

namespace {

struct ForeignKey
{
    QString table;
    QString column;
    bool cascade = false; // else SET NULL
};

// The columns of other tables that point at prompts(id), from the schema itself.
Result<QList<ForeignKey>> foreignKeysToPrompts(const QSqlDatabase& db)
{
    auto tables = runSql(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    QList<ForeignKey> keys;
    for (const QString& table : names) {
        auto list = runSql(db, QStringLiteral("SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)"), {table});
        if (!list)
            return list.error();
        while (list->next()) {
            if (list->value(0).toString() != QLatin1String("prompts"))
                continue;
            const QString onDelete = list->value(2).toString().toUpper();
            if (onDelete == QLatin1String("CASCADE") || onDelete == QLatin1String("SET NULL"))
                keys.append({table, list->value(1).toString(), onDelete == QLatin1String("CASCADE")});
        }
    }
    return keys;
}

// True when the table's rowid has a column name (an INTEGER PRIMARY KEY), which then carries it.
Result<bool> hasRowidAlias(const QSqlDatabase& db, const QString& table)
{
    auto info = runSql(db, QStringLiteral("SELECT type, pk FROM pragma_table_info(?)"), {table});
    if (!info)
        return info.error();
    int keys = 0;
    bool integer = false;
    while (info->next())
        if (info->value(1).toInt() > 0) {
            ++keys;
            integer = info->value(0).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        }
    return keys == 1 && integer;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Every row of `table` whose `column` is one of `ids`, with its rowid kept.
Result<PromptSnapshot::Rows> readRows(const QSqlDatabase& db, const QString& table, const QString& column,
                                      const QStringList& ids)
{
    auto alias = hasRowidAlias(db, table);
    if (!alias)
        return alias.error();
    QVariantList values(ids.cbegin(), ids.cend());
    auto query = runSql(db,
                        QStringLiteral("SELECT %1* FROM %2 WHERE %3 IN (%4)")
                            .arg(*alias ? QString() : QStringLiteral("rowid AS \"rowid\", "), quoted(table), quoted(column),
                                 placeholders(ids.size())),
                        values);
    if (!query)
        return query.error();
    PromptSnapshot::Rows rows{table, {}, {}};
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns << record.fieldName(i);
    while (query->next()) {
        QVariantList row;
        for (int i = 0; i < record.count(); ++i)
            row << query->value(i);
        rows.values << row;
    }
    return rows;
}

} // namespace

PromptArchive::PromptArchive(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<PromptSnapshot> PromptArchive::remove(const QStringList& ids)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto keys = foreignKeysToPrompts(db);
    if (!keys)
        return keys.error();

    PromptSnapshot snapshot;
    snapshot.ids = ids;
    // SQLite allows 32766 parameters; chunks keep each statement well inside that.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        auto prompts = readRows(db, QStringLiteral("prompts"), QStringLiteral("id"), chunk);
        if (!prompts)
            return prompts.error();
        if (prompts->values.size() != chunk.size()) {
            QStringList found;
            const qsizetype idColumn = prompts->columns.indexOf(QStringLiteral("id"));
            for (const QVariantList& row : prompts->values)
                found << row.at(idColumn).toString();
            for (const QString& id : chunk)
                if (!found.contains(id))
                    return Error::data(
                        QCoreApplication::translate("athanor::PromptArchive",
                                                    "no prompt with this id; nothing was deleted"),
                        id);
        }
        const qsizetype seqColumn = prompts->columns.indexOf(QStringLiteral("seq"));
        for (const QVariantList& row : prompts->values)
            snapshot.seqs << row.at(seqColumn).toLongLong();
        snapshot.rows << *prompts;
        for (const ForeignKey& key : *keys) {
            if (key.cascade) {
                auto rows = readRows(db, key.table, key.column, chunk);
                if (!rows)
                    return rows.error();
                if (!rows->values.isEmpty())
                    snapshot.rows << *rows;
                continue;
            }
            QVariantList values(chunk.cbegin(), chunk.cend());
            auto refs = runSql(db,
                               QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 IN (%3)")
                                   .arg(quoted(key.column), quoted(key.table), placeholders(chunk.size())),
                               values);
            if (!refs)
                return refs.error();
            while (refs->next())
                snapshot.references.append({key.table, key.column, refs->value(0).toLongLong(), refs->value(1).toString()});
        }
        auto deleted = runSql(db, QStringLiteral("DELETE FROM prompts WHERE id IN (%1)").arg(placeholders(chunk.size())),
                              QVariantList(chunk.cbegin(), chunk.cend()));
        if (!deleted)
            return deleted.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return snapshot;
}

Status PromptArchive::restore(const PromptSnapshot& snapshot)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    // Prompts first with their parent links cut (a parent may come later in the list); the
    // links are put back with the other references once every row exists.
    QList<PromptSnapshot::Reference> parents;
    QList<const PromptSnapshot::Rows*> ordered;
    for (const PromptSnapshot::Rows& rows : snapshot.rows)
        if (rows.table == QLatin1String("prompts"))
            ordered << &rows;
    for (const PromptSnapshot::Rows& rows : snapshot.rows)
        if (rows.table != QLatin1String("prompts"))
            ordered << &rows;
    for (const PromptSnapshot::Rows* table : ordered) {
        const PromptSnapshot::Rows& rows = *table;
        const bool isPrompts = rows.table == QLatin1String("prompts");
        QStringList columns;
        for (const QString& column : rows.columns)
            columns << quoted(column);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(quoted(rows.table), columns.join(QLatin1Char(',')), placeholders(columns.size()));
        const qsizetype parentColumn = isPrompts ? rows.columns.indexOf(QStringLiteral("parent_id")) : -1;
        const qsizetype seqColumn = isPrompts ? rows.columns.indexOf(QStringLiteral("seq")) : -1;
        for (QVariantList row : rows.values) {
            if (isPrompts) {
                if (parentColumn >= 0 && !row.at(parentColumn).isNull()) {
                    parents.append({rows.table, QStringLiteral("parent_id"), row.at(seqColumn).toLongLong(),
                                    row.at(parentColumn).toString()});
                    row[parentColumn] = QVariant();
                }
                for (const char* cleared : {"embedding", "embedding_model", "embedding_provider"})
                    if (const qsizetype i = rows.columns.indexOf(QLatin1String(cleared)); i >= 0)
                        row[i] = QVariant();
            }
            if (auto inserted = runSql(db, sql, row); !inserted)
                return inserted.error();
        }
    }
    for (const auto& ref : parents + snapshot.references) {
        auto updated = runSql(db,
                              QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(quoted(ref.table), quoted(ref.column)),
                              {ref.promptId, ref.rowid});
        if (!updated)
            return updated.error();
    }
    return transaction.commit();
}

} // namespace athanor
