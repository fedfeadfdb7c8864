#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogTypes.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace athanor {

// How catalog value types become rows and back, shared by the installer and the repositories.

// Rows store technique and intent ids; callers speak technique codes and intent paths.
struct CatalogIds
{
    QHash<QString, QString> techniqueIdOfCode;
    QHash<QString, QString> codeOfTechniqueId;
    QHash<QString, QString> intentIdOfPath;
    QHash<QString, QString> pathOfIntentId;

    static Result<CatalogIds> read(const QSqlDatabase& db);
    // The values of `keys` in `map`, skipping keys it does not have.
    static QStringList mapped(const QStringList& keys, const QHash<QString, QString>& map);
};

// The prompt_templates columns templateFromRow() reads, in its order.
const QString& templateColumns();
PromptTemplate templateFromRow(const QSqlQuery& query, const CatalogIds& ids);

// About four characters per token: a size hint for templates.
int estimateTokens(const QString& text);

enum class TechniqueOrigin { Official, User };

// Inserts or updates one technique row (a user save marks the row as edited), then replaces its
// patterns and worked examples.
Status writeTechnique(const QSqlDatabase& db, const Technique& technique, const QString& id, bool exists,
                      TechniqueOrigin origin);

// How a template version row is written besides its content: a new id and now, current, unless
// told otherwise (a synced version keeps the id and time it was made with).
struct VersionRow
{
    QString id;
    QString createdAt;
    bool current = true;
};

// Inserts one user (not official) version row of a template; the caller holds the transaction
// and has validated `t`. Unknown technique codes and intent paths are left out.
Result<QString> insertTemplateVersion(const QSqlDatabase& db, const PromptTemplate& t, const QString& familyId,
                                      int version, const CatalogIds& lookup, const VersionRow& row = {});

} // namespace athanor
