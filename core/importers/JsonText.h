#pragma once

#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace athanor {

// JSON parsing with errors a user can act on: the line and a plain reason, never a byte offset.
class JsonText
{
public:
    // The document (an object or an array); throws FormatParseFailure. firstLine numbers the text's first line.
    static QJsonDocument parse(const QString& text, int firstLine = 1);
    // Any single JSON value, as JSONL lines may hold a bare string; throws FormatParseFailure.
    static QJsonValue parseValue(const QString& text, int line);
    // The line where each element of a top-level array starts (QJsonDocument keeps no positions).
    // Empty when the text is not an array. Iterative: depth costs nothing.
    static QList<int> arrayElementLines(const QString& text);
    // Whether the text looks like it starts a JSON object or array ("{", "[{", "[\"", "[[", "[]").
    static bool looksLikeJson(const QString& head);
};

} // namespace athanor
