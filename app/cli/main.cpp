#include "CommandRegistry.h"
#include "core/AthanorVersion.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral(ATHANOR_ORG_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(ATHANOR_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(ATHANOR_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATHANOR_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = athanor::cli::runCli(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
