#pragma once

#include "CatalogTypes.h"
#include "core/Result.h"

namespace athanor {

// Reads the catalog's YAML files (format: docs/catalog-format.md). Errors say `file:line: reason`.
class CatalogLoader
{
public:
    // The whole catalog from a folder laid out like resources/catalog (":/catalog" by default).
    static Result<Catalog> loadDirectory(const QString& dir = QStringLiteral(":/catalog"));
    // Only the version in catalog.yaml: cheap, for deciding whether an install is due.
    static Result<int> loadVersion(const QString& dir = QStringLiteral(":/catalog"));

    static Result<QList<Technique>> parseTechniques(const QByteArray& yaml, const QString& file);
    static Result<QList<Intent>> parseIntents(const QByteArray& yaml, const QString& file);
    static Result<QList<EffectivenessMapping>> parseEffectiveness(const QByteArray& yaml, const QString& file);
    static Result<QList<PromptTemplate>> parseTemplates(const QByteArray& yaml, const QString& file);
};

} // namespace athanor
