#include "PromptExporter.h"

#include "Database.h"
#include "PromptQueries.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace athanor {

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QJsonValue nullable(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

} // namespace

const QStringList& PromptExporter::formats()
{
    static const QStringList values{QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("csv"),
                                    QStringLiteral("markdown")};
    return values;
}

PromptExporter::PromptExporter(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<int> PromptExporter::exportTo(const QString& path, const QString& format, const QString& query,
                                     const QStringList& ids) const
{
    if (!formats().contains(format))
        return Error::usage(
            QCoreApplication::translate("athanor::PromptExporter", "unknown export format '%1'").arg(format),
            QStringLiteral("--format"),
            QCoreApplication::translate("athanor::PromptExporter", "choose one of: %1")
                .arg(formats().join(QStringLiteral(", "))));
    QStringList selected = ids;
    if (!query.isEmpty()) {
        auto hits = PromptQueries(m_database).search(query, 1'000'000);
        if (!hits)
            return hits.error();
        for (const SearchHit& hit : *hits)
            selected << hit.id;
        if (selected.isEmpty())
            selected << QString(); // nothing matches: export nothing, not everything
    }
    QSqlDatabase db = m_database->connection();
    QString sql = QStringLiteral("SELECT id, content, title, tags, phase, provider, model, persona_used, temperature, "
                                 "max_tokens, actual_tokens, parent_id, session_id, source, created_at FROM prompts");
    QVariantList values;
    if (!selected.isEmpty()) {
        sql += QStringLiteral(" WHERE id IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(selected)).toJson(QJsonDocument::Compact));
    }
    sql += QStringLiteral(" ORDER BY seq");
    auto rows = runSql(db, sql, values);
    if (!rows)
        return rows.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::data(
            QCoreApplication::translate("athanor::PromptExporter", "cannot write the export: %1")
                .arg(file.errorString()),
            path);
    int count = 0;
    bool firstJson = true;
    if (format == QLatin1String("json"))
        file.write("{\"format\": \"athanor-export\", \"version\": 1, \"prompts\": [\n");
    else if (format == QLatin1String("csv"))
        file.write("prompt,title,tags,model,temperature,id,parent_id\n");
    while (rows->next()) {
        const QSqlQuery& q = *rows;
        const QString id = q.value(0).toString();
        const QJsonArray tags = QJsonDocument::fromJson(q.value(3).toByteArray()).array();
        if (format == QLatin1String("csv")) {
            QStringList tagList;
            for (const QJsonValue& t : tags)
                tagList << t.toString();
            const QStringList fields{q.value(1).toString(), q.value(2).toString(), tagList.join(QLatin1Char(',')),
                                     q.value(6).toString(), q.value(8).isNull() ? QString() : q.value(8).toString(), id,
                                     q.value(11).toString()};
            QStringList encoded;
            for (const QString& f : fields)
                encoded << csvField(f);
            file.write((encoded.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
            ++count;
            continue;
        }
        auto context = runSql(db, QStringLiteral("SELECT context_type, content FROM prompt_context WHERE prompt_id = ? "
                                                 "ORDER BY created_at, rowid"),
                              {id});
        if (!context)
            return context.error();
        QJsonArray contextRows;
        while (context->next())
            contextRows.append(QJsonObject{{QStringLiteral("type"), context->value(0).toString()},
                                           {QStringLiteral("content"), context->value(1).toString()}});
        const QJsonObject prompt{{QStringLiteral("id"), id},
                                 {QStringLiteral("content"), q.value(1).toString()},
                                 {QStringLiteral("title"), nullable(q.value(2))},
                                 {QStringLiteral("tags"), tags},
                                 {QStringLiteral("phase"), nullable(q.value(4))},
                                 {QStringLiteral("provider"), nullable(q.value(5))},
                                 {QStringLiteral("model"), nullable(q.value(6))},
                                 {QStringLiteral("persona"), nullable(q.value(7))},
                                 {QStringLiteral("temperature"), nullable(q.value(8))},
                                 {QStringLiteral("max_tokens"), nullable(q.value(9))},
                                 {QStringLiteral("actual_tokens"), nullable(q.value(10))},
                                 {QStringLiteral("parent_id"), nullable(q.value(11))},
                                 {QStringLiteral("session_id"), nullable(q.value(12))},
                                 {QStringLiteral("source"), nullable(q.value(13))},
                                 {QStringLiteral("created_at"), q.value(14).toString()},
                                 {QStringLiteral("context"), contextRows}};
        if (format == QLatin1String("markdown")) {
            QString section = QStringLiteral("## %1\n\n").arg(q.value(2).toString().isEmpty() ? id : q.value(2).toString());
            for (const QString& key : {QStringLiteral("id"), QStringLiteral("tags"), QStringLiteral("model"),
                                       QStringLiteral("temperature"), QStringLiteral("parent_id"), QStringLiteral("created_at")}) {
                const QJsonValue v = prompt.value(key);
                if (v.isNull() || (v.isArray() && v.toArray().isEmpty()))
                    continue;
                section += QStringLiteral("- **%1**: %2\n")
                               .arg(key, v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                                     : v.toVariant().toString());
            }
            // Four backticks: the prompt's own ``` fences stay intact inside the block.
            section += QStringLiteral("\n````\n") + q.value(1).toString() + QStringLiteral("\n````\n\n");
            file.write(section.toUtf8());
        } else {
            const QByteArray line = QJsonDocument(prompt).toJson(QJsonDocument::Compact);
            if (format == QLatin1String("json") && !firstJson)
                file.write(",\n");
            file.write(line);
            if (format == QLatin1String("jsonl"))
                file.write("\n");
            firstJson = false;
        }
        ++count;
    }
    if (format == QLatin1String("json"))
        file.write("\n]}\n");
    if (!file.commit())
        return Error::data(
            QCoreApplication::translate("athanor::PromptExporter", "cannot write the export: %1")
                .arg(file.errorString()),
            path);
    return count;
}

} // namespace athanor
