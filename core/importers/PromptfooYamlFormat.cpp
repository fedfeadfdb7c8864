#include "PromptfooYamlFormat.h"

#include "ChatMessages.h"
#include "ImportSupport.h"
#include "JsonRecord.h"
#include "YamlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace athanor {
namespace {

// The first line that is not blank, a comment or a document marker.
QString firstSignificantLine(const QString& head)
{
    for (const QString& line : head.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed == QLatin1String("---") ||
            trimmed.startsWith(QLatin1String("%YAML")))
            continue;
        return line;
    }
    return {};
}

bool isChatMessage(const YAML::Node& item)
{
    return item.IsMap() && YamlSupport::has(item, "role");
}

ImportedPrompt readItem(const YAML::Node& item)
{
    ImportedPrompt prompt;
    prompt.line = YamlSupport::line(item);
    if (item.IsScalar()) {
        prompt.content = ImportSupport::trimBlock(QString::fromStdString(item.Scalar()));
    } else if (item.IsMap() && YamlSupport::has(item, "raw")) {
        QJsonObject object = YamlSupport::toJson(item).toObject();
        prompt.content = ImportSupport::trimBlock(YamlSupport::text(item["raw"], "raw"));
        object.remove(QStringLiteral("raw"));
        // promptfoo names a prompt by its label, falling back to its id; both stay in metadata.
        prompt.title = object.value(QStringLiteral("label")).toString();
        if (prompt.title.isEmpty())
            prompt.title = object.value(QStringLiteral("id")).toString();
        QJsonObject config = object.take(QStringLiteral("config")).toObject();
        JsonRecord::takeCommonFields(config, prompt, prompt.line);
        prompt.title = prompt.title.trimmed();
        if (!config.isEmpty())
            object.insert(QStringLiteral("config"), config);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            prompt.metadata.insert(it.key(), it.value());
    } else {
        ImportSupport::fail(
            prompt.line,
            QCoreApplication::translate("athanor::PromptfooYamlFormat",
                                        "expected a prompt text or a map with raw (and optional id, label)"));
    }
    if (prompt.content.isEmpty())
        ImportSupport::fail(prompt.line, QCoreApplication::translate("athanor::PromptfooYamlFormat",
                                                                     "the prompt text is empty"));
    prompt.variables = ImportSupport::findVariables(prompt.content);
    return prompt;
}

} // namespace

QString PromptfooYamlFormat::name() const
{
    return QStringLiteral("promptfoo-yaml");
}

int PromptfooYamlFormat::detect(const QString& fileName, const QString& head) const
{
    if (!ImportSupport::hasSuffix(fileName, {".yaml", ".yml"}) ||
        ImportSupport::hasSuffix(fileName, {".prompt.yml", ".prompt.yaml"}))
        return 0;
    const QString line = firstSignificantLine(head);
    return line.startsWith(QLatin1String("- ")) || line == QLatin1String("-") ? 70 : 0;
}

ParseResult PromptfooYamlFormat::parse(const QString& text, const QString&) const
{
    try {
        const YAML::Node root = YamlSupport::load(text);
        if (!root.IsSequence())
            ImportSupport::fail(
                1, QCoreApplication::translate("athanor::PromptfooYamlFormat",
                                               "a promptfoo prompt file is a YAML list of prompts"));
        QList<ImportedPrompt> prompts;
        bool chat = root.size() > 0;
        for (const YAML::Node& item : root)
            chat = chat && isChatMessage(item);
        if (chat) {
            // One conversation: the whole list is one prompt.
            ImportedPrompt prompt;
            prompt.line = YamlSupport::line(root[0]);
            const QJsonArray messages = YamlSupport::toJson(root).toArray();
            ChatMessages::apply(ChatMessages::fromJson(messages, prompt.line), prompt, prompt.line);
            ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.systemPrompt));
            ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.content));
            prompts << prompt;
        } else {
            for (const YAML::Node& item : root)
                prompts << readItem(item);
        }
        return ImportSupport::finish(prompts);
    } catch (const FormatParseFailure& failure) {
        return ImportSupport::failed(failure);
    } catch (const YAML::Exception& e) {
        return ImportSupport::failed({e.mark.line + 1, QString::fromStdString(e.msg)});
    }
}

} // namespace athanor
