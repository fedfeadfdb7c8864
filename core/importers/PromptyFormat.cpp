#include "PromptyFormat.h"

#include "ChatMessages.h"
#include "FrontMatter.h"
#include "ImportSupport.h"
#include "YamlSupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace athanor {
namespace {

// The body's role sections, as the Prompty runtime splits them: a line "system:" (or "# user:").
QList<ChatMessages::Message> roleSections(const QString& body)
{
    static const QRegularExpression header(
        QStringLiteral(R"(^[ \t]*#?[ \t]*(system|user|assistant|developer|function|tool)[ \t]*:[ \t]*$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QList<ChatMessages::Message> sections;
    qsizetype textStart = 0;
    QString role;
    for (auto it = header.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const QString before = body.mid(textStart, match.capturedStart() - textStart);
        if (!role.isEmpty())
            sections << ChatMessages::Message{role, ImportSupport::trimBlock(before)};
        else if (!before.trimmed().isEmpty())
            sections << ChatMessages::Message{QStringLiteral("system"), ImportSupport::trimBlock(before)};
        role = match.captured(1).toLower();
        textStart = match.capturedEnd();
    }
    const QString rest = body.mid(textStart);
    // Without any role line the whole body is the user's prompt.
    sections << ChatMessages::Message{role.isEmpty() ? QStringLiteral("user") : role,
                                      ImportSupport::trimBlock(rest)};
    return sections;
}

QString modelName(const YAML::Node& configuration)
{
    if (!configuration.IsMap())
        return {};
    for (const char* key : {"model", "azure_deployment", "name"}) {
        if (YamlSupport::has(configuration, key))
            return YamlSupport::text(configuration[key], key).trimmed();
    }
    return {};
}

void readModel(const YAML::Node& model, ImportedPrompt& prompt)
{
    if (model.IsScalar()) {
        prompt.model = QString::fromStdString(model.Scalar()).trimmed();
        return;
    }
    if (!model.IsMap())
        ImportSupport::fail(
            YamlSupport::line(model),
            QCoreApplication::translate("athanor::PromptyFormat",
                                        "'model' must be a map with api, configuration, parameters"));
    QJsonObject rest = YamlSupport::toJson(model).toObject();
    // A missing key of a const node is an invalid node that throws when asked its type.
    if (YamlSupport::has(model, "configuration"))
        prompt.model = modelName(model["configuration"]);
    const YAML::Node parameters = YamlSupport::has(model, "parameters") ? model["parameters"] : YAML::Node();
    if (parameters.IsMap()) {
        prompt.temperature = YamlSupport::number(parameters["temperature"], "temperature");
        if (const auto tokens = YamlSupport::number(parameters["max_tokens"], "max_tokens"))
            prompt.maxTokens = ImportSupport::tokenCount(*tokens, QStringLiteral("max_tokens"),
                                                         YamlSupport::line(parameters["max_tokens"]));
    }
    // api, configuration (with its ${env:...} references as written), parameters: kept for the record.
    for (auto it = rest.constBegin(); it != rest.constEnd(); ++it)
        prompt.metadata.insert(it.key(), it.value());
}

QStringList inputNames(const YAML::Node& node)
{
    QStringList names;
    if (node.IsMap()) {
        for (const auto& pair : node)
            names << QString::fromStdString(pair.first.Scalar());
    } else if (node.IsSequence()) {
        for (const YAML::Node& item : node) {
            if (item.IsScalar())
                names << QString::fromStdString(item.Scalar());
            else if (YamlSupport::has(item, "name"))
                names << YamlSupport::text(item["name"], "name");
        }
    }
    return names;
}

} // namespace

QString PromptyFormat::name() const
{
    return QStringLiteral("prompty");
}

int PromptyFormat::detect(const QString& fileName, const QString&) const
{
    return ImportSupport::hasSuffix(fileName, {".prompty"}) ? 95 : 0;
}

ParseResult PromptyFormat::parse(const QString& text, const QString& fileName) const
{
    return YamlSupport::guarded([&] {
        const FrontMatter front = FrontMatter::read(text);
        ImportedPrompt prompt;
        prompt.line = 1;
        for (const auto& pair : front.yaml) {
            const std::string key = pair.first.Scalar();
            const YAML::Node& value = pair.second;
            if (key == "name")
                prompt.title = YamlSupport::text(value, "name").trimmed();
            else if (key == "model")
                readModel(value, prompt);
            else if (key == "tags")
                prompt.tags = YamlSupport::tags(value, "tags");
            else
                prompt.metadata.insert(QString::fromStdString(key), YamlSupport::toJson(value));
        }
        ImportSupport::addVariables(prompt.variables, inputNames(front.yaml["inputs"]));
        ImportSupport::addVariables(prompt.variables, inputNames(front.yaml["sample"]));
        const QList<ChatMessages::Message> sections = roleSections(front.body);
        ChatMessages::apply(sections, prompt, front.bodyLine);
        ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.systemPrompt));
        ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.content));
        if (prompt.title.isEmpty())
            prompt.title = ImportSupport::baseTitle(fileName);
        return ImportSupport::finish({prompt});
    });
}

} // namespace athanor
