#include "WireProtocol.h"

#include "AnthropicProtocol.h"
#include "GeminiProtocol.h"
#include "OllamaProtocol.h"
#include "OpenAiProtocol.h"
#include "ProtocolJson.h"

#include <QCoreApplication>

namespace athanor {

HttpCall WireProtocol::embedCall(const ProviderConfig&, const QString&, const QStringList&) const
{
    return {};
}

Result<std::vector<std::vector<float>>> WireProtocol::parseEmbeddings(const QByteArray&) const
{
    return Error::usage(QCoreApplication::translate("athanor::WireProtocol", "%1 has no embeddings API")
                            .arg(providerInfo(kind()).displayName));
}

QString WireProtocol::errorMessage(const QByteArray& body) const
{
    return protocol_json::errorMessage(body);
}

std::unique_ptr<WireProtocol> WireProtocol::create(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI:
    case ProviderKind::OpenRouter:
        return std::make_unique<OpenAiProtocol>(kind);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicProtocol>();
    case ProviderKind::Google:
        return std::make_unique<GeminiProtocol>();
    case ProviderKind::Ollama:
        return std::make_unique<OllamaProtocol>();
    }
    return std::make_unique<OpenAiProtocol>(ProviderKind::OpenAI);
}

} // namespace athanor
