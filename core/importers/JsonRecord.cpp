#include "JsonRecord.h"

#include "ChatMessages.h"
#include "ImportSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace athanor {
namespace {

QString expectedShape()
{
    return QCoreApplication::translate(
        "athanor::JsonRecord",
        "expected a JSON object with a prompt, content, text or template field (or messages, instruction or "
        "conversations), or a string");
}

QString take(QJsonObject& object, const QString& key)
{
    const QString value = object.value(key).toString();
    object.remove(key);
    return value;
}

void readConversation(const QJsonArray& messages, ImportedPrompt& prompt, int line)
{
    ChatMessages::apply(ChatMessages::fromJson(messages, line), prompt, line);
}

void readShareGpt(QJsonObject& object, ImportedPrompt& prompt, int line)
{
    const QJsonArray turns = object.take(QStringLiteral("conversations")).toArray();
    bool haveHuman = false;
    bool more = false;
    for (const QJsonValue& value : turns) {
        const QJsonObject turn = value.toObject();
        if (!turn.value(QStringLiteral("value")).isString())
            ImportSupport::fail(
                line, QCoreApplication::translate("athanor::JsonRecord",
                                                  "a ShareGPT turn needs 'from' and a text 'value'"));
        const QString role = ChatMessages::normalRole(turn.value(QStringLiteral("from")).toString());
        const QString text = turn.value(QStringLiteral("value")).toString();
        if (role == QLatin1String("system") && prompt.systemPrompt.isEmpty()) {
            prompt.systemPrompt = ImportSupport::trimBlock(text);
        } else if (role == QLatin1String("user") && !haveHuman) {
            prompt.content = ImportSupport::trimBlock(text);
            haveHuman = true;
        } else {
            more = true;
        }
    }
    if (!haveHuman || prompt.content.isEmpty())
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::JsonRecord",
                                              "the ShareGPT conversation has no human turn with text"));
    if (more) // the replies and later turns are the record's answer: kept, not imported as prompts
        object.insert(QStringLiteral("conversations"), turns);
}

} // namespace

std::optional<double> JsonRecord::number(const QJsonValue& value, const QString& key, int line)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.toString().trimmed().toDouble(&ok);
    if (!value.isString() || !ok)
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::JsonRecord", "'%1' must be a number").arg(key));
    return parsed;
}

QStringList JsonRecord::stringList(const QJsonValue& value, const QString& key, int line)
{
    if (value.isString())
        return ImportSupport::splitTags(value.toString());
    QStringList list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::JsonRecord", "'%1' must be a list of text").arg(key));
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            ImportSupport::fail(
                line,
                QCoreApplication::translate("athanor::JsonRecord", "'%1' must be a list of text").arg(key));
        if (!item.toString().trimmed().isEmpty())
            list << item.toString().trimmed();
    }
    return list;
}

void JsonRecord::takeCommonFields(QJsonObject& object, ImportedPrompt& prompt, int line)
{
    for (const char* key : {"title", "name", "label"}) {
        const QString name = QLatin1String(key);
        if (prompt.title.isEmpty() && object.value(name).isString())
            prompt.title = take(object, name).trimmed();
    }
    if (object.contains(QStringLiteral("tags")))
        prompt.tags = stringList(object.take(QStringLiteral("tags")), QStringLiteral("tags"), line);
    if (object.value(QStringLiteral("model")).isString())
        prompt.model = take(object, QStringLiteral("model")).trimmed();
    if (object.contains(QStringLiteral("temperature")))
        prompt.temperature =
            number(object.take(QStringLiteral("temperature")), QStringLiteral("temperature"), line);
    for (const char* key : {"max_tokens", "maxTokens"}) {
        const QString name = QLatin1String(key);
        if (object.contains(name)) {
            const auto value = number(object.take(name), name, line);
            if (value)
                prompt.maxTokens = ImportSupport::tokenCount(*value, name, line);
        }
    }
}

ImportedPrompt JsonRecord::read(const QJsonValue& value, int line)
{
    ImportedPrompt prompt;
    prompt.line = line;
    if (value.isString()) {
        prompt.content = ImportSupport::trimBlock(value.toString());
    } else if (value.isArray()) {
        if (!ChatMessages::isConversation(value.toArray()))
            ImportSupport::fail(line,
                                QCoreApplication::translate("athanor::JsonRecord",
                                                            "expected a list of {role, content} messages"));
        readConversation(value.toArray(), prompt, line);
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("messages")).isArray()) {
            readConversation(object.take(QStringLiteral("messages")).toArray(), prompt, line);
        } else if (object.value(QStringLiteral("conversations")).isArray()) {
            readShareGpt(object, prompt, line);
        } else if (object.value(QStringLiteral("instruction")).isString()) {
            // Alpaca: the instruction, then the input it works on.
            const QString instruction = ImportSupport::trimBlock(take(object, QStringLiteral("instruction")));
            const QString input = ImportSupport::trimBlock(take(object, QStringLiteral("input")));
            prompt.content = input.isEmpty() ? instruction : instruction + QStringLiteral("\n\n") + input;
        } else if (object.contains(QStringLiteral("role"))) {
            readConversation(QJsonArray{object}, prompt, line);
            object = {};
        } else {
            bool found = false;
            for (const char* key : {"prompt", "content", "text", "template"}) {
                const QString name = QLatin1String(key);
                const QJsonValue field = object.value(name);
                if (field.isString()) {
                    prompt.content = ImportSupport::trimBlock(field.toString());
                } else if (field.isArray() && ChatMessages::isConversation(field.toArray())) {
                    readConversation(field.toArray(), prompt, line);
                } else {
                    continue;
                }
                object.remove(name);
                found = true;
                break;
            }
            if (!found)
                ImportSupport::fail(line, expectedShape());
        }
        for (const char* key : {"system", "system_prompt", "systemPrompt"}) {
            const QString name = QLatin1String(key);
            if (object.value(name).isString() && prompt.systemPrompt.isEmpty())
                prompt.systemPrompt = ImportSupport::trimBlock(take(object, name));
        }
        takeCommonFields(object, prompt, line);
        if (object.value(QStringLiteral("variables")).isArray())
            prompt.variables =
                stringList(object.take(QStringLiteral("variables")), QStringLiteral("variables"), line);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            prompt.metadata.insert(it.key(), it.value());
    } else {
        ImportSupport::fail(line, expectedShape());
    }
    if (prompt.content.isEmpty())
        ImportSupport::fail(line,
                            QCoreApplication::translate("athanor::JsonRecord", "the prompt text is empty"));
    ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.systemPrompt));
    ImportSupport::addVariables(prompt.variables, ImportSupport::findVariables(prompt.content));
    return prompt;
}

} // namespace athanor
