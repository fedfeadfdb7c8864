#include "CatalogInstaller.h"

#include "CatalogRows.h"
#include "SqlHelpers.h"
#include "core/Ids.h"
#include "core/catalog/CatalogJson.h"
#include "core/catalog/Recommender.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace athanor {

using namespace catalogjson;

namespace {

QString mapJson(const QMap<int, double>& map)
{
    if (map.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    return compact(object);
}

QString mapJson(const QMap<QString, double>& map)
{
    if (map.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return compact(object);
}

struct Installer
{
    QSqlDatabase db;
    QHash<QString, QString> techniqueIds; // code -> id (every technique, including user ones)
    QHash<QString, QString> intentIds;    // path -> id

    Status techniques(const Catalog& catalog);
    Status intents(const Catalog& catalog);
    Status effectiveness(const Catalog& catalog);
    Status templates(const Catalog& catalog);

    QJsonArray idsOf(const QStringList& keys, const QHash<QString, QString>& ids) const
    {
        QJsonArray array;
        for (const QString& key : keys)
            if (ids.contains(key))
                array.append(ids.value(key));
        return array;
    }
};

Status Installer::techniques(const Catalog& catalog)
{
    auto existing = runSql(db, QStringLiteral("SELECT id, code, origin = 'user' OR user_modified = 1 FROM techniques"));
    if (!existing)
        return existing.error();
    QHash<QString, bool> protectedCodes;
    while (existing->next()) {
        techniqueIds.insert(existing->value(1).toString(), existing->value(0).toString());
        protectedCodes.insert(existing->value(1).toString(), existing->value(2).toBool());
    }
    QStringList shipped;
    for (const Technique& t : catalog.techniques) {
        shipped << t.code;
        if (protectedCodes.value(t.code, false))
            continue; // the user's version wins
        const bool exists = techniqueIds.contains(t.code);
        const QString id = exists ? techniqueIds.value(t.code) : newUuid();
        techniqueIds.insert(t.code, id);
        if (Status s = writeTechnique(db, t, id, exists, TechniqueOrigin::Official); !s)
            return s;
    }
    // Official techniques a newer catalog dropped are kept (history refers to them) but retired.
    QStringList placeholders;
    QVariantList values;
    for (const QString& code : shipped) {
        placeholders << QStringLiteral("?");
        values << code;
    }
    auto retired = runSql(db,
                          QStringLiteral("UPDATE techniques SET is_active = 0 WHERE origin = 'official' AND "
                                         "user_modified = 0 AND code NOT IN (%1)")
                              .arg(placeholders.isEmpty() ? QStringLiteral("''") : placeholders.join(QLatin1Char(','))),
                          values);
    return retired ? Status() : Status(retired.error());
}

Status Installer::intents(const Catalog& catalog)
{
    auto existing = runSql(db, QStringLiteral("SELECT id, path FROM intent_taxonomy"));
    if (!existing)
        return existing.error();
    while (existing->next())
        intentIds.insert(existing->value(1).toString(), existing->value(0).toString());

    int order = 0;
    for (const Intent& i : catalog.intents) { // parents come before their children
        const bool exists = intentIds.contains(i.path);
        const QString id = exists ? intentIds.value(i.path) : newUuid();
        intentIds.insert(i.path, id);
        const QVariantList values{i.name,
                                  nullIfEmpty(intentIds.value(i.parentPath())),
                                  i.level(),
                                  i.typicalComplexity,
                                  i.requiresCreativity ? 1 : 0,
                                  i.requiresAnalysis ? 1 : 0,
                                  i.requiresStructure ? 1 : 0,
                                  compact(fromStrings(i.keywords)),
                                  compact(fromStrings(i.examples)),
                                  nullIfEmpty(i.description),
                                  QStringLiteral("%1").arg(order++, 5, 10, QLatin1Char('0')),
                                  id};
        const QString sql =
            exists ? QStringLiteral("UPDATE intent_taxonomy SET name=?, parent_id=?, level=?, typical_complexity=?, "
                                    "requires_creativity=?, requires_analysis=?, requires_structure=?, keywords=?, "
                                    "example_prompts=?, description=?, tree_sortkey=?, is_active=1 WHERE id=?")
                   : QStringLiteral("INSERT INTO intent_taxonomy (name, parent_id, level, typical_complexity, "
                                    "requires_creativity, requires_analysis, requires_structure, keywords, "
                                    "example_prompts, description, tree_sortkey, id, code, path) "
                                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        QVariantList bound = values;
        if (!exists)
            bound << i.path << i.path;
        if (auto r = runSql(db, sql, bound); !r)
            return r.error();
    }
    return {};
}

Status Installer::effectiveness(const Catalog& catalog)
{
    if (auto r = runSql(db, QStringLiteral("DELETE FROM intent_technique_effectiveness WHERE technique_id IN "
                                           "(SELECT id FROM techniques WHERE origin = 'official' AND user_modified = 0)"));
        !r)
        return r.error();
    auto protectedRows = runSql(db, QStringLiteral("SELECT code FROM techniques WHERE origin = 'user' OR user_modified = 1"));
    if (!protectedRows)
        return protectedRows.error();
    QSet<QString> skip;
    while (protectedRows->next())
        skip.insert(protectedRows->value(0).toString());

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO intent_technique_effectiveness (intent_id, technique_id, "
                                  "effectiveness_score, confidence_level, complexity_adjustment, domain_adjustments) "
                                  "VALUES (?,?,?,?,?,?)"));
    for (const EffectivenessMapping& m : Recommender::materialize(catalog)) {
        if (skip.contains(m.technique) || !techniqueIds.contains(m.technique) || !intentIds.contains(m.intent))
            continue;
        insert.addBindValue(intentIds.value(m.intent));
        insert.addBindValue(techniqueIds.value(m.technique));
        insert.addBindValue(m.score);
        insert.addBindValue(m.confidence);
        insert.addBindValue(nullIfEmpty(mapJson(m.complexityAdjustment)));
        insert.addBindValue(nullIfEmpty(mapJson(m.domainAdjustments)));
        if (!insert.exec())
            return Error::data(
                QCoreApplication::translate("athanor::CatalogInstaller", "cannot store effectiveness %1/%2")
                    .arg(m.intent, m.technique),
                db.databaseName());
    }
    return {};
}

Status Installer::templates(const Catalog& catalog)
{
    // The current row of each official template family, found by the name of its official first
    // version: a user edit may rename the current one.
    auto existing = runSql(db, QStringLiteral("SELECT first.name, current.id, current.is_official "
                                              "FROM prompt_templates first JOIN prompt_templates current "
                                              "ON current.family_id = first.family_id AND current.is_current = 1 "
                                              "WHERE first.version = 1 AND first.is_official = 1"));
    if (!existing)
        return existing.error();
    QHash<QString, QPair<QString, bool>> current;
    while (existing->next())
        current.insert(existing->value(0).toString(), {existing->value(1).toString(), existing->value(2).toBool()});

    for (const PromptTemplate& t : catalog.templates) {
        const auto found = current.constFind(t.name);
        if (found != current.constEnd() && !found->second)
            continue; // the user edited it: their version stays current
        const QVariantList values{t.category,
                                  t.text,
                                  compact(fromVariables(t.variables)),
                                  compact(idsOf(t.techniques, techniqueIds)),
                                  compact(idsOf(t.intents, intentIds)),
                                  t.qualityScore,
                                  compact(fromStrings(t.tags)),
                                  t.difficulty,
                                  estimateTokens(t.text),
                                  t.language,
                                  nullIfEmpty(t.description)};
        if (found != current.constEnd()) {
            QVariantList bound = values;
            bound << found->first;
            auto r = runSql(db,
                            QStringLiteral("UPDATE prompt_templates SET category=?, template_text=?, variables=?, "
                                           "technique_ids=?, intent_ids=?, quality_score=?, tags=?, difficulty_level=?, "
                                           "estimated_tokens=?, language=?, description=?, "
                                           "updated_at=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id=?"),
                            bound);
            if (!r)
                return r.error();
        } else {
            const QString id = newUuid();
            QVariantList bound = values;
            bound << id << id << t.name;
            auto r = runSql(db,
                            QStringLiteral("INSERT INTO prompt_templates (category, template_text, variables, "
                                           "technique_ids, intent_ids, quality_score, tags, difficulty_level, "
                                           "estimated_tokens, language, description, id, family_id, name, is_official, "
                                           "version, is_current) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1)"),
                            bound);
            if (!r)
                return r.error();
        }
    }
    return {};
}

} // namespace

Status CatalogInstaller::install(const Catalog& catalog)
{
    Installer installer{m_db, {}, {}};
    if (Status s = installer.techniques(catalog); !s)
        return s;
    if (Status s = installer.intents(catalog); !s)
        return s;
    if (Status s = installer.effectiveness(catalog); !s)
        return s;
    return installer.templates(catalog);
}

} // namespace athanor
