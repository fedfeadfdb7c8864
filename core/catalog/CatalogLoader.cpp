#include "CatalogLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <yaml-cpp/yaml.h>

namespace athanor {
namespace {

// Thrown inside this file only, turned into an Error at the parse functions' boundary.
struct ParseFailure
{
    int line;
    QString reason;
};

[[noreturn]] void fail(const YAML::Node& node, const QString& reason)
{
    throw ParseFailure{node.Mark().line + 1, reason};
}

QString toQString(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

const YAML::Node required(const YAML::Node& map, const char* key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        fail(map,
             QCoreApplication::translate("athanor::CatalogLoader", "missing '%1'").arg(QLatin1String(key)));
    return node;
}

QString text(const YAML::Node& map, const char* key, bool mandatory = true)
{
    const YAML::Node node = mandatory ? required(map, key) : map[key];
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (!node.IsScalar())
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be text")
                       .arg(QLatin1String(key)));
    return toQString(node).trimmed();
}

// Template and before/after texts keep their inner layout; only the final newline of a block goes.
QString block(const YAML::Node& map, const char* key)
{
    const YAML::Node node = required(map, key);
    if (!node.IsScalar())
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be text")
                       .arg(QLatin1String(key)));
    QString value = toQString(node);
    while (value.endsWith(QLatin1Char('\n')))
        value.chop(1);
    return value;
}

template <typename T>
T number(const YAML::Node& map, const char* key, T fallback, bool mandatory, T low, T high)
{
    const YAML::Node node = mandatory ? required(map, key) : map[key];
    if (!node.IsDefined() || node.IsNull())
        return fallback;
    T value{};
    try {
        value = node.as<T>();
    } catch (const YAML::BadConversion&) {
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be a number")
                       .arg(QLatin1String(key)));
    }
    if (value < low || value > high)
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be between %2 and %3")
                       .arg(QLatin1String(key))
                       .arg(low)
                       .arg(high));
    return value;
}

bool flag(const YAML::Node& map, const char* key, bool fallback)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return fallback;
    try {
        return node.as<bool>();
    } catch (const YAML::BadConversion&) {
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be true or false")
                       .arg(QLatin1String(key)));
    }
}

QStringList list(const YAML::Node& map, const char* key, bool mandatory = false)
{
    const YAML::Node node = mandatory ? required(map, key) : map[key];
    QStringList values;
    if (!node.IsDefined() || node.IsNull())
        return values;
    if (!node.IsSequence())
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be a list")
                       .arg(QLatin1String(key)));
    for (const YAML::Node& item : node) {
        if (!item.IsScalar())
            fail(item, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be a list of text")
                           .arg(QLatin1String(key)));
        values << toQString(item).trimmed();
    }
    return values;
}

YAML::Node sequence(const YAML::Node& map, const char* key, bool mandatory)
{
    const YAML::Node node = mandatory ? required(map, key) : map[key];
    if (node.IsDefined() && !node.IsNull() && !node.IsSequence())
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "'%1' must be a list")
                       .arg(QLatin1String(key)));
    return node;
}

QList<TemplateVariable> variables(const YAML::Node& map, const char* key)
{
    QList<TemplateVariable> result;
    const YAML::Node node = sequence(map, key, false);
    if (!node.IsDefined() || node.IsNull())
        return result;
    for (const YAML::Node& item : node) {
        if (!item.IsMap())
            fail(item, QCoreApplication::translate("athanor::CatalogLoader",
                                                   "a variable must be a map with name and type"));
        TemplateVariable variable;
        variable.name = text(item, "name");
        const QString type = text(item, "type");
        if (!TemplateVariable::typeFromName(type, &variable.type))
            fail(item, QCoreApplication::translate("athanor::CatalogLoader", "unknown variable type '%1'")
                           .arg(type));
        variable.description = text(item, "description", false);
        variable.required = flag(item, "required", true);
        const YAML::Node defaultNode = item["default"];
        if (defaultNode.IsDefined() && !defaultNode.IsNull()) {
            if (defaultNode.IsSequence()) {
                QStringList items;
                for (const YAML::Node& value : defaultNode)
                    items << toQString(value);
                variable.defaultValue = items.join(QStringLiteral(", "));
            } else {
                variable.defaultValue = toQString(defaultNode);
            }
            variable.hasDefault = true;
        }
        variable.choices = list(item, "choices");
        if (variable.type == TemplateVariable::Type::Enum && variable.choices.isEmpty())
            fail(item,
                 QCoreApplication::translate("athanor::CatalogLoader", "enum variable '%1' needs choices")
                     .arg(variable.name));
        result << variable;
    }
    return result;
}

Technique parseTechnique(const YAML::Node& node)
{
    if (!node.IsMap())
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "a technique must be a map"));
    Technique t;
    t.code = text(node, "code");
    t.name = text(node, "name");
    t.category = text(node, "category");
    t.subcategory = text(node, "subcategory", false);
    t.role = text(node, "role");
    t.description = text(node, "description");
    t.detailedExplanation = text(node, "detailed_explanation", false);
    t.complexity = number<int>(node, "complexity", 3, true, 1, 5);
    t.baseEffectiveness = number<double>(node, "base_effectiveness", 0.7, true, 0.0, 1.0);
    t.effectivenessVariance = number<double>(node, "effectiveness_variance", 0.1, false, 0.0, 1.0);
    t.requiresExamples = flag(node, "requires_examples", false);
    t.experimental = flag(node, "experimental", false);
    t.whenToUse = list(node, "when_to_use", true);
    t.whenNotToUse = list(node, "when_not_to_use", true);
    t.prerequisites = list(node, "prerequisites");
    t.conflictsWith = list(node, "conflicts_with");

    const YAML::Node apply = required(node, "apply");
    t.apply.section = text(apply, "section");
    t.apply.instruction = text(apply, "instruction");
    t.apply.variables = variables(apply, "variables");

    for (const YAML::Node& s : sequence(node, "sources", true)) {
        TechniqueSource source;
        source.title = text(s, "title");
        source.authors = text(s, "authors");
        source.year = number<int>(s, "year", 0, true, 1900, 2100);
        source.url = text(s, "url");
        source.kind = text(s, "kind");
        t.sources << source;
    }
    for (const YAML::Node& p : sequence(node, "patterns", true)) {
        TechniquePattern pattern;
        pattern.name = text(p, "name");
        pattern.templateText = block(p, "template");
        pattern.variables = variables(p, "variables");
        pattern.intentTypes = list(p, "intent_types");
        t.patterns << pattern;
    }
    for (const YAML::Node& e : sequence(node, "examples", true)) {
        TechniqueExample example;
        example.before = block(e, "before");
        example.after = block(e, "after");
        example.explanation = text(e, "explanation", false);
        example.improvements = list(e, "improvements");
        example.intent = text(e, "intent", false);
        example.complexity = number<int>(e, "complexity", 3, false, 1, 5);
        t.examples << example;
    }
    return t;
}

void parseIntentNode(const YAML::Node& node, const QString& parent, QList<Intent>& out)
{
    if (!node.IsMap())
        fail(node, QCoreApplication::translate("athanor::CatalogLoader", "an intent must be a map"));
    Intent intent;
    intent.path = text(node, "code");
    if (!parent.isEmpty() && !intent.path.startsWith(parent + QLatin1Char('.')))
        fail(node, QCoreApplication::translate("athanor::CatalogLoader",
                                               "'%1' must start with its parent's code '%2.'")
                       .arg(intent.path, parent));
    if (parent.isEmpty() && intent.path.contains(QLatin1Char('.')))
        fail(node, QCoreApplication::translate("athanor::CatalogLoader",
                                               "top-level intent '%1' must not contain a dot")
                       .arg(intent.path));
    if (intent.path.mid(parent.isEmpty() ? 0 : parent.size() + 1).contains(QLatin1Char('.')))
        fail(node, QCoreApplication::translate("athanor::CatalogLoader",
                                               "'%1' must be exactly one level below '%2'")
                       .arg(intent.path, parent));
    intent.name = text(node, "name");
    intent.description = text(node, "description", false);
    intent.typicalComplexity = number<int>(node, "typical_complexity", 3, false, 1, 5);
    intent.requiresCreativity = flag(node, "requires_creativity", false);
    intent.requiresAnalysis = flag(node, "requires_analysis", false);
    intent.requiresStructure = flag(node, "requires_structure", false);
    intent.keywords = list(node, "keywords");
    intent.examples = list(node, "examples");
    out << intent;
    for (const YAML::Node& child : sequence(node, "children", false))
        parseIntentNode(child, intent.path, out);
}

template <typename Parse>
auto guarded(const QByteArray& yaml, const QString& file, Parse parse) -> Result<decltype(parse(YAML::Node()))>
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsSequence())
            return Error::data(
                QCoreApplication::translate("athanor::CatalogLoader", "the file must hold a YAML list"),
                QStringLiteral("%1:1").arg(file));
        return parse(root);
    } catch (const ParseFailure& failure) {
        return Error::data(failure.reason, QStringLiteral("%1:%2").arg(file).arg(failure.line));
    } catch (const YAML::Exception& e) {
        return Error::data(QString::fromStdString(e.msg), QStringLiteral("%1:%2").arg(file).arg(e.mark.line + 1));
    }
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::data(
            QCoreApplication::translate("athanor::CatalogLoader", "cannot read the catalog file"), path);
    return file.readAll();
}

} // namespace

Result<QList<Technique>> CatalogLoader::parseTechniques(const QByteArray& yaml, const QString& file)
{
    return guarded(yaml, file, [](const YAML::Node& root) {
        QList<Technique> techniques;
        for (const YAML::Node& node : root)
            techniques << parseTechnique(node);
        return techniques;
    });
}

Result<QList<Intent>> CatalogLoader::parseIntents(const QByteArray& yaml, const QString& file)
{
    return guarded(yaml, file, [](const YAML::Node& root) {
        QList<Intent> intents;
        for (const YAML::Node& node : root)
            parseIntentNode(node, QString(), intents);
        return intents;
    });
}

Result<QList<EffectivenessMapping>> CatalogLoader::parseEffectiveness(const QByteArray& yaml, const QString& file)
{
    return guarded(yaml, file, [](const YAML::Node& root) {
        QList<EffectivenessMapping> mappings;
        for (const YAML::Node& node : root) {
            EffectivenessMapping m;
            m.intent = text(node, "intent");
            m.technique = text(node, "technique");
            m.score = number<double>(node, "score", 0.7, true, 0.0, 1.0);
            m.confidence = number<double>(node, "confidence", 0.8, false, 0.0, 1.0);
            const YAML::Node complexity = node["complexity_adjustment"];
            if (complexity.IsDefined() && !complexity.IsNull()) {
                if (!complexity.IsMap())
                    fail(complexity,
                         QCoreApplication::translate("athanor::CatalogLoader",
                                                     "'complexity_adjustment' must map 1-5 to a number"));
                for (const auto& kv : complexity) {
                    const int level = kv.first.as<int>();
                    if (level < 1 || level > 5)
                        fail(kv.first, QCoreApplication::translate("athanor::CatalogLoader",
                                                                   "complexity levels are 1 to 5"));
                    m.complexityAdjustment.insert(level, kv.second.as<double>());
                }
            }
            const YAML::Node domains = node["domain_adjustments"];
            if (domains.IsDefined() && !domains.IsNull()) {
                if (!domains.IsMap())
                    fail(domains,
                         QCoreApplication::translate("athanor::CatalogLoader",
                                                     "'domain_adjustments' must map a domain to a number"));
                for (const auto& kv : domains)
                    m.domainAdjustments.insert(toQString(kv.first), kv.second.as<double>());
            }
            mappings << m;
        }
        return mappings;
    });
}

Result<QList<PromptTemplate>> CatalogLoader::parseTemplates(const QByteArray& yaml, const QString& file)
{
    return guarded(yaml, file, [](const YAML::Node& root) {
        QList<PromptTemplate> templates;
        for (const YAML::Node& node : root) {
            PromptTemplate t;
            t.name = text(node, "name");
            t.category = text(node, "category");
            t.description = text(node, "description", false);
            t.intents = list(node, "intents");
            t.techniques = list(node, "techniques", true);
            t.text = block(node, "template");
            t.variables = variables(node, "variables");
            t.qualityScore = number<double>(node, "quality_score", 0.8, false, 0.0, 1.0);
            t.difficulty = number<int>(node, "difficulty", 2, false, 1, 5);
            t.tags = list(node, "tags");
            const QString language = text(node, "language", false);
            if (!language.isEmpty())
                t.language = language;
            t.official = true;
            templates << t;
        }
        return templates;
    });
}

Result<int> CatalogLoader::loadVersion(const QString& dir)
{
    auto meta = readFile(QDir(dir).filePath(QStringLiteral("catalog.yaml")));
    if (!meta)
        return meta.error();
    try {
        const YAML::Node node = YAML::Load(meta->toStdString());
        const int version = node["version"].as<int>();
        if (version < 1)
            return Error::data(QCoreApplication::translate("athanor::CatalogLoader",
                                                           "the catalog version must be 1 or more"),
                               QStringLiteral("catalog.yaml"));
        return version;
    } catch (const YAML::Exception& e) {
        return Error::data(QCoreApplication::translate("athanor::CatalogLoader",
                                                       "catalog.yaml needs a whole-number 'version'"),
                           QStringLiteral("catalog.yaml:%1").arg(e.mark.line + 1));
    }
}

Result<Catalog> CatalogLoader::loadDirectory(const QString& dir)
{
    const QDir root(dir);
    Catalog catalog;
    auto version = loadVersion(dir);
    if (!version)
        return version.error();
    catalog.version = *version;

    const QDir techniques(root.filePath(QStringLiteral("techniques")));
    for (const QString& name : techniques.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        auto bytes = readFile(techniques.filePath(name));
        if (!bytes)
            return bytes.error();
        auto parsed = parseTechniques(*bytes, QStringLiteral("techniques/") + name);
        if (!parsed)
            return parsed.error();
        catalog.techniques << *parsed;
    }

    auto intents = readFile(root.filePath(QStringLiteral("intents.yaml")));
    if (!intents)
        return intents.error();
    auto parsedIntents = parseIntents(*intents, QStringLiteral("intents.yaml"));
    if (!parsedIntents)
        return parsedIntents.error();
    catalog.intents = *parsedIntents;

    auto effectiveness = readFile(root.filePath(QStringLiteral("effectiveness.yaml")));
    if (!effectiveness)
        return effectiveness.error();
    auto parsedEffectiveness = parseEffectiveness(*effectiveness, QStringLiteral("effectiveness.yaml"));
    if (!parsedEffectiveness)
        return parsedEffectiveness.error();
    catalog.effectiveness = *parsedEffectiveness;

    const QDir templates(root.filePath(QStringLiteral("templates")));
    for (const QString& name : templates.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        auto bytes = readFile(templates.filePath(name));
        if (!bytes)
            return bytes.error();
        auto parsed = parseTemplates(*bytes, QStringLiteral("templates/") + name);
        if (!parsed)
            return parsed.error();
        catalog.templates << *parsed;
    }
    return catalog;
}

} // namespace athanor
