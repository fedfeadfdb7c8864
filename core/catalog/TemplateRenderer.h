#pragma once

#include "CatalogTypes.h"
#include "core/Result.h"

#include <QMap>

namespace athanor {

// {{name}} placeholders: finding them, and filling them with typed values.
class TemplateRenderer
{
public:
    // The placeholder names used in `text`, in order of first use, each once.
    static QStringList placeholders(const QString& text);

    // Fills every placeholder. A value comes from `values`, else the variable's default. A missing
    // required value, a value of the wrong type, an enum value outside its choices, a value for an
    // undeclared variable or a placeholder without declaration is an error naming the variable.
    static Result<QString> render(const QString& text, const QList<TemplateVariable>& variables,
                                  const QMap<QString, QString>& values);

    // Checks one value against its variable's type; returns the text to insert.
    static Result<QString> formatValue(const TemplateVariable& variable, const QString& value);
};

} // namespace athanor
