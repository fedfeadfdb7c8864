#pragma once

#include "ApiKeyStore.h"
#include "ChatTypes.h"

namespace athanor {

// A provider's configuration as the user set it: base URL, default model and timeout in
// QSettings ("providers/<name>/..."), the key from ApiKeyStore. The GUI's settings dialog and
// the CLI's --base-url/--model read and write the same values.
class ProviderSettings
{
public:
    struct Overrides
    {
        QString baseUrl;
        QString model;
    };

    static QString baseUrl(ProviderKind kind);
    static QString model(ProviderKind kind);
    static int timeoutSeconds(ProviderKind kind);
    static void setBaseUrl(ProviderKind kind, const QString& url);
    static void setModel(ProviderKind kind, const QString& model);
    static void setTimeoutSeconds(ProviderKind kind, int seconds);

    // The configuration to call a provider with, key included. Fails (usage error, hint naming
    // the environment variable) when the provider needs a key and none is set, or when the base
    // URL is not an http(s) URL.
    static Result<ProviderConfig> resolve(ProviderKind kind, const Overrides& overrides = {},
                                          const ApiKeyStore& keys = ApiKeyStore());
};

} // namespace athanor
