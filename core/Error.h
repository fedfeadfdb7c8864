#pragma once

#include <QString>

namespace athanor {

// An error as a value: what went wrong, where (a file, a line, a URL, a field), and a hint
// on what to do. It travels up to one place that shows it: a dialog in the GUI, one
// `error: <what> (<where>)` line and an exit code in the CLI.
struct Error
{
    enum class Kind {
        Usage,   // the caller asked for something malformed (CLI exit code 1)
        Data,    // a file, a database or an input is wrong or missing (exit code 2)
        Network, // a server or a provider failed or could not be reached (exit code 3)
        Storage, // the disk or the database file cannot be written: full, read-only, failing (exit
                 // code 2, as Data); long work stops rather than failing file after file
    };

    Kind kind = Kind::Data;
    QString what;
    QString where;
    QString hint;

    static Error usage(QString what, QString where = {}, QString hint = {});
    static Error data(QString what, QString where = {}, QString hint = {});
    static Error network(QString what, QString where = {}, QString hint = {});
    static Error storage(QString what, QString where = {}, QString hint = {});

    // "what (where)", the form the CLI prints after "error: ".
    QString message() const;
    // The CLI's exit code for this kind of error.
    int exitCode() const;
};

} // namespace athanor
