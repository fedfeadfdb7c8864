#pragma once

#include "ImportFormat.h"

#include <QJsonObject>
#include <QJsonValue>

namespace athanor {

// One prompt from one JSON value, in every shape the JSON and JSONL formats accept:
// a string; an object with a prompt, content, text or template field (plus title/name/label, tags,
// model, temperature, max_tokens, system); an OpenAI conversation ([{role, content}] or {messages});
// Alpaca ({instruction, input, output}); ShareGPT ({conversations: [{from, value}]}).
// Fields it does not map go into metadata.
class JsonRecord
{
public:
    // Throws FormatParseFailure at `line` with a reason naming what was expected.
    static ImportedPrompt read(const QJsonValue& value, int line);
    // title/name/label, tags, model, temperature, max_tokens/maxTokens: taken out of `object`.
    static void takeCommonFields(QJsonObject& object, ImportedPrompt& prompt, int line);
    static std::optional<double> number(const QJsonValue& value, const QString& key, int line);
    static QStringList stringList(const QJsonValue& value, const QString& key, int line);
};

} // namespace athanor
