#include "LangfuseFormat.h"

#include "ChatMessages.h"
#include "ImportSupport.h"
#include "JsonRecord.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace athanor {
namespace {

ImportedPrompt readPrompt(const QJsonValue& value, int line)
{
    QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(QStringLiteral("name")).isString())
        ImportSupport::fail(line, QCoreApplication::translate(
                                      "athanor::LangfuseFormat",
                                      "expected a Langfuse prompt: an object with a name and a prompt"));
    ImportedPrompt prompt;
    prompt.line = line;
    prompt.title = object.take(QStringLiteral("name")).toString().trimmed();
    const QJsonValue body = object.take(QStringLiteral("prompt"));
    if (body.isString())
        prompt.content = ImportSupport::trimBlock(body.toString());
    else if (body.isArray())
        ChatMessages::apply(ChatMessages::fromJson(body.toArray(), line), prompt, line);
    else
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::LangfuseFormat",
                                              "'prompt' must be text or a list of {role, content} messages"));
    if (prompt.content.isEmpty())
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::LangfuseFormat", "the prompt text is empty"));
    if (object.contains(QStringLiteral("tags")))
        prompt.tags =
            JsonRecord::stringList(object.take(QStringLiteral("tags")), QStringLiteral("tags"), line);
    const QJsonValue config = object.value(QStringLiteral("config"));
    if (config.isObject()) {
        // Mapped fields are read from a copy: the whole config stays in metadata as Langfuse had it.
        QJsonObject copy = config.toObject();
        JsonRecord::takeCommonFields(copy, prompt, line);
    }
    // version, labels, type, config, commitMessage...
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        prompt.metadata.insert(it.key(), it.value());
    ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.systemPrompt));
    ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.content));
    return prompt;
}

} // namespace

QString LangfuseFormat::name() const
{
    return QStringLiteral("langfuse");
}

int LangfuseFormat::detect(const QString& fileName, const QString& head) const
{
    if (!ImportSupport::hasSuffix(fileName, {".json", ".txt"}) || !JsonText::looksLikeJson(head))
        return 0;
    static const QRegularExpression name(QStringLiteral(R"("name"\s*:)"));
    static const QRegularExpression prompt(QStringLiteral(R"("prompt"\s*:)"));
    static const QRegularExpression langfuseKey(QStringLiteral(R"re("(labels|config|commitMessage)"\s*:)re"));
    return name.match(head).hasMatch() && prompt.match(head).hasMatch() && langfuseKey.match(head).hasMatch()
               ? 85
               : 0;
}

ParseResult LangfuseFormat::parse(const QString& text, const QString&) const
{
    try {
        const QJsonDocument document = JsonText::parse(text);
        QList<ImportedPrompt> prompts;
        if (document.isObject()) {
            prompts << readPrompt(document.object(), 1);
        } else {
            const QJsonArray array = document.array();
            const QList<int> lines = JsonText::arrayElementLines(text);
            for (qsizetype i = 0; i < array.size(); ++i)
                prompts << readPrompt(array.at(i), lines.value(i, 1));
        }
        return ImportSupport::finish(prompts);
    } catch (const FormatParseFailure& failure) {
        return ImportSupport::failed(failure);
    }
}

} // namespace athanor
