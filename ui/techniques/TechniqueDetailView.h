#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QTextBrowser>

namespace athanor {

// One technique, readable: description, when to use and not, each template with its variables
// highlighted, worked examples (before → after, rendered as Markdown), the intents it serves
// best and its sources.
class TechniqueDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TechniqueDetailView(QWidget* parent = nullptr);

    // `effectiveness` are the catalog's intent rows; the best ones for this technique are listed.
    void showTechnique(const Technique& technique, const QList<EffectivenessMapping>& effectiveness,
                       const QList<Intent>& intents);
    void showNothing();

    static QString highlightVariables(const QString& templateText);
    static QString markdownToHtml(const QString& markdown);
};

} // namespace athanor
