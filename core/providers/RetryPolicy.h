#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace athanor {

// When to try a failed request again: exponential backoff, or what the server asked for.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 500;
    int maxDelayMs = 30000;

    // The pause before retry number `retry` (1-based): the server's Retry-After when it gave one,
    // else baseDelay·2^(retry-1), both capped at maxDelay. nullopt: give up (no retries left, or
    // the server asks for a longer pause than maxDelay).
    std::optional<int> delayMs(int retry, const QByteArray& retryAfterHeader, const QDateTime& now) const;

    // Retry-After as milliseconds: delta-seconds ("120") or an HTTP date; nullopt when absent or invalid.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);
};

} // namespace athanor
