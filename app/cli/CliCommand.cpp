#include "CliCommand.h"

#include "storage/CatalogRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace athanor::cli {

CliContext::CliContext(QString dbPath, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_out(out), m_err(err)
{
}

Result<std::shared_ptr<Database>> CliContext::openDatabase(Database::OpenMode mode) const
{
    auto database = Database::open(m_dbPath, mode);
    if (database && !(*database)->migrationBackup().isEmpty()) {
        m_err << "note: the library was upgraded to this version of Athanor; a copy of it as it was is kept at "
              << (*database)->migrationBackup() << '\n';
        m_err.flush();
    }
    return database;
}

Result<std::shared_ptr<Database>> CliContext::openLibrary() const
{
    auto database = openDatabase(Database::OpenMode::CreateOrMigrate);
    if (!database)
        return database;
    if (auto installed = CatalogRepository(*database).ensureCurrent(); !installed)
        return installed.error();
    return database;
}

int CliContext::usage(const QString& what, const QString& where)
{
    return fail(Error::usage(what, where));
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(const Error& error)
{
    m_err << "error: " << error.message() << '\n';
    if (!error.hint.isEmpty())
        m_err << "hint: " << error.hint << '\n';
    m_err.flush();
    return error.exitCode();
}

} // namespace athanor::cli
