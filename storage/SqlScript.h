#pragma once

#include <QStringList>

namespace athanor {

// Splits an SQL script into statements at top-level semicolons. QSQLITE runs one statement per
// exec(), so migration files go through this. Semicolons inside strings, quoted identifiers,
// comments, CASE ... END and trigger bodies (BEGIN ... END) do not split.
QStringList splitSqlScript(const QString& script);

} // namespace athanor
