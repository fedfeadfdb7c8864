#pragma once

#include <QString>

namespace athanor {

// What a database file is, read from its 100-byte header without letting SQLite touch it, so
// that a file we must refuse (not SQLite, damaged, written by a newer Athanor) stays
// byte-identical.
struct DatabaseFileInfo
{
    enum class State {
        Missing,   // no file at the path
        Empty,     // a zero-length file: SQLite treats it as a new database
        SQLite,    // a plausible SQLite database
        NotSQLite, // something else (another format, zero-filled, text...)
        Truncated, // an SQLite header but fewer bytes than the header says it has
    };

    State state = State::Missing;
    qint64 size = 0;
    int pageSize = 0;
    int userVersion = 0;
    quint32 schemaCookie = 0; // changes with every schema change; 0 means no schema yet

    // An SQLite file that has a schema but no Athanor version: another program's database.
    bool isForeign() const { return state == State::SQLite && userVersion == 0 && schemaCookie != 0; }

    static DatabaseFileInfo probe(const QString& path);
};

} // namespace athanor
