// The main of every test suite: `suite [ClassName] [QTest options]`.
#include "TestRegistry.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <cstring>

namespace athanor::test {

std::vector<TestEntry>& registry()
{
    static std::vector<TestEntry> entries;
    return entries;
}

} // namespace athanor::test

int main(int argc, char* argv[])
{
    // Keep tests away from the user's settings and data folders.
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AthanorTests"));

    QStringList args = app.arguments();
    QString only;
    if (args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'))) {
        only = args.at(1);
        args.removeAt(1);
    }
    // One settings file per test class: CTest runs classes in parallel, and some clear settings.
    QApplication::setApplicationName(only.isEmpty() ? QStringLiteral("AthanorTests")
                                                    : QStringLiteral("AthanorTests-") + only);

    int failures = 0;
    bool ran = false;
    for (const auto& entry : athanor::test::registry()) {
        if (!only.isEmpty() && only != QLatin1String(entry.name))
            continue;
        ran = true;
        auto object = entry.create();
        failures += QTest::qExec(object.get(), args);
    }
    if (!ran) {
        std::fprintf(stderr, "no test class named %s\n", qPrintable(only));
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
