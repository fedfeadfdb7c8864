#include "CatalogTypes.h"

namespace athanor {

namespace {

struct TypeName
{
    TemplateVariable::Type type;
    const char* name;
};

constexpr TypeName kTypeNames[] = {
    {TemplateVariable::Type::Text, "text"},       {TemplateVariable::Type::String, "string"},
    {TemplateVariable::Type::Integer, "integer"}, {TemplateVariable::Type::Number, "number"},
    {TemplateVariable::Type::Boolean, "boolean"}, {TemplateVariable::Type::Enum, "enum"},
    {TemplateVariable::Type::List, "list"},
};

} // namespace

QString TemplateVariable::typeName(Type type)
{
    for (const auto& entry : kTypeNames)
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    return QStringLiteral("text");
}

bool TemplateVariable::typeFromName(const QString& name, Type* type)
{
    for (const auto& entry : kTypeNames) {
        if (name == QLatin1String(entry.name)) {
            *type = entry.type;
            return true;
        }
    }
    return false;
}

QString Intent::parentPath() const
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : path.left(dot);
}

const Technique* Catalog::technique(const QString& code) const
{
    for (const Technique& t : techniques)
        if (t.code == code)
            return &t;
    return nullptr;
}

const Intent* Catalog::intent(const QString& path) const
{
    for (const Intent& i : intents)
        if (i.path == path)
            return &i;
    return nullptr;
}

QStringList Catalog::techniqueCodes() const
{
    QStringList codes;
    for (const Technique& t : techniques)
        codes << t.code;
    return codes;
}

} // namespace athanor
