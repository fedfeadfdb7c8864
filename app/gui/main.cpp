#include "core/AthanorVersion.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "ui/shell/DatabaseErrorDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(ATHANOR_ORG_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(ATHANOR_ORG_DOMAIN));
    QApplication::setApplicationName(QStringLiteral(ATHANOR_APP_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(ATHANOR_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(ATHANOR_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("app.athanor.Athanor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop workbench for prompt engineering."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database to open (default: $ATHANOR_DB, "
                                                                      "else the app-data folder)."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : athanor::Database::defaultPath();
    auto database = athanor::openDatabaseWithRecovery(path);
    if (!database)
        return 2;

    // First run, or a newer shipped catalog: install it (user-made rows are kept).
    if (auto installed = athanor::CatalogRepository(database).ensureCurrent(); !installed)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Technique catalog"),
                             QApplication::translate("main", "The technique catalog could not be installed: %1")
                                 .arg(installed.error().message()));

    athanor::MainWindow window(database);
    window.show();
    return app.exec();
}
