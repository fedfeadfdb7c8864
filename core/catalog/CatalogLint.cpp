#include "CatalogLint.h"

#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace athanor {

const QStringList& CatalogLint::categories()
{
    static const QStringList values{QStringLiteral("reasoning"),    QStringLiteral("decomposition"),
                                    QStringLiteral("examples"),     QStringLiteral("role_persona"),
                                    QStringLiteral("structure"),    QStringLiteral("output_control"),
                                    QStringLiteral("verification"), QStringLiteral("context")};
    return values;
}

const QStringList& CatalogLint::sections()
{
    static const QStringList values{QStringLiteral("persona"),   QStringLiteral("context"), QStringLiteral("task"),
                                    QStringLiteral("reasoning"), QStringLiteral("output"),  QStringLiteral("verification")};
    return values;
}

QStringList CatalogLint::checkVariables(const QString& text, const QList<TemplateVariable>& variables)
{
    QStringList problems;
    const QStringList used = TemplateRenderer::placeholders(text);
    QSet<QString> declared;
    for (const TemplateVariable& variable : variables) {
        if (declared.contains(variable.name))
            problems << QCoreApplication::translate("athanor::CatalogLint", "variable '%1' is declared twice")
                            .arg(variable.name);
        declared.insert(variable.name);
        if (!used.contains(variable.name))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "variable '%1' is declared but not used")
                            .arg(variable.name);
        if (variable.hasDefault) {
            auto formatted = TemplateRenderer::formatValue(variable, variable.defaultValue);
            if (!formatted)
                problems << QCoreApplication::translate("athanor::CatalogLint", "default of '%1': %2")
                                .arg(variable.name, formatted.error().what);
        }
    }
    for (const QString& name : used)
        if (!declared.contains(name))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "'{{%1}}' is used but not declared")
                            .arg(name);
    return problems;
}

QStringList CatalogLint::checkTechnique(const Technique& t, const Catalog& catalog)
{
    QStringList problems;
    auto problem = [&](const QString& text) { problems << QStringLiteral("technique %1: %2").arg(t.code, text); };
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!codePattern.match(t.code).hasMatch())
        problem(QCoreApplication::translate("athanor::CatalogLint",
                                            "the code must be lower-case letters, digits and '_'"));
    if (t.name.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no name"));
    if (!categories().contains(t.category))
        problem(QCoreApplication::translate("athanor::CatalogLint", "unknown category '%1'").arg(t.category));
    if (!sections().contains(t.role))
        problem(QCoreApplication::translate("athanor::CatalogLint", "unknown role '%1'").arg(t.role));
    if (t.description.size() < 20)
        problem(
            QCoreApplication::translate("athanor::CatalogLint", "the description is missing or too short"));
    if (t.complexity < 1 || t.complexity > 5)
        problem(QCoreApplication::translate("athanor::CatalogLint", "complexity must be 1 to 5"));
    if (t.baseEffectiveness < 0 || t.baseEffectiveness > 1)
        problem(QCoreApplication::translate("athanor::CatalogLint", "base effectiveness must be 0 to 1"));
    if (t.whenToUse.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no 'when to use'"));
    if (t.whenNotToUse.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no 'when not to use'"));
    if (!sections().contains(t.apply.section))
        problem(QCoreApplication::translate("athanor::CatalogLint", "unknown apply section '%1'")
                    .arg(t.apply.section));
    if (t.apply.instruction.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no apply instruction"));
    for (const QString& p : checkVariables(t.apply.instruction, t.apply.variables))
        problem(QCoreApplication::translate("athanor::CatalogLint", "apply: %1").arg(p));
    for (const TemplateVariable& v : t.apply.variables)
        if (!v.hasDefault)
            problem(QCoreApplication::translate("athanor::CatalogLint", "apply variable '%1' needs a default")
                        .arg(v.name));
    if (!t.userDefined && t.sources.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no source"));
    for (const TechniqueSource& s : t.sources)
        if (s.title.isEmpty() || s.authors.isEmpty() || s.year < 1900 || !s.url.startsWith(QLatin1String("http")))
            problem(QCoreApplication::translate("athanor::CatalogLint",
                                                "source '%1' needs a title, authors, a year and a URL")
                        .arg(s.title));
    if (t.patterns.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no pattern template"));
    for (const TechniquePattern& p : t.patterns) {
        if (p.templateText.trimmed().isEmpty())
            problem(QCoreApplication::translate("athanor::CatalogLint", "pattern '%1' has no template")
                        .arg(p.name));
        for (const QString& v : checkVariables(p.templateText, p.variables))
            problem(QCoreApplication::translate("athanor::CatalogLint", "pattern '%1': %2").arg(p.name, v));
        for (const QString& intent : p.intentTypes)
            if (!catalog.intent(intent))
                problem(QCoreApplication::translate("athanor::CatalogLint",
                                                    "pattern '%1' names unknown intent '%2'")
                            .arg(p.name, intent));
    }
    if (!t.userDefined && t.examples.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no worked example"));
    for (const TechniqueExample& e : t.examples) {
        if (e.before.trimmed().isEmpty() || e.after.trimmed().isEmpty())
            problem(QCoreApplication::translate("athanor::CatalogLint",
                                                "an example needs a 'before' and an 'after'"));
        if (!e.intent.isEmpty() && !catalog.intent(e.intent))
            problem(QCoreApplication::translate("athanor::CatalogLint", "example names unknown intent '%1'")
                        .arg(e.intent));
    }
    for (const QString& other : t.conflictsWith) {
        if (other == t.code)
            problem(QCoreApplication::translate("athanor::CatalogLint", "conflicts with itself"));
        else if (!catalog.technique(other))
            problem(
                QCoreApplication::translate("athanor::CatalogLint", "conflicts with unknown technique '%1'")
                    .arg(other));
    }
    return problems;
}

QStringList CatalogLint::checkTemplate(const PromptTemplate& t, const Catalog& catalog)
{
    QStringList problems;
    auto problem = [&](const QString& text) {
        problems
            << QCoreApplication::translate("athanor::CatalogLint", "template '%1': %2").arg(t.name, text);
    };
    if (t.name.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no name"));
    if (t.text.trimmed().isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "no template text"));
    if (t.techniques.isEmpty())
        problem(QCoreApplication::translate("athanor::CatalogLint", "applies no technique"));
    for (const QString& code : t.techniques)
        if (!catalog.technique(code))
            problem(QCoreApplication::translate("athanor::CatalogLint", "unknown technique '%1'").arg(code));
    for (const QString& intent : t.intents)
        if (!catalog.intent(intent))
            problem(QCoreApplication::translate("athanor::CatalogLint", "unknown intent '%1'").arg(intent));
    for (const QString& v : checkVariables(t.text, t.variables))
        problem(v);
    return problems;
}

QStringList CatalogLint::check(const Catalog& catalog)
{
    QStringList problems;
    QSet<QString> codes;
    for (const Technique& t : catalog.techniques) {
        if (codes.contains(t.code))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "technique %1: the code is used twice")
                            .arg(t.code);
        codes.insert(t.code);
        problems << checkTechnique(t, catalog);
    }
    QSet<QString> paths;
    for (const Intent& i : catalog.intents) {
        if (paths.contains(i.path))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "intent %1: the path is used twice")
                            .arg(i.path);
        paths.insert(i.path);
        if (!i.parentPath().isEmpty() && !catalog.intent(i.parentPath()))
            problems << QCoreApplication::translate("athanor::CatalogLint", "intent %1: no parent %2")
                            .arg(i.path, i.parentPath());
        if (i.name.isEmpty() || i.keywords.isEmpty())
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "intent %1: needs a name and keywords")
                            .arg(i.path);
    }
    QSet<QString> pairs;
    for (const EffectivenessMapping& m : catalog.effectiveness) {
        const QString pair = m.intent + QLatin1Char('/') + m.technique;
        if (pairs.contains(pair))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "effectiveness %1: declared twice")
                            .arg(pair);
        pairs.insert(pair);
        if (!catalog.intent(m.intent))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "effectiveness %1: unknown intent")
                            .arg(pair);
        if (!catalog.technique(m.technique))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "effectiveness %1: unknown technique")
                            .arg(pair);
    }
    QSet<QString> names;
    for (const PromptTemplate& t : catalog.templates) {
        if (names.contains(t.name))
            problems << QCoreApplication::translate("athanor::CatalogLint",
                                                    "template '%1': the name is used twice")
                            .arg(t.name);
        names.insert(t.name);
        problems << checkTemplate(t, catalog);
    }
    return problems;
}

} // namespace athanor
