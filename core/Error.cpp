#include "Error.h"

#include <utility>

namespace athanor {

Error Error::usage(QString what, QString where, QString hint)
{
    return {Kind::Usage, std::move(what), std::move(where), std::move(hint)};
}

Error Error::data(QString what, QString where, QString hint)
{
    return {Kind::Data, std::move(what), std::move(where), std::move(hint)};
}

Error Error::network(QString what, QString where, QString hint)
{
    return {Kind::Network, std::move(what), std::move(where), std::move(hint)};
}

Error Error::storage(QString what, QString where, QString hint)
{
    return {Kind::Storage, std::move(what), std::move(where), std::move(hint)};
}

QString Error::message() const
{
    return where.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, where);
}

int Error::exitCode() const
{
    switch (kind) {
    case Kind::Usage:
        return 1;
    case Kind::Data:
    case Kind::Storage:
        return 2;
    case Kind::Network:
        return 3;
    }
    return 2;
}

} // namespace athanor
