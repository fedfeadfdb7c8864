#include "CatalogRows.h"

#include "SqlHelpers.h"
#include "core/Ids.h"
#include "core/catalog/CatalogJson.h"

#include <QJsonObject>

namespace athanor {

using namespace catalogjson;

namespace {

QString categoryOf(const PromptTemplate& t)
{
    if (!t.category.isEmpty())
        return t.category;
    // The schema needs a category; a user template without one files under its first intent's top level.
    if (!t.intents.isEmpty())
        return t.intents.first().section(QLatin1Char('.'), 0, 0);
    return QStringLiteral("general");
}

} // namespace

Result<CatalogIds> CatalogIds::read(const QSqlDatabase& db)
{
    CatalogIds ids;
    auto techniques = runSql(db, QStringLiteral("SELECT id, code FROM techniques"));
    if (!techniques)
        return techniques.error();
    while (techniques->next()) {
        ids.techniqueIdOfCode.insert(techniques->value(1).toString(), techniques->value(0).toString());
        ids.codeOfTechniqueId.insert(techniques->value(0).toString(), techniques->value(1).toString());
    }
    auto intents = runSql(db, QStringLiteral("SELECT id, path FROM intent_taxonomy"));
    if (!intents)
        return intents.error();
    while (intents->next()) {
        ids.intentIdOfPath.insert(intents->value(1).toString(), intents->value(0).toString());
        ids.pathOfIntentId.insert(intents->value(0).toString(), intents->value(1).toString());
    }
    return ids;
}

QStringList CatalogIds::mapped(const QStringList& keys, const QHash<QString, QString>& map)
{
    QStringList values;
    for (const QString& key : keys)
        if (map.contains(key))
            values << map.value(key);
    return values;
}

const QString& templateColumns()
{
    static const QString columns = QStringLiteral(
        "id, family_id, name, category, description, intent_ids, technique_ids, template_text, variables, "
        "quality_score, difficulty_level, tags, language, usage_count, success_rate, version, is_official, created_at");
    return columns;
}

PromptTemplate templateFromRow(const QSqlQuery& q, const CatalogIds& ids)
{
    PromptTemplate t;
    t.id = q.value(0).toString();
    t.familyId = q.value(1).toString();
    t.name = q.value(2).toString();
    t.category = q.value(3).toString();
    t.description = q.value(4).toString();
    t.intents = CatalogIds::mapped(toStrings(parseArray(q.value(5).toString())), ids.pathOfIntentId);
    t.techniques = CatalogIds::mapped(toStrings(parseArray(q.value(6).toString())), ids.codeOfTechniqueId);
    t.text = q.value(7).toString();
    t.variables = toVariables(parseArray(q.value(8).toString()));
    t.qualityScore = q.value(9).toDouble();
    t.difficulty = q.value(10).toInt();
    t.tags = toStrings(parseArray(q.value(11).toString()));
    t.language = q.value(12).toString();
    t.usageCount = q.value(13).toInt();
    if (!q.isNull(14))
        t.successRate = q.value(14).toDouble();
    t.version = q.value(15).toInt();
    t.official = q.value(16).toBool();
    t.createdAt = q.value(17).toString();
    return t;
}

int estimateTokens(const QString& text)
{
    return int((text.size() + 3) / 4);
}

Status writeTechnique(const QSqlDatabase& db, const Technique& t, const QString& id, bool exists, TechniqueOrigin origin)
{
    const bool user = origin == TechniqueOrigin::User;
    QVariantList values{t.name,
                        t.category,
                        nullIfEmpty(t.subcategory),
                        t.description,
                        nullIfEmpty(t.detailedExplanation),
                        t.complexity,
                        t.baseEffectiveness,
                        t.effectivenessVariance,
                        compact(fromStrings(t.whenToUse)),
                        compact(fromStrings(t.whenNotToUse)),
                        compact(fromStrings(t.prerequisites)),
                        t.experimental ? 1 : 0,
                        t.requiresExamples ? 1 : 0,
                        t.role,
                        compact(fromStrings(t.conflictsWith)),
                        compact(fromSources(t.sources)),
                        t.apply.section,
                        t.apply.instruction,
                        compact(fromVariables(t.apply.variables)),
                        t.active ? 1 : 0,
                        id};
    Result<QSqlQuery> written = exists
        ? runSql(db,
                 QStringLiteral("UPDATE techniques SET name=?, category=?, subcategory=?, description=?, "
                                "detailed_explanation=?, complexity_level=?, base_effectiveness=?, "
                                "effectiveness_variance=?, when_to_use=?, when_not_to_use=?, prerequisites=?, "
                                "is_experimental=?, requires_examples=?, role=?, conflicts_with=?, sources=?, "
                                "apply_section=?, apply_instruction=?, apply_variables=?, is_active=?, "
                                "user_modified = (user_modified OR %1), version = version + 1, "
                                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id=?")
                     .arg(user ? 1 : 0),
                 values)
        : runSql(db,
                 QStringLiteral("INSERT INTO techniques (name, category, subcategory, description, detailed_explanation, "
                                "complexity_level, base_effectiveness, effectiveness_variance, when_to_use, "
                                "when_not_to_use, prerequisites, is_experimental, requires_examples, role, "
                                "conflicts_with, sources, apply_section, apply_instruction, apply_variables, is_active, "
                                "id, code, origin, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,%1)")
                     .arg(user ? QStringLiteral("(SELECT id FROM users WHERE is_local = 1)") : QStringLiteral("NULL")),
                 values + QVariantList{t.code, user ? QStringLiteral("user") : QStringLiteral("official")});
    if (!written)
        return written.error();

    for (const QString& table : {QStringLiteral("technique_patterns"), QStringLiteral("prompt_examples")})
        if (auto r = runSql(db, QStringLiteral("DELETE FROM %1 WHERE technique_id = ?").arg(table), {id}); !r)
            return r.error();
    for (qsizetype i = 0; i < t.patterns.size(); ++i) {
        const TechniquePattern& p = t.patterns.at(i);
        auto r = runSql(db,
                        QStringLiteral("INSERT INTO technique_patterns (id, technique_id, pattern_name, template, "
                                       "template_vars, intent_types, position) VALUES (?,?,?,?,?,?,?)"),
                        {newUuid(), id, p.name, p.templateText, compact(fromVariables(p.variables)),
                         compact(fromStrings(p.intentTypes)), int(i)});
        if (!r)
            return r.error();
    }
    for (qsizetype i = 0; i < t.examples.size(); ++i) {
        const TechniqueExample& e = t.examples.at(i);
        auto r = runSql(db,
                        QStringLiteral("INSERT INTO prompt_examples (id, original_prompt, enhanced_prompt, "
                                       "techniques_applied, intent_classification, complexity_level, explanation, "
                                       "key_improvements, source, technique_id, position) "
                                       "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                        {newUuid(), e.before, e.after, compact(QJsonArray{id}),
                         compact(QJsonObject{{QStringLiteral("primary"), e.intent}}), e.complexity,
                         nullIfEmpty(e.explanation), compact(fromStrings(e.improvements)),
                         user ? QStringLiteral("user_generated") : QStringLiteral("curated"), id, int(i)});
        if (!r)
            return r.error();
    }
    return {};
}

Result<QString> insertTemplateVersion(const QSqlDatabase& db, const PromptTemplate& t, const QString& familyId,
                                      int version, const CatalogIds& lookup, const VersionRow& row)
{
    const QString id = row.id.isEmpty() ? newUuid() : row.id;
    const QStringList techniqueIds = CatalogIds::mapped(t.techniques, lookup.techniqueIdOfCode);
    const QStringList intentIds = CatalogIds::mapped(t.intents, lookup.intentIdOfPath);
    auto inserted = runSql(
        db,
        QStringLiteral(
            "INSERT INTO prompt_templates (id, family_id, name, category, description, template_text, "
            "variables, technique_ids, intent_ids, quality_score, tags, difficulty_level, estimated_tokens, "
            "language, usage_count, success_rate, version, is_official, is_current, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ','now')))"),
        {id, familyId, t.name.trimmed(), categoryOf(t), nullIfEmpty(t.description), t.text,
         compact(fromVariables(t.variables)), compact(fromStrings(techniqueIds)), compact(fromStrings(intentIds)),
         t.qualityScore, compact(fromStrings(t.tags)), t.difficulty, estimateTokens(t.text),
         t.language.isEmpty() ? QStringLiteral("en") : t.language, t.usageCount,
         t.successRate ? QVariant(*t.successRate) : QVariant(), version, row.current ? 1 : 0,
         nullIfEmpty(row.createdAt)});
    if (!inserted)
        return inserted.error();
    return id;
}

} // namespace athanor
