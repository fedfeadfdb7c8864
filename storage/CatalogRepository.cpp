#include "CatalogRepository.h"

#include "CatalogInstaller.h"
#include "CatalogRows.h"
#include "Database.h"
#include "LearningRepository.h"
#include "SqlHelpers.h"
#include "core/catalog/CatalogJson.h"
#include "core/catalog/CatalogLoader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace athanor {

CatalogRepository::CatalogRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

int CatalogRepository::installedVersion() const
{
    auto r = runSql(m_database->connection(),
                    QStringLiteral("SELECT value FROM app_meta WHERE key = 'catalog_version'"));
    return r && r->next() ? r->value(0).toInt() : 0;
}

Result<bool> CatalogRepository::ensureCurrent()
{
    // Reading catalog.yaml alone is cheap; the full parse happens only when an install is due.
    auto shipped = CatalogLoader::loadVersion();
    if (!shipped)
        return shipped.error();
    if (installedVersion() >= *shipped)
        return false;
    auto catalog = CatalogLoader::loadDirectory();
    if (!catalog)
        return catalog.error();
    if (Status s = install(*catalog); !s)
        return s.error();
    return true;
}

Status CatalogRepository::install(const Catalog& catalog)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status s = CatalogInstaller(db).install(catalog); !s)
        return s;
    auto version = runSql(db,
                          QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('catalog_version', ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                          {QString::number(catalog.version)});
    if (!version)
        return version.error();
    return transaction.commit();
}

namespace {

QMap<int, double> complexityMap(const QString& json)
{
    QMap<int, double> map;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key().toInt(), it.value().toDouble());
    return map;
}

QMap<QString, double> domainMap(const QString& json)
{
    QMap<QString, double> map;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toDouble());
    return map;
}

} // namespace

Result<Catalog> CatalogRepository::load() const
{
    using namespace catalogjson;
    QSqlDatabase db = m_database->connection();
    Catalog catalog;
    catalog.version = installedVersion();

    auto techniques =
        runSql(db, QStringLiteral("SELECT id, code, name, category, subcategory, role, description, "
                                  "detailed_explanation, complexity_level, "
                                  "base_effectiveness, effectiveness_variance, requires_examples, "
                                  "is_experimental, is_active, origin, user_modified, "
                                  "when_to_use, when_not_to_use, prerequisites, conflicts_with, "
                                  "apply_section, apply_instruction, apply_variables, "
                                  "sources FROM techniques ORDER BY category, name"));
    if (!techniques)
        return techniques.error();
    QHash<QString, qsizetype> techniqueIndex; // id -> position in catalog.techniques
    QHash<QString, QString> codeOfId;
    while (techniques->next()) {
        const QSqlQuery& q = *techniques;
        Technique t;
        t.id = q.value(0).toString();
        t.code = q.value(1).toString();
        t.name = q.value(2).toString();
        t.category = q.value(3).toString();
        t.subcategory = q.value(4).toString();
        t.role = q.value(5).toString();
        t.description = q.value(6).toString();
        t.detailedExplanation = q.value(7).toString();
        t.complexity = q.value(8).toInt();
        t.baseEffectiveness = q.value(9).toDouble();
        t.effectivenessVariance = q.value(10).toDouble();
        t.requiresExamples = q.value(11).toBool();
        t.experimental = q.value(12).toBool();
        t.active = q.value(13).toBool();
        t.userDefined = q.value(14).toString() == QLatin1String("user") || q.value(15).toBool();
        t.whenToUse = toStrings(parseArray(q.value(16).toString()));
        t.whenNotToUse = toStrings(parseArray(q.value(17).toString()));
        t.prerequisites = toStrings(parseArray(q.value(18).toString()));
        t.conflictsWith = toStrings(parseArray(q.value(19).toString()));
        t.apply.section = q.value(20).toString();
        t.apply.instruction = q.value(21).toString();
        t.apply.variables = toVariables(parseArray(q.value(22).toString()));
        t.sources = toSources(parseArray(q.value(23).toString()));
        techniqueIndex.insert(t.id, catalog.techniques.size());
        codeOfId.insert(t.id, t.code);
        catalog.techniques << t;
    }

    auto patterns = runSql(
        db, QStringLiteral("SELECT technique_id, pattern_name, template, template_vars, intent_types "
                           "FROM technique_patterns WHERE is_active = 1 ORDER BY technique_id, position"));
    if (!patterns)
        return patterns.error();
    while (patterns->next()) {
        const qsizetype index = techniqueIndex.value(patterns->value(0).toString(), -1);
        if (index < 0)
            continue;
        catalog.techniques[index].patterns
            << TechniquePattern{patterns->value(1).toString(), patterns->value(2).toString(),
                                toVariables(parseArray(patterns->value(3).toString())),
                                toStrings(parseArray(patterns->value(4).toString()))};
    }

    auto examples =
        runSql(db, QStringLiteral("SELECT technique_id, original_prompt, enhanced_prompt, explanation, "
                                  "key_improvements, json_extract(intent_classification, '$.primary'), "
                                  "complexity_level FROM prompt_examples WHERE technique_id IS NOT NULL "
                                  "ORDER BY technique_id, position"));
    if (!examples)
        return examples.error();
    while (examples->next()) {
        const qsizetype index = techniqueIndex.value(examples->value(0).toString(), -1);
        if (index < 0)
            continue;
        catalog.techniques[index].examples << TechniqueExample{
            examples->value(1).toString(), examples->value(2).toString(),
            examples->value(3).toString(), toStrings(parseArray(examples->value(4).toString())),
            examples->value(5).toString(), examples->value(6).toInt()};
    }

    auto intents = runSql(
        db, QStringLiteral("SELECT id, path, name, description, typical_complexity, requires_creativity, "
                           "requires_analysis, requires_structure, keywords, example_prompts "
                           "FROM intent_taxonomy WHERE is_active = 1 ORDER BY tree_sortkey, path"));
    if (!intents)
        return intents.error();
    QHash<QString, QString> pathOfId;
    while (intents->next()) {
        const QSqlQuery& q = *intents;
        Intent i;
        i.id = q.value(0).toString();
        i.path = q.value(1).toString();
        i.name = q.value(2).toString();
        i.description = q.value(3).toString();
        i.typicalComplexity = q.value(4).toInt();
        i.requiresCreativity = q.value(5).toBool();
        i.requiresAnalysis = q.value(6).toBool();
        i.requiresStructure = q.value(7).toBool();
        i.keywords = toStrings(parseArray(q.value(8).toString()));
        i.examples = toStrings(parseArray(q.value(9).toString()));
        pathOfId.insert(i.id, i.path);
        catalog.intents << i;
    }

    auto effectiveness =
        runSql(db, QStringLiteral("SELECT intent_id, technique_id, effectiveness_score, confidence_level, "
                                  "complexity_adjustment, domain_adjustments "
                                  "FROM intent_technique_effectiveness"));
    if (!effectiveness)
        return effectiveness.error();
    while (effectiveness->next()) {
        const QSqlQuery& q = *effectiveness;
        EffectivenessMapping m;
        m.intent = pathOfId.value(q.value(0).toString());
        m.technique = codeOfId.value(q.value(1).toString());
        if (m.intent.isEmpty() || m.technique.isEmpty())
            continue;
        m.score = q.value(2).toDouble();
        m.confidence = q.value(3).toDouble();
        m.complexityAdjustment = complexityMap(q.value(4).toString());
        m.domainAdjustments = domainMap(q.value(5).toString());
        catalog.effectiveness << m;
    }

    CatalogIds ids;
    ids.pathOfIntentId = pathOfId;
    ids.codeOfTechniqueId = codeOfId;
    auto templates = runSql(db, QStringLiteral("SELECT %1 FROM prompt_templates WHERE is_current = 1 "
                                               "ORDER BY category, name")
                                    .arg(templateColumns()));
    if (!templates)
        return templates.error();
    while (templates->next())
        catalog.templates << templateFromRow(*templates, ids);
    return catalog;
}

Result<Recommender> CatalogRepository::recommender() const
{
    auto catalog = load();
    if (!catalog)
        return catalog.error();
    QSet<QString> paths;
    for (const Intent& i : catalog->intents)
        paths.insert(i.path);
    Recommender::EffectivenessTable table;
    for (const EffectivenessMapping& m : catalog->effectiveness)
        table[m.intent].insert(m.technique, m.score);
    Recommender recommender(catalog->techniques, paths, table);
    auto learned = LearningRepository(m_database).learned();
    if (!learned)
        return learned.error();
    recommender.setLearned(*learned);
    return recommender;
}

Status CatalogRepository::checkIntent(const QString& path) const
{
    auto known = runSql(m_database->connection(),
                        QStringLiteral("SELECT 1 FROM intent_taxonomy WHERE path = ?"), {path});
    if (!known)
        return known.error();
    if (!known->next())
        return Error::data(
            QCoreApplication::translate("athanor::CatalogRepository", "no intent %1").arg(path),
            QStringLiteral("intent taxonomy"),
            QCoreApplication::translate("athanor::CatalogRepository", "athanor-cli intents lists them"));
    return {};
}

Status CatalogRepository::checkTechniques(const QStringList& codes) const
{
    for (const QString& code : codes) {
        auto known = runSql(m_database->connection(),
                            QStringLiteral("SELECT 1 FROM techniques WHERE code = ?"), {code});
        if (!known)
            return known.error();
        if (!known->next())
            return Error::data(
                QCoreApplication::translate("athanor::CatalogRepository", "no technique %1").arg(code),
                QStringLiteral("technique catalog"),
                QCoreApplication::translate("athanor::CatalogRepository",
                                            "athanor-cli techniques lists them"));
    }
    return {};
}

} // namespace athanor
