#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace athanor {
namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    return pattern;
}

Error variableError(const QString& name, const QString& what)
{
    return Error::data(what, QStringLiteral("variable %1").arg(name));
}

} // namespace

QStringList TemplateRenderer::placeholders(const QString& text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Result<QString> TemplateRenderer::formatValue(const TemplateVariable& variable, const QString& value)
{
    using Type = TemplateVariable::Type;
    const QString trimmed = value.trimmed();
    switch (variable.type) {
    case Type::Text:
        return value;
    case Type::String:
        if (value.contains(QLatin1Char('\n')))
            return variableError(variable.name, QCoreApplication::translate("athanor::TemplateRenderer",
                                                                            "'%1' takes one line of text")
                                                    .arg(variable.name));
        return value;
    case Type::Integer: {
        bool ok = false;
        const qlonglong number = trimmed.toLongLong(&ok);
        if (!ok)
            return variableError(variable.name,
                                 QCoreApplication::translate("athanor::TemplateRenderer",
                                                             "'%1' takes a whole number, not '%2'")
                                     .arg(variable.name, value));
        return QString::number(number);
    }
    case Type::Number: {
        bool ok = false;
        trimmed.toDouble(&ok);
        if (!ok)
            return variableError(variable.name, QCoreApplication::translate("athanor::TemplateRenderer",
                                                                            "'%1' takes a number, not '%2'")
                                                    .arg(variable.name, value));
        return trimmed;
    }
    case Type::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
            return QStringLiteral("yes");
        if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
            return QStringLiteral("no");
        return variableError(variable.name, QCoreApplication::translate("athanor::TemplateRenderer",
                                                                        "'%1' takes yes or no, not '%2'")
                                                .arg(variable.name, value));
    }
    case Type::Enum:
        if (!variable.choices.contains(trimmed))
            return variableError(
                variable.name,
                QCoreApplication::translate("athanor::TemplateRenderer", "'%1' takes one of %2, not '%3'")
                    .arg(variable.name, variable.choices.join(QStringLiteral(", ")), value));
        return trimmed;
    case Type::List: {
        QStringList items;
        for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                items << QStringLiteral("- ") + item.trimmed();
        return items.join(QLatin1Char('\n'));
    }
    }
    return value;
}

Result<QString> TemplateRenderer::render(const QString& text, const QList<TemplateVariable>& variables,
                                         const QMap<QString, QString>& values)
{
    QMap<QString, const TemplateVariable*> declared;
    for (const TemplateVariable& variable : variables)
        declared.insert(variable.name, &variable);

    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!declared.contains(it.key()))
            return variableError(it.key(),
                                 QCoreApplication::translate("athanor::TemplateRenderer",
                                                             "the template has no variable '%1' (it has: %2)")
                                     .arg(it.key(), QStringList(declared.keys()).join(QStringLiteral(", "))));

    QMap<QString, QString> filled;
    for (const TemplateVariable& variable : variables) {
        QString value;
        if (values.contains(variable.name))
            value = values.value(variable.name);
        else if (variable.hasDefault)
            value = variable.defaultValue;
        else if (variable.required)
            return variableError(variable.name,
                                 QCoreApplication::translate("athanor::TemplateRenderer",
                                                             "the required variable '%1' has no value")
                                     .arg(variable.name));
        else {
            filled.insert(variable.name, QString());
            continue;
        }
        if (variable.required && value.trimmed().isEmpty())
            return variableError(variable.name,
                                 QCoreApplication::translate("athanor::TemplateRenderer",
                                                             "the required variable '%1' is empty")
                                     .arg(variable.name));
        auto formatted = formatValue(variable, value);
        if (!formatted)
            return formatted.error();
        filled.insert(variable.name, *formatted);
    }

    QString result;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        if (!filled.contains(name))
            return variableError(name,
                                 QCoreApplication::translate("athanor::TemplateRenderer",
                                                             "the template uses '%1' but does not declare it")
                                     .arg(name));
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += filled.value(name);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace athanor
