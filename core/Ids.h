#pragma once

#include <QDateTime>
#include <QString>

namespace athanor {

// A random (version 4) UUID as 36 lower-case characters, the form every table stores.
QString newUuid();

// Now, as the ISO-8601 UTC text with milliseconds the schema stores ("2026-11-23T15:29:00.000Z").
QString nowUtcIso();
QString toUtcIso(const QDateTime& time);

} // namespace athanor
