#include "GithubPromptFormat.h"

#include "ChatMessages.h"
#include "ImportSupport.h"
#include "YamlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace athanor {

QString GithubPromptFormat::name() const
{
    return QStringLiteral("github-prompt");
}

int GithubPromptFormat::detect(const QString& fileName, const QString& head) const
{
    if (ImportSupport::hasSuffix(fileName, {".prompt.yml", ".prompt.yaml"}))
        return 98;
    if (!ImportSupport::hasSuffix(fileName, {".yml", ".yaml"}))
        return 0;
    // Any YAML map with top-level messages and model keys is one, whatever its name.
    static const QRegularExpression messages(QStringLiteral("^messages[ \t]*:"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression model(QStringLiteral("^model[ \t]*:"),
                                          QRegularExpression::MultilineOption);
    return messages.match(head).hasMatch() && model.match(head).hasMatch() ? 85 : 0;
}

ParseResult GithubPromptFormat::parse(const QString& text, const QString& fileName) const
{
    return YamlSupport::guarded([&] {
        const YAML::Node root = YamlSupport::load(text);
        if (!root.IsMap())
            ImportSupport::fail(
                1, QCoreApplication::translate("athanor::GithubPromptFormat",
                                               "a prompt file is a YAML map with name, model and messages"));
        if (!YamlSupport::has(root, "messages") || !root["messages"].IsSequence())
            ImportSupport::fail(
                1, QCoreApplication::translate("athanor::GithubPromptFormat",
                                               "a prompt file needs a 'messages' list of {role, content}"));
        ImportedPrompt prompt;
        prompt.line = 1;
        for (const auto& pair : root) {
            const std::string key = pair.first.Scalar();
            const YAML::Node& value = pair.second;
            if (key == "name") {
                prompt.title = YamlSupport::text(value, "name").trimmed();
            } else if (key == "model") {
                prompt.model = YamlSupport::text(value, "model").trimmed();
            } else if (key == "messages") {
                // Checked one by one so that a bad message names its own line.
                QList<ChatMessages::Message> messages;
                for (const YAML::Node& item : value) {
                    if (!item.IsMap() || !YamlSupport::has(item, "role") ||
                        !YamlSupport::has(item, "content"))
                        ImportSupport::fail(
                            YamlSupport::line(item),
                            QCoreApplication::translate("athanor::GithubPromptFormat",
                                                        "a message needs a role and a content"));
                    const QString role = ChatMessages::normalRole(YamlSupport::text(item["role"], "role"));
                    if (role != QLatin1String("system") && role != QLatin1String("user") &&
                        role != QLatin1String("assistant") && role != QLatin1String("developer"))
                        ImportSupport::fail(
                            YamlSupport::line(item["role"]),
                            QCoreApplication::translate("athanor::GithubPromptFormat",
                                                        "unknown role '%1' (system, user or assistant)")
                                .arg(role));
                    messages << ChatMessages::Message{role, YamlSupport::text(item["content"], "content")};
                }
                ChatMessages::apply(messages, prompt, YamlSupport::line(value));
            } else if (key == "modelParameters" && value.IsMap()) {
                prompt.temperature = YamlSupport::number(value["temperature"], "temperature");
                for (const char* tokensKey : {"max_tokens", "maxTokens", "max_completion_tokens"}) {
                    if (const auto tokens = YamlSupport::number(value[tokensKey], tokensKey))
                        prompt.maxTokens = ImportSupport::tokenCount(*tokens, QLatin1String(tokensKey),
                                                                     YamlSupport::line(value[tokensKey]));
                }
                prompt.metadata.insert(QStringLiteral("modelParameters"), YamlSupport::toJson(value));
            } else if (key == "tags") {
                prompt.tags = YamlSupport::tags(value, "tags");
            } else {
                // description, testData, evaluators, responseFormat, jsonSchema...
                prompt.metadata.insert(QString::fromStdString(key), YamlSupport::toJson(value));
            }
        }
        ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.systemPrompt));
        ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.content));
        if (prompt.title.isEmpty())
            prompt.title = ImportSupport::baseTitle(fileName);
        return ImportSupport::finish({prompt});
    });
}

} // namespace athanor
