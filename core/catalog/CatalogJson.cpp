#include "CatalogJson.h"

#include <QJsonDocument>

namespace athanor::catalogjson {

QJsonArray fromStrings(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QStringList toStrings(const QJsonArray& array)
{
    QStringList values;
    for (const QJsonValue& value : array)
        values << value.toString();
    return values;
}

QJsonObject fromVariable(const TemplateVariable& v)
{
    QJsonObject object{{QStringLiteral("name"), v.name},
                       {QStringLiteral("type"), TemplateVariable::typeName(v.type)},
                       {QStringLiteral("description"), v.description},
                       {QStringLiteral("required"), v.required}};
    if (v.hasDefault)
        object.insert(QStringLiteral("default"), v.defaultValue);
    if (!v.choices.isEmpty())
        object.insert(QStringLiteral("choices"), fromStrings(v.choices));
    return object;
}

QJsonArray fromVariables(const QList<TemplateVariable>& variables)
{
    QJsonArray array;
    for (const TemplateVariable& v : variables)
        array.append(fromVariable(v));
    return array;
}

QList<TemplateVariable> toVariables(const QJsonArray& array)
{
    QList<TemplateVariable> variables;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        TemplateVariable v;
        v.name = o.value(QStringLiteral("name")).toString();
        TemplateVariable::typeFromName(o.value(QStringLiteral("type")).toString(), &v.type);
        v.description = o.value(QStringLiteral("description")).toString();
        v.required = o.value(QStringLiteral("required")).toBool(true);
        v.hasDefault = o.contains(QStringLiteral("default"));
        v.defaultValue = o.value(QStringLiteral("default")).toString();
        v.choices = toStrings(o.value(QStringLiteral("choices")).toArray());
        variables << v;
    }
    return variables;
}

QJsonArray fromSources(const QList<TechniqueSource>& sources)
{
    QJsonArray array;
    for (const TechniqueSource& s : sources)
        array.append(QJsonObject{{QStringLiteral("title"), s.title},
                                 {QStringLiteral("authors"), s.authors},
                                 {QStringLiteral("year"), s.year},
                                 {QStringLiteral("url"), s.url},
                                 {QStringLiteral("kind"), s.kind}});
    return array;
}

QList<TechniqueSource> toSources(const QJsonArray& array)
{
    QList<TechniqueSource> sources;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        sources << TechniqueSource{o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("authors")).toString(),
                                   o.value(QStringLiteral("year")).toInt(), o.value(QStringLiteral("url")).toString(),
                                   o.value(QStringLiteral("kind")).toString()};
    }
    return sources;
}

QJsonObject fromTechnique(const Technique& t)
{
    QJsonArray templates;
    for (const TechniquePattern& p : t.patterns)
        templates.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("template"), p.templateText},
                                     {QStringLiteral("variables"), fromVariables(p.variables)},
                                     {QStringLiteral("intent_types"), fromStrings(p.intentTypes)}});
    QJsonArray examples;
    for (const TechniqueExample& e : t.examples)
        examples.append(QJsonObject{{QStringLiteral("before"), e.before},
                                    {QStringLiteral("after"), e.after},
                                    {QStringLiteral("explanation"), e.explanation},
                                    {QStringLiteral("improvements"), fromStrings(e.improvements)},
                                    {QStringLiteral("intent"), e.intent},
                                    {QStringLiteral("complexity"), e.complexity}});
    return QJsonObject{
        {QStringLiteral("code"), t.code},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("category"), t.category},
        {QStringLiteral("subcategory"), t.subcategory},
        {QStringLiteral("role"), t.role},
        {QStringLiteral("complexity"), t.complexity},
        {QStringLiteral("base_effectiveness"), t.baseEffectiveness},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("detailed_explanation"), t.detailedExplanation},
        {QStringLiteral("when_to_use"), fromStrings(t.whenToUse)},
        {QStringLiteral("when_not_to_use"), fromStrings(t.whenNotToUse)},
        {QStringLiteral("prerequisites"), fromStrings(t.prerequisites)},
        {QStringLiteral("conflicts_with"), fromStrings(t.conflictsWith)},
        {QStringLiteral("templates"), templates},
        {QStringLiteral("examples"), examples},
        {QStringLiteral("sources"), fromSources(t.sources)},
        {QStringLiteral("active"), t.active},
        {QStringLiteral("user_defined"), t.userDefined},
        {QStringLiteral("effectiveness_variance"), t.effectivenessVariance},
        {QStringLiteral("requires_examples"), t.requiresExamples},
        {QStringLiteral("experimental"), t.experimental},
        {QStringLiteral("apply"), QJsonObject{{QStringLiteral("section"), t.apply.section},
                                              {QStringLiteral("instruction"), t.apply.instruction},
                                              {QStringLiteral("variables"), fromVariables(t.apply.variables)}}},
    };
}

Technique toTechnique(const QJsonObject& o)
{
    Technique t;
    t.code = o.value(QStringLiteral("code")).toString();
    t.name = o.value(QStringLiteral("name")).toString();
    t.category = o.value(QStringLiteral("category")).toString();
    t.subcategory = o.value(QStringLiteral("subcategory")).toString();
    t.role = o.value(QStringLiteral("role")).toString(QStringLiteral("task"));
    t.complexity = o.value(QStringLiteral("complexity")).toInt(3);
    t.baseEffectiveness = o.value(QStringLiteral("base_effectiveness")).toDouble(0.7);
    t.effectivenessVariance = o.value(QStringLiteral("effectiveness_variance")).toDouble(0.1);
    t.description = o.value(QStringLiteral("description")).toString();
    t.detailedExplanation = o.value(QStringLiteral("detailed_explanation")).toString();
    t.whenToUse = toStrings(o.value(QStringLiteral("when_to_use")).toArray());
    t.whenNotToUse = toStrings(o.value(QStringLiteral("when_not_to_use")).toArray());
    t.prerequisites = toStrings(o.value(QStringLiteral("prerequisites")).toArray());
    t.conflictsWith = toStrings(o.value(QStringLiteral("conflicts_with")).toArray());
    t.sources = toSources(o.value(QStringLiteral("sources")).toArray());
    t.active = o.value(QStringLiteral("active")).toBool(true);
    t.userDefined = o.value(QStringLiteral("user_defined")).toBool();
    t.requiresExamples = o.value(QStringLiteral("requires_examples")).toBool();
    t.experimental = o.value(QStringLiteral("experimental")).toBool();
    const QJsonObject apply = o.value(QStringLiteral("apply")).toObject();
    t.apply.section = apply.value(QStringLiteral("section")).toString();
    t.apply.instruction = apply.value(QStringLiteral("instruction")).toString();
    t.apply.variables = toVariables(apply.value(QStringLiteral("variables")).toArray());
    for (const QJsonValue& value : o.value(QStringLiteral("templates")).toArray()) {
        const QJsonObject p = value.toObject();
        t.patterns << TechniquePattern{p.value(QStringLiteral("name")).toString(),
                                       p.value(QStringLiteral("template")).toString(),
                                       toVariables(p.value(QStringLiteral("variables")).toArray()),
                                       toStrings(p.value(QStringLiteral("intent_types")).toArray())};
    }
    for (const QJsonValue& value : o.value(QStringLiteral("examples")).toArray()) {
        const QJsonObject e = value.toObject();
        t.examples << TechniqueExample{e.value(QStringLiteral("before")).toString(),
                                       e.value(QStringLiteral("after")).toString(),
                                       e.value(QStringLiteral("explanation")).toString(),
                                       toStrings(e.value(QStringLiteral("improvements")).toArray()),
                                       e.value(QStringLiteral("intent")).toString(),
                                       e.value(QStringLiteral("complexity")).toInt(3)};
    }
    return t;
}

QJsonObject fromIntent(const Intent& i)
{
    return QJsonObject{{QStringLiteral("path"), i.path},
                       {QStringLiteral("name"), i.name},
                       {QStringLiteral("description"), i.description},
                       {QStringLiteral("level"), i.level()},
                       {QStringLiteral("typical_complexity"), i.typicalComplexity},
                       {QStringLiteral("keywords"), fromStrings(i.keywords)},
                       {QStringLiteral("examples"), fromStrings(i.examples)}};
}

QJsonObject fromTemplate(const PromptTemplate& t)
{
    QJsonObject object{{QStringLiteral("id"), t.id},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("category"), t.category},
                       {QStringLiteral("description"), t.description},
                       {QStringLiteral("intents"), fromStrings(t.intents)},
                       {QStringLiteral("techniques"), fromStrings(t.techniques)},
                       {QStringLiteral("template"), t.text},
                       {QStringLiteral("variables"), fromVariables(t.variables)},
                       {QStringLiteral("quality_score"), t.qualityScore},
                       {QStringLiteral("difficulty"), t.difficulty},
                       {QStringLiteral("tags"), fromStrings(t.tags)},
                       {QStringLiteral("language"), t.language},
                       {QStringLiteral("usage_count"), t.usageCount},
                       {QStringLiteral("version"), t.version},
                       {QStringLiteral("official"), t.official},
                       {QStringLiteral("created_at"), t.createdAt}};
    object.insert(QStringLiteral("success_rate"), t.successRate ? QJsonValue(*t.successRate) : QJsonValue());
    return object;
}

PromptTemplate toTemplate(const QJsonObject& o)
{
    PromptTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.name = o.value(QStringLiteral("name")).toString();
    t.category = o.value(QStringLiteral("category")).toString();
    t.description = o.value(QStringLiteral("description")).toString();
    t.intents = toStrings(o.value(QStringLiteral("intents")).toArray());
    t.techniques = toStrings(o.value(QStringLiteral("techniques")).toArray());
    t.text = o.value(QStringLiteral("template")).toString();
    t.variables = toVariables(o.value(QStringLiteral("variables")).toArray());
    t.qualityScore = o.value(QStringLiteral("quality_score")).toDouble(0.8);
    t.difficulty = o.value(QStringLiteral("difficulty")).toInt(2);
    t.tags = toStrings(o.value(QStringLiteral("tags")).toArray());
    t.language = o.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    t.usageCount = o.value(QStringLiteral("usage_count")).toInt();
    const QJsonValue rate = o.value(QStringLiteral("success_rate"));
    if (rate.isDouble())
        t.successRate = rate.toDouble();
    t.version = o.value(QStringLiteral("version")).toInt(1);
    t.official = o.value(QStringLiteral("official")).toBool();
    t.createdAt = o.value(QStringLiteral("created_at")).toString();
    return t;
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace athanor::catalogjson
