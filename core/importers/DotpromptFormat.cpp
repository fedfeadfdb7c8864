#include "DotpromptFormat.h"

#include "ChatMessages.h"
#include "FrontMatter.h"
#include "ImportSupport.h"
#include "YamlSupport.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace athanor {
namespace {

// Picoschema keys are "name", "name?", "name(type, description)"; a JSON Schema has properties.
QStringList schemaNames(const YAML::Node& schema)
{
    QStringList names;
    if (!schema.IsMap())
        return names;
    if (YamlSupport::has(schema, "properties") && schema["properties"].IsMap())
        return schemaNames(schema["properties"]);
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*"));
    for (const auto& pair : schema) {
        const auto match = identifier.match(QString::fromStdString(pair.first.Scalar()));
        if (match.hasMatch() && !names.contains(match.captured()))
            names << match.captured();
    }
    return names;
}

// {{role "system"}} ... {{role "user"}} ...: the sections in order; text before the first marker is
// the user's, as in Dotprompt itself.
QList<ChatMessages::Message> roleSections(const QString& body)
{
    static const QRegularExpression marker(QStringLiteral(R"(\{\{\s*role\s+["'](\w+)["']\s*\}\})"));
    QList<ChatMessages::Message> sections;
    qsizetype textStart = 0;
    QString role = QStringLiteral("user");
    for (auto it = marker.globalMatch(body); it.hasNext();) {
        const auto match = it.next();
        const QString text = ImportSupport::trimBlock(body.mid(textStart, match.capturedStart() - textStart));
        if (!text.isEmpty())
            sections << ChatMessages::Message{role, text};
        role = ChatMessages::normalRole(match.captured(1));
        textStart = match.capturedEnd();
    }
    sections << ChatMessages::Message{role, ImportSupport::trimBlock(body.mid(textStart))};
    return sections;
}

} // namespace

QString DotpromptFormat::name() const
{
    return QStringLiteral("dotprompt");
}

int DotpromptFormat::detect(const QString& fileName, const QString&) const
{
    return ImportSupport::hasSuffix(fileName, {".prompt"}) ? 95 : 0;
}

ParseResult DotpromptFormat::parse(const QString& text, const QString& fileName) const
{
    return YamlSupport::guarded([&] {
        // The front matter is optional in Dotprompt: a bare Handlebars template is a valid file.
        FrontMatter front;
        if (FrontMatter::startsWith(text)) {
            front = FrontMatter::read(text);
        } else {
            front.yaml = YAML::Node(YAML::NodeType::Map);
            front.body = text;
        }
        ImportedPrompt prompt;
        prompt.line = 1;
        for (const auto& pair : front.yaml) {
            const std::string key = pair.first.Scalar();
            const YAML::Node& value = pair.second;
            if (key == "name") {
                prompt.title = YamlSupport::text(value, "name").trimmed();
            } else if (key == "model") {
                prompt.model = YamlSupport::text(value, "model").trimmed();
            } else if (key == "tags") {
                prompt.tags = YamlSupport::tags(value, "tags");
            } else if (key == "config" && value.IsMap()) {
                prompt.temperature = YamlSupport::number(value["temperature"], "temperature");
                if (const auto tokens = YamlSupport::number(value["maxOutputTokens"], "maxOutputTokens"))
                    prompt.maxTokens = ImportSupport::tokenCount(
                        *tokens, QStringLiteral("maxOutputTokens"), YamlSupport::line(value["maxOutputTokens"]));
                prompt.metadata.insert(QStringLiteral("config"), YamlSupport::toJson(value));
            } else {
                if (key == "input" && value.IsMap())
                    prompt.variables = schemaNames(value["schema"]);
                prompt.metadata.insert(QString::fromStdString(key), YamlSupport::toJson(value));
            }
        }
        // The template stays verbatim; only the role markers are taken out when there are some.
        ChatMessages::apply(roleSections(front.body), prompt, front.bodyLine);
        QStringList used = ImportSupport::findVariables(prompt.systemPrompt);
        ImportSupport::addVariables(used, ImportSupport::findVariables(prompt.content));
        used.removeAll(QStringLiteral("history")); // {{history}} is Dotprompt's, not the caller's
        ImportSupport::addVariables(prompt.variables, used);
        if (prompt.title.isEmpty())
            prompt.title = ImportSupport::baseTitle(fileName);
        return ImportSupport::finish({prompt});
    });
}

} // namespace athanor
