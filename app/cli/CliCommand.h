#pragma once

#include "core/Error.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace athanor::cli {

// What every command gets: where the database is, and the two output streams.
class CliContext
{
public:
    CliContext(QString dbPath, QTextStream& out, QTextStream& err);

    QString dbPath() const { return m_dbPath; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    Result<std::shared_ptr<Database>> openDatabase(Database::OpenMode mode = Database::OpenMode::CreateOrMigrate) const;
    // The database, created or migrated, with the shipped technique catalog installed and current.
    Result<std::shared_ptr<Database>> openLibrary() const;

    // Prints exactly one JSON document on stdout.
    void printJson(const QJsonValue& value);
    // Prints `error: <what> (<where>)` (and the hint on a second line) on stderr; returns the exit code.
    int fail(const Error& error);
    // A usage error (exit code 1) about this command's arguments.
    int usage(const QString& what, const QString& where);

private:
    QString m_dbPath;
    QTextStream& m_out;
    QTextStream& m_err;
};

// One command of athanor-cli. Each command is one file pair, listed in CommandRegistry.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's options and positional arguments (help and --db are added for it).
    virtual void configure(QCommandLineParser& parser) const = 0;
    // Runs the command; returns the exit code (0 ok, 1 usage, 2 data or input, 3 network).
    virtual int run(const QCommandLineParser& parser, CliContext& context) const = 0;
};

} // namespace athanor::cli
