#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace athanor {

// The LLM services Athanor talks to. The names are the values of prompts.provider.
enum class ProviderKind { OpenAI, Anthropic, Google, OpenRouter, Ollama };

// What differs between providers besides their wire protocol: names, defaults, where the key is.
struct ProviderInfo
{
    ProviderKind kind;
    QString name;           // "openai", "anthropic", "google", "openrouter", "ollama"
    QString displayName;    // "OpenAI", ...
    QString defaultBaseUrl; // without a trailing slash
    QString defaultModel;
    QString defaultEmbeddingModel; // empty when the provider has no embeddings API
    QStringList keyEnvVars;        // checked in order; empty when no key is needed
};

const ProviderInfo& providerInfo(ProviderKind kind);
const QList<ProviderInfo>& allProviders();
// Accepts the names above and "gemini" for google; case-insensitive.
std::optional<ProviderKind> parseProviderKind(const QString& name);
QString providerName(ProviderKind kind);

} // namespace athanor
