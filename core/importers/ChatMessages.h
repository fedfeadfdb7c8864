#pragma once

#include "ImportFormat.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace athanor {

// A conversation as the chat formats write it, folded into one prompt: system (and developer) turns
// become the system prompt, user turns the content; when other turns exist (few-shot assistant
// replies, placeholders) the whole conversation is kept in metadata "messages" so nothing is lost.
class ChatMessages
{
public:
    struct Message
    {
        QString role; // lower case: system, developer, user, assistant, ...
        QString content;
    };

    // Throws FormatParseFailure at `line` when the conversation has no system or user text.
    static void apply(const QList<Message>& messages, ImportedPrompt& prompt, int line);
    // OpenAI-style [{role, content}] where content is text or a list of {type: text, text} parts.
    // Throws FormatParseFailure at `line` naming the bad message.
    static QList<Message> fromJson(const QJsonArray& array, int line);
    // Whether every element is an object with a role: a conversation rather than a list of prompts.
    static bool isConversation(const QJsonArray& array);
    static QString normalRole(const QString& role);
};

} // namespace athanor
