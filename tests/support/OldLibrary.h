#pragma once

// A library as an older Athanor left it: the schema migrations up to `version` only.

#include "storage/Migrator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

namespace athanor::test {

inline bool makeLibraryAtVersion(const QString& path, int version)
{
    QTemporaryDir migrations;
    const Migrator all; // named: migrations() refers into it
    for (const Migrator::Migration& m : all.migrations())
        if (m.version <= version &&
            !QFile::copy(m.resourcePath, migrations.filePath(QFileInfo(m.resourcePath).fileName())))
            return false;
    const QString connection = QStringLiteral("old-library-%1").arg(quintptr(&path));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open() && Migrator(migrations.path()).migrate(db, path).ok();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace athanor::test
