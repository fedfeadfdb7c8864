#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace athanor {

class Database;

// What `athanor-cli doctor` reports: schema version, integrity check, journal mode and the row
// count of every table.
struct DatabaseReport
{
    int schemaVersion = 0;
    QString integrity;
    QString journalMode;
    QList<QPair<QString, qint64>> tables; // name, rows; sorted by name

    static Result<DatabaseReport> collect(const Database& database);
    QJsonObject toJson() const;
};

} // namespace athanor
