#include "Ids.h"

#include <QUuid>

namespace athanor {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toUtcIso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nowUtcIso()
{
    return toUtcIso(QDateTime::currentDateTimeUtc());
}

} // namespace athanor
