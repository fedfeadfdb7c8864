#pragma once

#include "core/catalog/CatalogTypes.h"

namespace athanor::test {

// A small catalog for storage and UI tests: techniques "cot" and "few", intents "reasoning" and
// "reasoning.math", one effectiveness mapping on "reasoning", one template "Solve".
inline TemplateVariable fixtureVariable(const QString& name)
{
    TemplateVariable v;
    v.name = name;
    v.description = QStringLiteral("The %1").arg(name);
    return v;
}

inline Technique fixtureTechnique(const QString& code, const QString& description)
{
    Technique t;
    t.code = code;
    t.name = code.toUpper();
    t.category = QStringLiteral("reasoning");
    t.role = QStringLiteral("reasoning");
    t.description = description;
    t.complexity = 3;
    t.baseEffectiveness = 0.6;
    t.whenToUse = {QStringLiteral("always")};
    t.whenNotToUse = {QStringLiteral("never")};
    t.conflictsWith = {};
    t.apply = {QStringLiteral("reasoning"), QStringLiteral("Think."), {}};
    t.sources = {{QStringLiteral("Paper"), QStringLiteral("A. Author"), 2022, QStringLiteral("https://x"), QStringLiteral("paper")}};
    t.patterns = {{QStringLiteral("p"), QStringLiteral("{{task}}\nThink."), {fixtureVariable(QStringLiteral("task"))}, {QStringLiteral("reasoning")}}};
    t.examples = {{QStringLiteral("before"), QStringLiteral("after\nline"), QStringLiteral("why"), {QStringLiteral("clearer")},
                   QStringLiteral("reasoning.math"), 2}};
    return t;
}

inline Catalog fixtureCatalog(int version, const QString& cotDescription = QStringLiteral("Chain of thought: reason step by step."))
{
    Catalog c;
    c.version = version;
    c.techniques << fixtureTechnique(QStringLiteral("cot"), cotDescription) << fixtureTechnique(QStringLiteral("few"), QStringLiteral("Few-shot: show worked examples first."));
    Intent reasoning;
    reasoning.path = QStringLiteral("reasoning");
    reasoning.name = QStringLiteral("Reasoning");
    reasoning.keywords = {QStringLiteral("why")};
    Intent math = reasoning;
    math.path = QStringLiteral("reasoning.math");
    math.name = QStringLiteral("Math");
    math.examples = {QStringLiteral("what is 2+2")};
    c.intents << reasoning << math;
    c.effectiveness << EffectivenessMapping{QStringLiteral("reasoning"), QStringLiteral("cot"), 0.8, 0.7, {{3, 0.1}}, {}};
    PromptTemplate t;
    t.name = QStringLiteral("Solve");
    t.category = QStringLiteral("reasoning");
    t.intents = {QStringLiteral("reasoning.math")};
    t.techniques = {QStringLiteral("cot")};
    t.text = QStringLiteral("Solve {{task}}");
    t.variables = {fixtureVariable(QStringLiteral("task"))};
    c.templates << t;
    return c;
}

} // namespace athanor::test
