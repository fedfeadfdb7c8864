#include "ImportJob.h"

#include "Database.h"
#include "ImportWriter.h"
#include "SqlHelpers.h"
#include "core/ContentHash.h"
#include "core/Ids.h"
#include "core/importers/ImportFormatRegistry.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <thread>
#include <vector>

namespace athanor {

namespace {

// Keys of an Athanor export that restore columns rather than staying as metadata.
const QStringList kRestoredKeys{
    QStringLiteral("id"),         QStringLiteral("parent_id"),     QStringLiteral("phase"),
    QStringLiteral("provider"),   QStringLiteral("persona"),       QStringLiteral("created_at"),
    QStringLiteral("session_id"), QStringLiteral("actual_tokens"), QStringLiteral("source")};

QVariant fromMetadata(const QJsonObject& metadata, const QString& key)
{
    const QJsonValue value = metadata.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return {};
    return value.toVariant();
}

QString compactJson(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

ImportJob::ImportJob(std::shared_ptr<Database> database, Options options)
    : m_database(std::move(database)), m_options(std::move(options))
{
}

QStringList ImportJob::expand(const QStringList& paths, QList<ImportFailure>* failures)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << info.absoluteFilePath();
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            files << found;
        } else if (failures) {
            failures->append({QFileInfo(path).absoluteFilePath(), 0,
                              QCoreApplication::translate("athanor::ImportJob", "no such file or folder")});
        }
    }
    return files;
}

ImportReport ImportJob::run(const QStringList& paths, const Progress& progress,
                            const std::atomic_bool* cancel)
{
    ImportReport report;
    const QStringList files = expand(paths, &report.failed);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress)
            progress(int(i), int(files.size()), files.at(i));
        // Checked between files only: a file is all of it or none of it.
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        importFile(files.at(i), report);
        if (report.stopped) {
            report.notTried = int(files.size() - i - 1);
            break;
        }
    }
    if (progress && !report.cancelled && !report.stopped)
        progress(int(files.size()), int(files.size()), QString());
    return report;
}

void ImportJob::importFile(const QString& path, ImportReport& report)
{
    auto prompts = ImportFormatRegistry::instance().readFile(path, m_options.maxFileBytes);
    if (!prompts) {
        report.failed.append({path, prompts.error().where.toInt(), prompts.error().what});
        return;
    }
    int duplicates = 0;
    QStringList ids;
    auto stored = store(path, *prompts, &duplicates, &ids);
    if (!stored) {
        report.failed.append({path, stored.error().where.toInt(), stored.error().what});
        if (stored.error().kind == Error::Kind::Storage) {
            report.stopped = stored.error();
            report.stopped->where = m_database->path();
        }
        return;
    }
    report.imported += *stored;
    report.duplicates += duplicates;
    report.importedIds << ids;
    ++report.files;
}

ImportWriter::Row ImportJob::rowFor(const QString& path, const ImportedPrompt& p) const
{
    ImportWriter::Row row;
    row.line = p.line;
    const QString normalized = normalizedContent(p.content);
    if (normalized.isEmpty())
        return row;
    QStringList tags = p.tags;
    for (const QString& tag : m_options.tags)
        if (!tags.contains(tag))
            tags << tag;
    const QString restoredId = p.metadata.value(QStringLiteral("id")).toString();
    const QString source = p.metadata.value(QStringLiteral("source")).toString();
    row.values = {restoredId.size() == 36 ? restoredId : newUuid(),
                  p.content,
                  hashOfNormalized(normalized),
                  nullIfEmpty(p.title),
                  tags.isEmpty() ? QStringLiteral("[]") : compactJson(QJsonArray::fromStringList(tags)),
                  nullIfEmpty(p.model),
                  p.temperature ? QVariant(*p.temperature) : QVariant(),
                  p.maxTokens ? QVariant(*p.maxTokens) : QVariant(),
                  source.isEmpty() ? path : source,
                  fromMetadata(p.metadata, QStringLiteral("phase")),
                  fromMetadata(p.metadata, QStringLiteral("provider")),
                  fromMetadata(p.metadata, QStringLiteral("persona")),
                  fromMetadata(p.metadata, QStringLiteral("session_id")),
                  fromMetadata(p.metadata, QStringLiteral("actual_tokens")),
                  fromMetadata(p.metadata, QStringLiteral("created_at"))};
    QJsonObject metadata = p.metadata;
    for (const QString& key : kRestoredKeys)
        metadata.remove(key);
    // An Athanor export carries the context rows themselves: they come back as they were.
    const QJsonArray exported = metadata.take(QStringLiteral("context")).toArray();
    for (const QJsonValue& entry : exported)
        row.context.append(
            {entry[QStringLiteral("type")].toString(), entry[QStringLiteral("content")].toString()});
    if (!p.systemPrompt.isEmpty() && exported.isEmpty())
        row.context.append({QStringLiteral("system"), p.systemPrompt});
    if (!p.variables.isEmpty() && exported.isEmpty())
        row.context.append(
            {QStringLiteral("variables"), compactJson(QJsonArray::fromStringList(p.variables))});
    if (!metadata.isEmpty())
        row.context.append({QStringLiteral("metadata"), compactJson(metadata)});
    return row;
}

Result<int> ImportJob::store(const QString& path, const QList<ImportedPrompt>& prompts, int* duplicates,
                             QStringList* ids)
{
    QSqlDatabase db = m_database->connection();
    // A file's rows touch many pages of the prompt indexes and the full-text index; with SQLite's
    // default 2 MB page cache, a large transaction spills them to the write-ahead log again and
    // again before it commits. A larger cache for the import, and the staged rows (ImportWriter)
    // in memory; both back to what they were afterwards (outside the transaction: SQLite does not
    // change where temporary tables live inside one).
    QSqlQuery pragma(db);
    const QVariant cacheSize =
        pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next() ? pragma.value(0) : QVariant();
    const QVariant tempStore =
        pragma.exec(QStringLiteral("PRAGMA temp_store")) && pragma.next() ? pragma.value(0) : QVariant();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    const auto restore = qScopeGuard([&] {
        QSqlQuery reset(db);
        if (cacheSize.isValid())
            reset.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
        if (tempStore.isValid())
            reset.exec(QStringLiteral("PRAGMA temp_store = %1").arg(tempStore.toInt()));
    });

    // Building each row (normalising, hashing, the JSON) is most of the work before the SQL, and
    // rows are independent: a large file spreads it over the cores. Then, in file order, the
    // empty ones are dropped and the second of two equal ones is a duplicate.
    QList<ImportWriter::Row> built(prompts.size());
    ImportWriter::Row* out = built.data();
    auto buildRange = [&, out](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            out[i] = rowFor(path, prompts.at(i));
    };
    const qsizetype threads =
        prompts.size() < 4096 ? 1 : std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    const qsizetype chunk = (prompts.size() + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (qsizetype t = 1; t < threads; ++t)
        workers.emplace_back(buildRange, t * chunk, std::min(prompts.size(), (t + 1) * chunk));
    buildRange(0, std::min(prompts.size(), chunk));
    for (std::thread& worker : workers)
        worker.join();

    QList<ImportWriter::Row> rows;
    rows.reserve(built.size());
    QList<QPair<QString, QString>> parents; // (child, parent) restored once every row of the file is in
    QSet<QString> seenInFile;
    for (qsizetype i = 0; i < built.size(); ++i) {
        ImportWriter::Row& row = built[i];
        if (row.values.isEmpty())
            continue; // no content
        const QString hash = row.values.at(2).toString();
        if (seenInFile.contains(hash)) {
            ++*duplicates;
            continue;
        }
        seenInFile.insert(hash);
        const QString parent = prompts.at(i).metadata.value(QStringLiteral("parent_id")).toString();
        if (!parent.isEmpty())
            parents.append({row.values.first().toString(), parent});
        rows.append(std::move(row));
    }

    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto written = ImportWriter(db).write(rows);
    if (!written)
        return written.error();
    *duplicates += written->duplicates;
    *ids << written->ids;
    // Lineage from an export: a parent that is in the library now (this file or before) is linked.
    const QSet<QString> inserted(written->ids.cbegin(), written->ids.cend());
    for (const auto& [child, parent] : parents) {
        if (!inserted.contains(child))
            continue;
        auto linked = runSql(db,
                             QStringLiteral("UPDATE prompts SET parent_id = ? WHERE id = ? AND ? <> ? AND "
                                            "EXISTS (SELECT 1 FROM prompts WHERE id = ?)"),
                             {parent, child, parent, child, parent});
        if (!linked)
            return linked.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return int(written->ids.size());
}

} // namespace athanor
