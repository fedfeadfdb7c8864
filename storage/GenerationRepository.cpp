#include "GenerationRepository.h"

#include "Database.h"
#include "PromptRepository.h"
#include "SqlHelpers.h"
#include "UsageRepository.h"
#include "core/Ids.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace athanor {

GenerationRepository::GenerationRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Result<QString> GenerationRepository::recordInput(const Run& run)
{
    PromptRepository prompts(m_database);
    if (const std::optional<QString> existing = prompts.findByContent(run.original))
        return *existing;
    Prompt prompt;
    prompt.content = run.original;
    prompt.source = QStringLiteral("generate");
    prompt.sessionId = run.sessionId;
    return prompts.add(prompt);
}

Result<QString> GenerationRepository::recordVariant(const Run& run, const VariantOutcome& variant,
                                                    bool withPhase)
{
    QSqlDatabase db = m_database->connection();
    PromptRepository prompts(m_database);
    // The run's input generated this variant (usage analytics), also when it is already stored.
    auto generatedEvent = [&](const QString& id) {
        return UsageRepository::Event{variant.parentId, UsageRepository::Kind::Generated,
                                      withPhase ? QStringLiteral("generate") : QStringLiteral("playground"),
                                      id, std::nullopt};
    };
    if (const std::optional<QString> existing = prompts.findByContent(variant.result.text)) {
        if (!variant.parentId.isEmpty() && variant.parentId != *existing)
            if (Status used = UsageRepository(m_database).record(generatedEvent(*existing)); !used)
                return used.error();
        return *existing;
    }

    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    Prompt prompt;
    prompt.content = variant.result.text;
    if (withPhase)
        prompt.phase = phaseName(variant.phase);
    prompt.provider = providerName(run.provider);
    prompt.model = variant.result.model.isEmpty() ? run.model : variant.result.model;
    prompt.persona = run.persona;
    prompt.temperature = variant.temperature;
    if (const int limit = variant.request.value(QStringLiteral("max_tokens")).toInt(); limit > 0)
        prompt.maxTokens = limit; // no limit sent: NULL, not zero
    prompt.actualTokens = variant.result.usage.output;
    prompt.parentId = variant.parentId;
    prompt.sessionId = run.sessionId;
    prompt.source = QStringLiteral("generate");
    prompt.originalInput = run.original;
    Result<QString> id = prompts.add(prompt);
    if (!id)
        return id.error();
    if (!variant.parentId.isEmpty())
        if (Status used = UsageRepository::recordIn(db, generatedEvent(*id)); !used)
            return used.error();

    const QJsonObject context{
        {QStringLiteral("phase"), withPhase ? QJsonValue(phaseName(variant.phase)) : QJsonValue()},
        {QStringLiteral("round"), variant.round},
        {QStringLiteral("variant"), variant.index},
        {QStringLiteral("finish_reason"), variant.result.finishReason},
        {QStringLiteral("attempts"), variant.result.attempts},
        {QStringLiteral("input_tokens"), variant.result.usage.input},
        {QStringLiteral("output_tokens"), variant.result.usage.output},
        {QStringLiteral("score"), variant.score.total},
        {QStringLiteral("score_components"),
         QJsonObject{{QStringLiteral("temperature"), variant.score.temperature},
                     {QStringLiteral("efficiency"), variant.score.efficiency},
                     {QStringLiteral("similarity"), variant.score.similarity},
                     {QStringLiteral("length"), variant.score.length},
                     {QStringLiteral("judge"),
                      variant.score.judge ? QJsonValue(*variant.score.judge) : QJsonValue()}}}};
    auto updated = runSql(
        db, QStringLiteral("UPDATE prompts SET generation_request = ?, generation_context = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(variant.request).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)), *id});
    if (!updated)
        return updated.error();

    const QString insert = QStringLiteral("INSERT INTO prompt_metrics (id, prompt_id, metric_type, "
                                          "response_time, token_usage, cost_usd, usage_count) "
                                          "VALUES (?, ?, ?, ?, ?, ?, 1)");
    const QVariant null;
    QList<QVariantList> rows{
        {newUuid(), *id, QStringLiteral("time"), variant.result.latencyMs, null, null},
        {newUuid(), *id, QStringLiteral("tokens"), null, variant.result.usage.total(), null}};
    if (variant.cost)
        rows.append({newUuid(), *id, QStringLiteral("cost"), null, null, *variant.cost});
    for (const QVariantList& row : rows)
        if (auto inserted = runSql(db, insert, row); !inserted)
            return inserted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Status GenerationRepository::recordBest(const QString& promptId)
{
    return UsageRepository(m_database)
        .record(
            {promptId, UsageRepository::Kind::Selected, QStringLiteral("ranker"), QString(), std::nullopt});
}

Result<QVariantMap> GenerationRepository::metrics(const QString& promptId) const
{
    auto rows =
        runSql(m_database->connection(),
               QStringLiteral("SELECT metric_type, response_time, token_usage, cost_usd FROM prompt_metrics "
                              "WHERE prompt_id = ?"),
               {promptId});
    if (!rows)
        return rows.error();
    QVariantMap map;
    while (rows->next()) {
        const QString type = rows->value(0).toString();
        if (type == QLatin1String("time"))
            map.insert(QStringLiteral("response_time"), rows->value(1));
        else if (type == QLatin1String("tokens"))
            map.insert(QStringLiteral("token_usage"), rows->value(2));
        else if (type == QLatin1String("cost"))
            map.insert(QStringLiteral("cost_usd"), rows->value(3));
    }
    return map;
}

} // namespace athanor
