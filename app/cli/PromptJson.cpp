#include "PromptJson.h"

#include <QJsonArray>

namespace athanor::cli {

namespace {
QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QJsonObject promptToJson(const Prompt& p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("content"), p.content},
                       {QStringLiteral("title"), orNull(p.title)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
                       {QStringLiteral("phase"), orNull(p.phase)},
                       {QStringLiteral("provider"), orNull(p.provider)},
                       {QStringLiteral("model"), orNull(p.model)},
                       {QStringLiteral("persona"), orNull(p.persona)},
                       {QStringLiteral("temperature"), p.temperature ? QJsonValue(*p.temperature) : QJsonValue()},
                       {QStringLiteral("max_tokens"), p.maxTokens ? QJsonValue(*p.maxTokens) : QJsonValue()},
                       {QStringLiteral("actual_tokens"), p.actualTokens ? QJsonValue(*p.actualTokens) : QJsonValue()},
                       {QStringLiteral("parent_id"), orNull(p.parentId)},
                       {QStringLiteral("session_id"), orNull(p.sessionId)},
                       {QStringLiteral("source"), orNull(p.source)},
                       {QStringLiteral("created_at"), p.createdAt}};
}

QJsonObject summaryToJson(const PromptSummary& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("preview"), s.preview},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
                       {QStringLiteral("phase"), orNull(s.phase)},
                       {QStringLiteral("provider"), orNull(s.provider)},
                       {QStringLiteral("model"), orNull(s.model)},
                       {QStringLiteral("rating"), s.rating ? QJsonValue(*s.rating) : QJsonValue()},
                       {QStringLiteral("uses"), s.uses},
                       {QStringLiteral("created_at"), s.createdAt}};
}

} // namespace athanor::cli
