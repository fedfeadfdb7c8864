#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace athanor::test {

// A fresh, migrated database in a temporary folder that disappears with the object.
class TempDatabase
{
public:
    TempDatabase()
    {
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot create test database: %s", qPrintable(opened.error().message()));
        m_database = *opened;
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dir() const { return m_dir.path(); }
    std::shared_ptr<Database> database() const { return m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
};

} // namespace athanor::test
