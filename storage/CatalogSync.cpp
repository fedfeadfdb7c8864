#include "CatalogSync.h"

#include "CatalogRepository.h"
#include "CatalogRows.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"
#include "core/catalog/CatalogJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace athanor {

using namespace catalogjson;

namespace {

const QString kCatalogPrefix = QStringLiteral("catalog:");

// Version numbers are moved out of the way by this much while a family is renumbered (the
// unique index on family and version holds after every statement).
constexpr int kRenumberOffset = 1000000;

} // namespace

CatalogSync::CatalogSync(std::shared_ptr<Database> library) : m_library(std::move(library)) {}

Result<std::optional<QJsonObject>> CatalogSync::techniquePayload(const QString& code) const
{
    auto mine = runSql(m_library->connection(),
                       QStringLiteral("SELECT 1 FROM techniques WHERE code = ? AND (origin = 'user' OR "
                                      "user_modified = 1)"),
                       {code});
    if (!mine)
        return mine.error();
    if (!mine->next())
        return std::optional<QJsonObject>();
    auto catalog = CatalogRepository(m_library).load();
    if (!catalog)
        return catalog.error();
    const Technique* technique = catalog->technique(code);
    if (!technique)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(fromTechnique(*technique));
}

Status CatalogSync::applyTechnique(const QString& code, const std::optional<QJsonObject>& payload)
{
    QSqlDatabase db = m_library->connection();
    if (!payload) {
        auto gone = runSql(db, QStringLiteral("DELETE FROM techniques WHERE code = ? AND origin = 'user'"), {code});
        return gone ? Status() : Status(gone.error());
    }
    Technique technique = toTechnique(*payload);
    if (technique.code != code || technique.name.isEmpty())
        return Error::data(QCoreApplication::translate("athanor::CatalogSync",
                                                       "the server's technique %1 is not a technique")
                               .arg(code),
                           m_library->path());
    auto existing = runSql(db, QStringLiteral("SELECT id FROM techniques WHERE code = ?"), {code});
    if (!existing)
        return existing.error();
    const bool exists = existing->next();
    const QString id = exists ? existing->value(0).toString() : newUuid();
    // Saved as the user's: a catalog upgrade leaves it alone here too.
    return writeTechnique(db, technique, id, exists, TechniqueOrigin::User);
}

Result<QString> CatalogSync::familyOf(const QString& familyKey) const
{
    if (!familyKey.startsWith(kCatalogPrefix))
        return familyKey;
    auto family = runSql(m_library->connection(),
                         QStringLiteral("SELECT family_id FROM prompt_templates WHERE version = 1 AND "
                                        "is_official = 1 AND name = ?"),
                         {familyKey.mid(kCatalogPrefix.size())});
    if (!family)
        return family.error();
    return family->next() ? family->value(0).toString() : QString();
}

Result<std::optional<QJsonObject>> CatalogSync::templatePayload(const QString& familyKey) const
{
    auto family = familyOf(familyKey);
    if (!family)
        return family.error();
    QSqlDatabase db = m_library->connection();
    auto lookup = CatalogIds::read(db);
    if (!lookup)
        return lookup.error();
    auto rows = runSql(db,
                       QStringLiteral("SELECT %1 FROM prompt_templates WHERE family_id = ? AND is_official = 0 "
                                      "ORDER BY version")
                           .arg(templateColumns()),
                       {*family});
    if (!rows)
        return rows.error();
    QJsonArray versions;
    while (rows->next())
        versions.append(fromTemplate(templateFromRow(*rows, *lookup)));
    if (versions.isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("versions"), versions}});
}

Status CatalogSync::applyTemplate(const QString& familyKey, const QJsonObject& payload)
{
    auto family = familyOf(familyKey);
    if (!family)
        return family.error();
    if (family->isEmpty()) {
        qWarning("sync: this library has no shipped template %s; its versions are skipped", qPrintable(familyKey));
        return {};
    }
    QSqlDatabase db = m_library->connection();
    auto lookup = CatalogIds::read(db);
    if (!lookup)
        return lookup.error();
    auto here = runSql(db, QStringLiteral("SELECT id FROM prompt_templates WHERE family_id = ?"), {*family});
    if (!here)
        return here.error();
    QSet<QString> known;
    while (here->next())
        known.insert(here->value(0).toString());

    // New versions go in out of the numbering's way; the renumbering below places them.
    int spare = 2 * kRenumberOffset;
    for (const QJsonValue& value : payload.value(QStringLiteral("versions")).toArray()) {
        const PromptTemplate version = toTemplate(value.toObject());
        if (version.id.size() != 36 || known.contains(version.id) || version.text.isEmpty())
            continue;
        auto inserted = insertTemplateVersion(db, version, *family, ++spare, *lookup,
                                              VersionRow{version.id, version.createdAt, false});
        if (!inserted)
            return inserted.error();
    }

    auto users = runSql(db,
                        QStringLiteral("SELECT id FROM prompt_templates WHERE family_id = ? AND is_official = 0 "
                                       "ORDER BY created_at, id"),
                        {*family});
    if (!users)
        return users.error();
    QStringList order;
    while (users->next())
        order << users->value(0).toString();
    if (order.isEmpty())
        return {};
    const QStringList steps{
        QStringLiteral("UPDATE prompt_templates SET is_current = 0 WHERE family_id = ? AND is_current = 1"),
        QStringLiteral("UPDATE prompt_templates SET version = version + %1 WHERE family_id = ? AND is_official = 0 "
                       "AND version < %1")
            .arg(kRenumberOffset)};
    for (const QString& sql : steps)
        if (auto done = runSql(db, sql, {*family}); !done)
            return done.error();
    auto base = runSql(db,
                       QStringLiteral("SELECT coalesce(max(version), 0) FROM prompt_templates WHERE family_id = ? "
                                      "AND is_official = 1"),
                       {*family});
    if (!base || !base->next())
        return base ? Status(Error::data(
                          QCoreApplication::translate("athanor::CatalogSync", "template family %1 vanished")
                              .arg(*family)))
                    : base.error();
    const int first = base->value(0).toInt() + 1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        auto numbered = runSql(db, QStringLiteral("UPDATE prompt_templates SET version = ?, is_current = ? WHERE id = ?"),
                               {first + int(i), i == order.size() - 1 ? 1 : 0, order.at(i)});
        if (!numbered)
            return numbered.error();
    }
    return {};
}

} // namespace athanor
