#include "ProviderKind.h"

namespace athanor {

const QList<ProviderInfo>& allProviders()
{
    static const QList<ProviderInfo> providers{
        {ProviderKind::OpenAI, QStringLiteral("openai"), QStringLiteral("OpenAI"),
         QStringLiteral("https://api.openai.com/v1"), QStringLiteral("gpt-4o-mini"),
         QStringLiteral("text-embedding-3-small"), {QStringLiteral("OPENAI_API_KEY")}},
        {ProviderKind::Anthropic, QStringLiteral("anthropic"), QStringLiteral("Anthropic"),
         QStringLiteral("https://api.anthropic.com/v1"), QStringLiteral("claude-3-5-haiku-latest"), {},
         {QStringLiteral("ANTHROPIC_API_KEY")}},
        {ProviderKind::Google, QStringLiteral("google"), QStringLiteral("Google Gemini"),
         QStringLiteral("https://generativelanguage.googleapis.com/v1beta"), QStringLiteral("gemini-2.0-flash"),
         QStringLiteral("text-embedding-004"), {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")}},
        {ProviderKind::OpenRouter, QStringLiteral("openrouter"), QStringLiteral("OpenRouter"),
         QStringLiteral("https://openrouter.ai/api/v1"), QStringLiteral("openai/gpt-4o-mini"), {},
         {QStringLiteral("OPENROUTER_API_KEY")}},
        {ProviderKind::Ollama, QStringLiteral("ollama"), QStringLiteral("Ollama"),
         QStringLiteral("http://localhost:11434"), QStringLiteral("llama3.2"), QStringLiteral("nomic-embed-text"),
         {}},
    };
    return providers;
}

const ProviderInfo& providerInfo(ProviderKind kind)
{
    for (const ProviderInfo& info : allProviders())
        if (info.kind == kind)
            return info;
    return allProviders().front();
}

std::optional<ProviderKind> parseProviderKind(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("gemini"))
        return ProviderKind::Google;
    for (const ProviderInfo& info : allProviders())
        if (info.name == lower)
            return info.kind;
    return std::nullopt;
}

QString providerName(ProviderKind kind)
{
    return providerInfo(kind).name;
}

} // namespace athanor
