#include "ChatTypes.h"

namespace athanor {

bool ChatResult::truncated() const
{
    const QString reason = finishReason.toLower();
    return reason == QLatin1String("length") || reason == QLatin1String("max_tokens");
}

QString ProviderConfig::effectiveBaseUrl() const
{
    QString url = baseUrl.trimmed().isEmpty() ? providerInfo(kind).defaultBaseUrl : baseUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString ProviderConfig::effectiveModel() const
{
    return model.trimmed().isEmpty() ? providerInfo(kind).defaultModel : model.trimmed();
}

QByteArray HttpCall::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace athanor
