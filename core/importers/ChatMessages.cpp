#include "ChatMessages.h"

#include "ImportSupport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace athanor {

QString ChatMessages::normalRole(const QString& role)
{
    const QString lower = role.trimmed().toLower();
    // ShareGPT and Gemini spell the roles their own way.
    if (lower == QLatin1String("human"))
        return QStringLiteral("user");
    if (lower == QLatin1String("gpt") || lower == QLatin1String("model") || lower == QLatin1String("bot"))
        return QStringLiteral("assistant");
    return lower;
}

void ChatMessages::apply(const QList<Message>& messages, ImportedPrompt& prompt, int line)
{
    QStringList system;
    QStringList user;
    bool others = false;
    for (const Message& message : messages) {
        if (message.role == QLatin1String("system") || message.role == QLatin1String("developer"))
            system << message.content;
        else if (message.role == QLatin1String("user"))
            user << message.content;
        else
            others = true;
    }
    prompt.systemPrompt = ImportSupport::trimBlock(system.join(QStringLiteral("\n\n")));
    prompt.content = ImportSupport::trimBlock(user.join(QStringLiteral("\n\n")));
    // A system-only template (a persona) is still a prompt: its text is the content then.
    if (prompt.content.isEmpty()) {
        prompt.content = prompt.systemPrompt;
        prompt.systemPrompt.clear();
    }
    if (prompt.content.isEmpty())
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::ChatMessages",
                                              "the conversation has no system or user message with text"));
    if (others || user.size() > 1) {
        QJsonArray all;
        for (const Message& message : messages)
            all.append(QJsonObject{{QStringLiteral("role"), message.role},
                                   {QStringLiteral("content"), message.content}});
        prompt.metadata.insert(QStringLiteral("messages"), all);
    }
}

QList<ChatMessages::Message> ChatMessages::fromJson(const QJsonArray& array, int line)
{
    QList<Message> messages;
    int number = 0;
    for (const QJsonValue& value : array) {
        ++number;
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("placeholder")) {
            // Langfuse's message placeholders stand for turns filled in at run time.
            messages << Message{
                QStringLiteral("placeholder"),
                QStringLiteral("{{%1}}").arg(object.value(QStringLiteral("name")).toString())};
            continue;
        }
        if (!value.isObject() || !object.value(QStringLiteral("role")).isString())
            ImportSupport::fail(line, QCoreApplication::translate("athanor::ChatMessages",
                                                                  "message %1 needs a role and a content")
                                          .arg(number));
        Message message;
        message.role = normalRole(object.value(QStringLiteral("role")).toString());
        const QJsonValue content = object.value(QStringLiteral("content"));
        if (content.isString()) {
            message.content = content.toString();
        } else if (content.isArray()) {
            // Content parts: the text ones are the prompt; images and audio cannot be imported.
            QStringList parts;
            for (const QJsonValue& part : content.toArray()) {
                if (part.isString())
                    parts << part.toString();
                else if (part.toObject().value(QStringLiteral("text")).isString())
                    parts << part.toObject().value(QStringLiteral("text")).toString();
            }
            message.content = parts.join(QLatin1Char('\n'));
        } else if (!content.isNull() && !content.isUndefined()) {
            ImportSupport::fail(
                line, QCoreApplication::translate("athanor::ChatMessages", "message %1: content must be text")
                          .arg(number));
        }
        messages << message;
    }
    return messages;
}

bool ChatMessages::isConversation(const QJsonArray& array)
{
    if (array.isEmpty())
        return false;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        if (!object.contains(QStringLiteral("role")) &&
            object.value(QStringLiteral("type")).toString() != QLatin1String("placeholder"))
            return false;
    }
    return true;
}

} // namespace athanor
