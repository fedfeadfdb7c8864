#include "EnhancementRepository.h"

#include "CatalogRepository.h"
#include "CatalogRows.h"
#include "ClassifierRepository.h"
#include "Database.h"
#include "LearningRepository.h"
#include "PromptRepository.h"
#include "SqlHelpers.h"
#include "UsageRepository.h"
#include "core/Ids.h"
#include "core/catalog/CatalogJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace athanor {

using namespace catalogjson;

EnhancementRepository::EnhancementRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Result<RecordedEnhancement> EnhancementRepository::record(const Enhancement& e, const QString& source,
                                                          const QString& sessionId)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto ids = CatalogIds::read(db);
    if (!ids)
        return ids.error();

    RecordedEnhancement recorded;
    recorded.sessionId = sessionId.isEmpty() ? newUuid() : sessionId;
    PromptRepository prompts(m_database);

    // The same text is one prompt: an original or an enhancement seen before is reused.
    if (auto existing = prompts.findByContent(e.original)) {
        recorded.originalId = *existing;
    } else {
        Prompt original;
        original.content = e.original;
        original.source = source;
        original.sessionId = recorded.sessionId;
        auto added = prompts.add(original);
        if (!added)
            return added.error();
        recorded.originalId = *added;
    }

    QJsonArray techniques;
    QJsonArray techniqueIds;
    for (const AppliedTechnique& t : e.techniques) {
        techniques.append(
            QJsonObject{{QStringLiteral("code"), t.code}, {QStringLiteral("reason"), t.reason}});
        if (ids->techniqueIdOfCode.contains(t.code))
            techniqueIds.append(ids->techniqueIdOfCode.value(t.code));
    }
    const QJsonObject context{{QStringLiteral("intent"), e.intent},
                              {QStringLiteral("complexity"), e.complexity},
                              {QStringLiteral("techniques"), techniques},
                              {QStringLiteral("persona"), e.persona},
                              {QStringLiteral("model_family"), e.modelFamily}};

    if (auto existing = prompts.findByContent(e.enhanced)) {
        recorded.enhancedId = *existing;
    } else {
        Prompt enhanced;
        enhanced.content = e.enhanced;
        enhanced.parentId = recorded.originalId;
        enhanced.sessionId = recorded.sessionId;
        enhanced.source = source;
        enhanced.persona = e.persona;
        enhanced.originalInput = e.original;
        auto added = prompts.add(enhanced);
        if (!added)
            return added.error();
        recorded.enhancedId = *added;
        if (auto r = runSql(db, QStringLiteral("UPDATE prompts SET generation_context = ? WHERE id = ?"),
                            {compact(context), recorded.enhancedId});
            !r)
            return r.error();
    }

    QJsonArray alternatives;
    for (const IntentPrediction& p : e.alternatives)
        alternatives.append(
            QJsonObject{{QStringLiteral("intent"), p.intent}, {QStringLiteral("confidence"), p.confidence}});
    QJsonObject metadata = context;
    metadata.insert(QStringLiteral("improvements"), fromStrings(e.improvements));
    metadata.insert(QStringLiteral("complexity_reasons"), fromStrings(e.complexityReasons));
    metadata.insert(QStringLiteral("alternatives"), alternatives);

    recorded.historyId = newUuid();
    auto history = runSql(
        db,
        QStringLiteral(
            "INSERT INTO prompt_history (id, user_id, session_id, original_prompt, original_length, "
            "detected_intent_path, detected_complexity, enhanced_prompt, enhanced_length, "
            "techniques_applied, "
            "enhancement_metadata, processing_time_ms, model_confidence, client_type, original_prompt_id, "
            "enhanced_prompt_id) VALUES (?, (SELECT id FROM users WHERE is_local = 1), "
            "?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {recorded.historyId, recorded.sessionId, e.original, int(e.original.size()), nullIfEmpty(e.intent),
         e.complexity, e.enhanced, int(e.enhanced.size()), compact(techniqueIds), compact(metadata),
         int(e.processingMicros / 1000), std::clamp(e.confidence, 0.0, 1.0), source, recorded.originalId,
         recorded.enhancedId});
    if (!history)
        return history.error();

    const UsageRepository::Event usage{recorded.originalId, UsageRepository::Kind::Generated,
                                       QStringLiteral("enhance"), recorded.enhancedId, std::nullopt};
    if (Status used = UsageRepository::recordIn(db, usage); !used)
        return used.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return recorded;
}

Result<std::shared_ptr<const Enhancer>> loadEnhancer(const std::shared_ptr<Database>& database)
{
    auto catalog = CatalogRepository(database).load();
    if (!catalog)
        return catalog.error();
    if (catalog->intents.isEmpty())
        return Error::data(
            QCoreApplication::translate("athanor::EnhancementRepository",
                                        "the technique catalog is not installed"),
            database->path(),
            QCoreApplication::translate("athanor::EnhancementRepository", "run: athanor-cli init"));
    // The active classifier version: the taxonomy's examples and the corrections it was trained with.
    auto classifier = ClassifierRepository(database).activeClassifier(catalog->intents);
    if (!classifier)
        return classifier.error();
    auto enhancer = std::make_shared<Enhancer>(*catalog, std::move(*classifier));
    // Ratings change what is recommended next time (docs/learning.md).
    auto learned = LearningRepository(database).learned();
    if (!learned)
        return learned.error();
    enhancer->setLearned(*learned);
    return std::shared_ptr<const Enhancer>(enhancer);
}

} // namespace athanor
