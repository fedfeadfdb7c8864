#include "ScreenshotTour.h"
#include "core/AthanorVersion.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "ui/import/ImportController.h"
#include "ui/shell/DatabaseErrorDialog.h"
#include "ui/shell/FileOpenHandler.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"
#include "ui/shell/Translations.h"
#include "ui/shell/WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace {

// Started before main (static initialisation): the fallback when /proc is not there.
const QElapsedTimer g_sinceStaticInit = [] {
    QElapsedTimer timer;
    timer.start();
    return timer;
}();

// Milliseconds since the kernel started this process, so that loading the shared libraries
// before main counts too: /proc/self/stat field 22 is the start time in clock ticks of the boot
// clock (a 10 ms resolution).
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec now{};
    if (stat.open(QIODevice::ReadOnly) && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const QByteArray text = stat.readAll();
        // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        const long ticks = sysconf(_SC_CLK_TCK);
        if (fields.size() > 19 && ticks > 0)
            return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6
                   - fields.at(19).toDouble() * 1000.0 / double(ticks);
    }
#endif
    return double(g_sinceStaticInit.nsecsElapsed()) / 1e6;
}

// A field of /proc/self/status in kB (Linux; -1 elsewhere).
qint64 statusKb(const QByteArray& key)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
#else
    Q_UNUSED(key);
#endif
    return -1;
}

// ATHANOR_STARTUP_PROBE (benchmarks): once the window has been exposed, and so painted (a widget
// window paints while its expose event is delivered), print how long the start took and the
// resident memory, then quit.
void reportStartupWhenPainted(QWidget* window)
{
    const QWindow* handle = window->windowHandle();
    if (!handle || !handle->isExposed()) {
        QTimer::singleShot(1, window, [window] { reportStartupWhenPainted(window); });
        return;
    }
    std::printf("startup_ms=%.1f main_ms=%.1f rss_kb=%lld hwm_kb=%lld\n", msSinceProcessStart(),
                double(g_sinceStaticInit.nsecsElapsed()) / 1e6, statusKb("VmRSS"), statusKb("VmHWM"));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral(ATHANOR_ORG_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(ATHANOR_ORG_DOMAIN));
    QApplication::setApplicationName(QStringLiteral(ATHANOR_APP_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(ATHANOR_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(ATHANOR_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("app.athanor.Athanor"));
    athanor::Translations::install(athanor::Translations::chosen());
    if (const QString theme = athanor::Theme::chosen(); theme != QLatin1String("system"))
        athanor::Theme::apply(theme);
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/app.athanor.Athanor-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop workbench for prompt engineering."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database to open (default: $ATHANOR_DB, "
                                                                      "else the app-data folder)."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Prompt files or folders to import."),
                                 QStringLiteral("[files...]"));
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
    // Files opened with Athanor are imported, those of the command line once the window shows.
    athanor::FileOpenHandler opener(window.importController());
    app.installEventFilter(&opener);
    window.show();
    if (const QString folder = qEnvironmentVariable("ATHANOR_SCREENSHOTS"); !folder.isEmpty()) {
        (new athanor::ScreenshotTour(&window, folder))->start();
        return app.exec();
    }
    // The welcome of the first start comes first; files given to open are imported after it.
    const bool welcome = athanor::WelcomeDialog::isFirstRun() && !qEnvironmentVariableIsSet("ATHANOR_STARTUP_PROBE");
    const QStringList files = parser.positionalArguments();
    if (!database->migrationBackup().isEmpty())
        QTimer::singleShot(0, &window, [&window] { window.showMigrationNotice(); });
    if (welcome || !files.isEmpty())
        QTimer::singleShot(0, &window, [&window, &opener, welcome, files] {
            if (welcome)
                window.showWelcome();
            if (!files.isEmpty())
                opener.open(files);
        });
    if (qEnvironmentVariableIsSet("ATHANOR_STARTUP_PROBE"))
        QTimer::singleShot(0, &window, [&window] { reportStartupWhenPainted(&window); });
    return app.exec();
}
