#include "RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace athanor {

std::optional<int> RetryPolicy::delayMs(int retry, const QByteArray& retryAfterHeader, const QDateTime& now) const
{
    if (retry < 1 || retry > maxRetries)
        return std::nullopt;
    if (const std::optional<qint64> asked = parseRetryAfter(retryAfterHeader, now)) {
        if (*asked > maxDelayMs)
            return std::nullopt;
        return int(*asked);
    }
    const qint64 backoff = qint64(baseDelayMs) << std::min(retry - 1, 20);
    return int(std::min<qint64>(backoff, maxDelayMs));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(qint64(seconds * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace athanor
