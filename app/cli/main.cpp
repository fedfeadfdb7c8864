#include "CommandRegistry.h"
#include "core/AthanorVersion.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

// Errors reach the user as one "error: what (where)" line (CliContext::fail). Qt's own warnings —
// a database driver's complaint about a connection the server has just dropped — would come
// before it and say the same less clearly: they are shown only with ATHANOR_DEBUG set.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool debug = qEnvironmentVariableIsSet("ATHANOR_DEBUG");
    if (debug || type == QtFatalMsg || type == QtCriticalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietMessages);
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
