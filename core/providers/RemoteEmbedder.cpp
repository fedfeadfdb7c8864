#include "RemoteEmbedder.h"

#include "ProviderClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cmath>

namespace athanor {

namespace {

// Providers do not all promise unit vectors; the library's inner product needs them.
void normalise(std::vector<float>& vector)
{
    double sum = 0;
    for (float v : vector)
        sum += double(v) * v;
    if (sum <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(sum));
    for (float& v : vector)
        v *= scale;
}

} // namespace

RemoteEmbedder::RemoteEmbedder(ProviderConfig config, QString model)
    : m_config(std::move(config)), m_model(std::move(model))
{
    m_modelKey = providerName(m_config.kind) + QLatin1Char(':') + m_model;
}

Result<std::shared_ptr<RemoteEmbedder>> RemoteEmbedder::connect(const ProviderConfig& config, const QString& model)
{
    const ProviderInfo& info = providerInfo(config.kind);
    const QString chosen = model.trimmed().isEmpty() ? info.defaultEmbeddingModel : model.trimmed();
    if (!WireProtocol::create(config.kind)->supportsEmbeddings() || chosen.isEmpty())
        return Error::usage(QCoreApplication::translate("athanor::RemoteEmbedder", "%1 has no embeddings API")
                                .arg(info.displayName),
                            info.name,
                            QCoreApplication::translate("athanor::RemoteEmbedder",
                                                        "Use openai, google or ollama for embeddings."));
    std::shared_ptr<RemoteEmbedder> embedder(new RemoteEmbedder(config, chosen));
    Result<std::vector<std::vector<float>>> probe = embedder->request({QStringLiteral("dimension probe")});
    if (!probe)
        return probe.error();
    embedder->m_dimension = int(probe->front().size());
    return embedder;
}

std::vector<float> RemoteEmbedder::embed(const QString& text) const
{
    return embedMany({text}).front();
}

std::vector<std::vector<float>> RemoteEmbedder::embedMany(const QStringList& texts) const
{
    Result<std::vector<std::vector<float>>> vectors = tryEmbedMany(texts);
    if (vectors)
        return std::move(*vectors);
    return std::vector<std::vector<float>>(size_t(texts.size()), std::vector<float>(size_t(m_dimension), 0.0f));
}

Result<std::vector<std::vector<float>>> RemoteEmbedder::tryEmbedMany(const QStringList& texts) const
{
    std::vector<std::vector<float>> all;
    all.reserve(size_t(texts.size()));
    for (qsizetype first = 0; first < texts.size(); first += kBatchSize) {
        Result<std::vector<std::vector<float>>> batch = request(texts.mid(first, kBatchSize));
        if (!batch)
            return batch.error();
        for (std::vector<float>& vector : *batch) {
            if (m_dimension > 0 && int(vector.size()) != m_dimension)
                return Error::data(QCoreApplication::translate(
                                       "athanor::RemoteEmbedder",
                                       "the provider returned a vector of %1 dimensions instead of %2")
                                       .arg(vector.size())
                                       .arg(m_dimension),
                                   m_modelKey);
            all.push_back(std::move(vector));
        }
    }
    return all;
}

Result<std::vector<std::vector<float>>> RemoteEmbedder::request(const QStringList& texts) const
{
    // A client per request on the calling thread: QNetworkAccessManager is not shared across threads.
    QNetworkAccessManager network;
    ProviderClient client(m_config, &network);
    ProviderCall* call = client.embed(m_model, texts);
    if (!waitForCall(call))
        return call->error().error;
    std::vector<std::vector<float>> vectors = std::move(call->embeddings());
    for (std::vector<float>& vector : vectors)
        normalise(vector);
    return vectors;
}

} // namespace athanor
