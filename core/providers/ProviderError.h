#pragma once

#include "ProviderKind.h"
#include "core/Error.h"

#include <QByteArray>

namespace athanor {

// Why a call to a provider failed, with the message the user sees (Error::Kind::Network).
struct ProviderError
{
    enum class Reason {
        Auth,        // 401: the key is missing or wrong
        Forbidden,   // 403: the key may not use this model or endpoint
        BadRequest,  // 400, 413, 422: the request was refused as it is
        NotFound,    // 404: usually the model name
        RateLimited, // 429
        Server,      // 5xx
        Unreachable, // DNS, refused connection, TLS, dropped connection
        Timeout,
        Malformed, // the answer could not be understood
        Cancelled,
    };

    Reason reason = Reason::Server;
    int httpStatus = 0;
    Error error;

    // Worth trying again after a pause.
    bool retryable() const;

    // The error for an HTTP status, with the provider's own message (already extracted from the
    // body) and advice that names the key's environment variable. `secret` is removed from it.
    static ProviderError fromHttp(ProviderKind kind, int status, const QString& providerMessage,
                                  const QString& url, const QString& model, const QString& secret);
    static ProviderError unreachable(ProviderKind kind, const QString& url, const QString& detail);
    static ProviderError timeout(ProviderKind kind, const QString& url, int ms);
    static ProviderError malformed(ProviderKind kind, const QString& url, const QString& detail);
    static ProviderError cancelled(ProviderKind kind, const QString& url);
};

// Replaces every occurrence of the secret (and of its longer prefixes providers echo) by "***".
QString redactSecret(QString text, const QString& secret);

} // namespace athanor
