#include "ImportWriter.h"

#include "SqlHelpers.h"
#include "SqliteStatement.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace athanor {

namespace {

const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");

// A database refusal in words a person understands.
QString plainReason(const QString& databaseText)
{
    if (databaseText.contains(QLatin1String("temperature")))
        return QCoreApplication::translate("athanor::ImportWriter",
                                           "the temperature must be between 0 and 2");
    if (databaseText.contains(QLatin1String("tokens")))
        return QCoreApplication::translate("athanor::ImportWriter", "token counts cannot be negative");
    if (databaseText.contains(QLatin1String("phase")))
        return QCoreApplication::translate("athanor::ImportWriter",
                                           "the phase must be prima-materia, solutio or coagulatio");
    if (databaseText.contains(QLatin1String("provider")))
        return QCoreApplication::translate(
            "athanor::ImportWriter", "the provider must be openai, anthropic, google, openrouter or ollama");
    return QCoreApplication::translate("athanor::ImportWriter", "the prompt could not be stored: %1")
        .arg(databaseText);
}

// The error of a row at `line` of its file (0: the whole file), of the kind it was.
Error atLine(Error error, int line)
{
    error.where = QString::number(line);
    return error;
}

Error refused(const QSqlQuery& query, int line)
{
    if (Error failure = sqlFailure(query.lastError(), QStringLiteral("%1"), QString()); failure.kind == Error::Kind::Storage)
        return atLine(std::move(failure), line);
    return Error::data(plainReason(query.lastError().databaseText()), QString::number(line));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// The INSERT INTO prompts column list and the values: created_at defaults to now.
QString promptColumns()
{
    return ImportWriter::columns().join(QLatin1Char(',')) + QStringLiteral(",updated_at");
}

} // namespace

const QStringList& ImportWriter::columns()
{
    static const QStringList names{
        QStringLiteral("id"),          QStringLiteral("content"),       QStringLiteral("content_hash"),
        QStringLiteral("title"),       QStringLiteral("tags"),          QStringLiteral("model"),
        QStringLiteral("temperature"), QStringLiteral("max_tokens"),    QStringLiteral("source"),
        QStringLiteral("phase"),       QStringLiteral("provider"),      QStringLiteral("persona_used"),
        QStringLiteral("session_id"),  QStringLiteral("actual_tokens"), QStringLiteral("created_at")};
    return names;
}

ImportWriter::ImportWriter(QSqlDatabase db) : m_db(std::move(db)) {}

Result<ImportWriter::Written> ImportWriter::write(const QList<Row>& rows)
{
    if (rows.isEmpty())
        return Written{};
    if (!runSql(m_db, QStringLiteral("SAVEPOINT import_bulk")))
        return writeRowByRow(rows);
    Result<Written> bulk = writeBulk(rows);
    if (bulk) {
        if (auto released = runSql(m_db, QStringLiteral("RELEASE import_bulk")); !released)
            return released.error();
        return bulk;
    }
    // Undo whatever the bulk statements did, then find the line to blame.
    if (auto undone = runSql(m_db, QStringLiteral("ROLLBACK TO import_bulk")); !undone)
        return undone.error();
    if (auto released = runSql(m_db, QStringLiteral("RELEASE import_bulk")); !released)
        return released.error();
    return writeRowByRow(rows);
}

Result<ImportWriter::Written> ImportWriter::writeBulk(const QList<Row>& rows)
{
    // Untyped columns keep each value as it was bound; the prompts table's CHECKs judge them.
    const QString columnList = columns().join(QLatin1Char(','));
    for (const QString& sql :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_rows (%1)").arg(columnList),
          QStringLiteral(
              "CREATE TEMP TABLE IF NOT EXISTS import_context (id, prompt_id, context_type, content)"),
          QStringLiteral("DELETE FROM temp.import_rows"), QStringLiteral("DELETE FROM temp.import_context")})
        if (auto done = runSql(m_db, sql); !done)
            return done.error();

    // Straight to SQLite: through QSqlQuery the binding cost more than the staged insert.
    SqliteStatement stage(
        m_db, QStringLiteral("INSERT INTO temp.import_rows VALUES (%1)").arg(placeholders(columns().size())));
    SqliteStatement stageContext(m_db, QStringLiteral("INSERT INTO temp.import_context VALUES (?,?,?,?)"));
    if (!stage.prepared() || !stageContext.prepared())
        return !stage.prepared() ? stage.prepared().error() : stageContext.prepared().error();
    for (const Row& row : rows) {
        if (Status staged = stage.run(row.values); !staged)
            return atLine(staged.error(), row.line);
        for (const auto& [type, content] : row.context)
            if (Status staged = stageContext.run({newUuid(), row.values.first(), type, content}); !staged)
                return atLine(staged.error(), row.line);
    }

    auto last = runSql(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM prompts"));
    if (!last || !last->next())
        return last ? Error::data(
                          QCoreApplication::translate("athanor::ImportWriter", "cannot read the library"))
                    : last.error();
    const qint64 before = last->value(0).toLongLong();
    QStringList values = columns();
    values.last() = QStringLiteral("coalesce(created_at, %1)").arg(kNow);
    // "WHERE true" tells the parser that ON CONFLICT belongs to the INSERT, not to a join.
    auto inserted =
        runSql(m_db, QStringLiteral("INSERT INTO prompts (%1) SELECT %2, %3 FROM temp.import_rows "
                                    "WHERE true ORDER BY rowid ON CONFLICT DO NOTHING")
                         .arg(promptColumns(), values.join(QLatin1Char(',')), kNow));
    if (!inserted)
        return atLine(inserted.error(), 0);
    auto context = runSql(m_db,
                          QStringLiteral("INSERT INTO prompt_context (id, prompt_id, context_type, content) "
                                         "SELECT c.id, c.prompt_id, c.context_type, c.content FROM "
                                         "temp.import_context c JOIN prompts p ON p.id = c.prompt_id "
                                         "WHERE p.seq > ? ORDER BY c.rowid"),
                          {before});
    if (!context)
        return context.error();
    auto ids = runSql(m_db, QStringLiteral("SELECT id FROM prompts WHERE seq > ? ORDER BY seq"), {before});
    if (!ids)
        return ids.error();
    Written written;
    while (ids->next())
        written.ids << ids->value(0).toString();
    written.duplicates = int(rows.size() - written.ids.size());
    for (const QString& sql :
         {QStringLiteral("DELETE FROM temp.import_rows"), QStringLiteral("DELETE FROM temp.import_context")})
        if (auto done = runSql(m_db, sql); !done)
            return done.error();
    return written;
}

Result<ImportWriter::Written> ImportWriter::writeRowByRow(const QList<Row>& rows)
{
    QSqlQuery insert(m_db);
    QStringList values;
    for (int i = 0; i < columns().size() - 1; ++i)
        values << QStringLiteral("?");
    values << QStringLiteral("coalesce(?, %1)").arg(kNow);
    insert.prepare(QStringLiteral("INSERT INTO prompts (%1) VALUES (%2, %3) ON CONFLICT DO NOTHING")
                       .arg(promptColumns(), values.join(QLatin1Char(',')), kNow));
    QSqlQuery context(m_db);
    context.prepare(
        QStringLiteral("INSERT INTO prompt_context (id, prompt_id, context_type, content) VALUES (?,?,?,?)"));
    Written written;
    for (const Row& row : rows) {
        for (int i = 0; i < row.values.size(); ++i)
            insert.bindValue(i, row.values.at(i));
        if (!insert.exec())
            return refused(insert, row.line);
        if (insert.numRowsAffected() == 0) { // the same content (or id) is in the library already
            ++written.duplicates;
            continue;
        }
        const QString id = row.values.first().toString();
        written.ids << id;
        for (const auto& [type, content] : row.context) {
            context.bindValue(0, newUuid());
            context.bindValue(1, id);
            context.bindValue(2, type);
            context.bindValue(3, content);
            if (!context.exec())
                return refused(context, row.line);
        }
    }
    return written;
}

} // namespace athanor
