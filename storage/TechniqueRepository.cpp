#include "TechniqueRepository.h"

#include "CatalogRows.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"
#include "core/catalog/CatalogLint.h"

#include <QCoreApplication>

namespace athanor {

TechniqueRepository::TechniqueRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Technique TechniqueRepository::duplicate(const Technique& source, const Catalog& catalog)
{
    Technique copy = source;
    copy.id.clear();
    copy.userDefined = true;
    copy.active = true;
    copy.name = QCoreApplication::translate("athanor::TechniqueRepository", "%1 (copy)").arg(source.name);
    QString code = source.code + QStringLiteral("_copy");
    for (int n = 2; catalog.technique(code); ++n)
        code = QStringLiteral("%1_copy%2").arg(source.code).arg(n);
    copy.code = code;
    return copy;
}

Result<Technique> TechniqueRepository::save(Technique t, const Catalog& catalog)
{
    t.userDefined = true;
    QStringList problems = CatalogLint::checkTechnique(t, catalog);
    if (!problems.isEmpty())
        return Error::data(problems.join(QStringLiteral("; ")), QStringLiteral("technique %1").arg(t.code));

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();

    auto existing = runSql(db, QStringLiteral("SELECT id FROM techniques WHERE code = ?"), {t.code});
    if (!existing)
        return existing.error();
    const bool exists = existing->next();
    t.id = exists ? existing->value(0).toString() : newUuid();

    if (Status s = writeTechnique(db, t, t.id, exists, TechniqueOrigin::User); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return t;
}

Status TechniqueRepository::setActive(const QString& code, bool active)
{
    auto r = runSql(m_database->connection(),
                    QStringLiteral("UPDATE techniques SET is_active = ?, user_modified = CASE WHEN origin = 'official' "
                                   "THEN 1 ELSE user_modified END, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                                   "WHERE code = ?"),
                    {active ? 1 : 0, code});
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error::data(
            QCoreApplication::translate("athanor::TechniqueRepository", "unknown technique '%1'").arg(code),
            QStringLiteral("technique"));
    return {};
}

} // namespace athanor
