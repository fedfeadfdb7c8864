#include "TemplateRepository.h"

#include "CatalogRows.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"
#include "core/catalog/CatalogJson.h"
#include "core/catalog/CatalogLint.h"

#include <QCoreApplication>
#include <QHash>

namespace athanor {

using namespace catalogjson;

namespace {

QStringList problemsOf(const PromptTemplate& t, const CatalogIds& lookup)
{
    QStringList problems;
    if (t.name.trimmed().isEmpty())
        problems << QCoreApplication::translate("athanor::TemplateRepository", "the name is empty");
    if (t.text.trimmed().isEmpty())
        problems << QCoreApplication::translate("athanor::TemplateRepository", "the text is empty");
    problems << CatalogLint::checkVariables(t.text, t.variables);
    for (const QString& code : t.techniques)
        if (!lookup.techniqueIdOfCode.contains(code))
            problems << QCoreApplication::translate("athanor::TemplateRepository", "unknown technique '%1'")
                            .arg(code);
    for (const QString& path : t.intents)
        if (!lookup.intentIdOfPath.contains(path))
            problems << QCoreApplication::translate("athanor::TemplateRepository", "unknown intent '%1'")
                            .arg(path);
    return problems;
}

Error invalid(const PromptTemplate& t, const QStringList& problems)
{
    return Error::usage(
        QCoreApplication::translate("athanor::TemplateRepository", "the template cannot be saved: %1")
            .arg(problems.join(QStringLiteral("; "))),
        t.name.isEmpty() ? QStringLiteral("template") : QStringLiteral("template %1").arg(t.name));
}

Result<PromptTemplate> readOne(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    auto lookup = CatalogIds::read(db);
    if (!lookup)
        return lookup.error();
    auto q =
        runSql(db, QStringLiteral("SELECT %1 FROM prompt_templates WHERE %2").arg(templateColumns(), where), values);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::data(QCoreApplication::translate("athanor::TemplateRepository", "no such template"),
                           values.value(0).toString());
    return templateFromRow(*q, *lookup);
}

} // namespace

TemplateRepository::TemplateRepository(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

Result<QList<PromptTemplate>> TemplateRepository::versions(const QString& familyId) const
{
    QSqlDatabase db = m_database->connection();
    auto lookup = CatalogIds::read(db);
    if (!lookup)
        return lookup.error();
    auto q = runSql(
        db,
        QStringLiteral("SELECT %1 FROM prompt_templates WHERE family_id = ? ORDER BY version").arg(templateColumns()),
        {familyId});
    if (!q)
        return q.error();
    QList<PromptTemplate> list;
    while (q->next())
        list << templateFromRow(*q, *lookup);
    return list;
}

Result<PromptTemplate> TemplateRepository::current(const QString& familyId) const
{
    return readOne(m_database->connection(), QStringLiteral("family_id = ? AND is_current = 1"), {familyId});
}

Result<PromptTemplate> TemplateRepository::saveNewVersion(const PromptTemplate& edited)
{
    if (edited.familyId.isEmpty())
        return Error::usage(QCoreApplication::translate("athanor::TemplateRepository",
                                                        "the template has no family to add a version to"),
                            edited.name);
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();

    auto lookup = CatalogIds::read(db);
    if (!lookup)
        return lookup.error();
    if (const QStringList problems = problemsOf(edited, *lookup); !problems.isEmpty())
        return invalid(edited, problems);

    // Usage statistics belong to the family, so the new version carries the current row's.
    auto current = runSql(db,
                          QStringLiteral("SELECT usage_count, success_rate, "
                                         "(SELECT MAX(version) FROM prompt_templates WHERE family_id = ?) "
                                         "FROM prompt_templates WHERE family_id = ? AND is_current = 1"),
                          {edited.familyId, edited.familyId});
    if (!current)
        return current.error();
    if (!current->next())
        return Error::data(QCoreApplication::translate("athanor::TemplateRepository", "no such template"),
                           edited.familyId);
    PromptTemplate next = edited;
    next.usageCount = current->value(0).toInt();
    next.successRate =
        current->isNull(1) ? std::nullopt : std::optional<double>(current->value(1).toDouble());
    const int version = current->value(2).toInt() + 1;

    // Demoted first: the unique index allows one current row per family.
    auto demoted = runSql(db,
                          QStringLiteral("UPDATE prompt_templates SET is_current = 0, "
                                         "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                                         "WHERE family_id = ? AND is_current = 1"),
                          {edited.familyId});
    if (!demoted)
        return demoted.error();
    auto id = insertTemplateVersion(db, next, edited.familyId, version, *lookup);
    if (!id)
        return id.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return readOne(db, QStringLiteral("id = ?"), {*id});
}

Result<PromptTemplate> TemplateRepository::restore(const QString& familyId, int version)
{
    auto all = versions(familyId);
    if (!all)
        return all.error();
    for (const PromptTemplate& old : *all) {
        if (old.version != version)
            continue;
        if (old.version == all->last().version)
            return Error::usage(QCoreApplication::translate("athanor::TemplateRepository",
                                                            "version %1 is already the current one")
                                    .arg(version),
                                old.name);
        return saveNewVersion(old);
    }
    return Error::usage(
        QCoreApplication::translate("athanor::TemplateRepository", "the template has no version %1")
            .arg(version),
        familyId);
}

Result<PromptTemplate> TemplateRepository::createUserTemplate(PromptTemplate promptTemplate)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto lookup = CatalogIds::read(db);
    if (!lookup)
        return lookup.error();
    if (const QStringList problems = problemsOf(promptTemplate, *lookup); !problems.isEmpty())
        return invalid(promptTemplate, problems);

    // A new family starts unused.
    promptTemplate.usageCount = 0;
    promptTemplate.successRate.reset();
    const QString familyId = newUuid();
    auto id = insertTemplateVersion(db, promptTemplate, familyId, 1, *lookup);
    if (!id)
        return id.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return readOne(db, QStringLiteral("id = ?"), {*id});
}

} // namespace athanor
