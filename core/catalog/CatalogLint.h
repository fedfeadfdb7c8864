#pragma once

#include "CatalogTypes.h"

namespace athanor {

// Checks catalog data for what a loader cannot: every field a technique needs is there and
// sensible, declared variables equal used ones, references (codes, intent paths) resolve.
// Each problem is one line naming the item.
class CatalogLint
{
public:
    static QStringList check(const Catalog& catalog);
    // One technique against a catalog: also used to validate the user's own techniques.
    static QStringList checkTechnique(const Technique& technique, const Catalog& catalog);
    static QStringList checkTemplate(const PromptTemplate& promptTemplate, const Catalog& catalog);
    // Declared names that the text does not use, and used names that are not declared.
    static QStringList checkVariables(const QString& text, const QList<TemplateVariable>& variables);

    static const QStringList& categories();
    static const QStringList& sections();
};

} // namespace athanor
