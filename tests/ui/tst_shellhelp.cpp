#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/SqlHelpers.h"
#include "ui/import/ImportController.h"
#include "ui/shell/CommandPalette.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/WelcomeDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTreeView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace athanor;

namespace {

// Runs `drive` on the next modal dialog of type T once it is open.
template<typename T, typename F>
void onNextDialog(F drive)
{
    QTimer::singleShot(0, qApp, [drive] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            onNextDialog<T>(drive);
            return;
        }
        drive(dialog);
    });
}

QStringList shown(const QAbstractItemView* list)
{
    QStringList rows;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        rows << list->model()->index(row, 0).data().toString();
    return rows;
}

} // namespace

// Ctrl+K finds and runs any menu command; F1 lists the shortcuts from the window itself.
class CommandPaletteTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void findsAndRunsACommand()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPaneId(), QStringLiteral("techniques"));
        auto* palette = window.findChild<QAction*>("commandPaletteAction");
        QCOMPARE(palette->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QStringList found;
        onNextDialog<CommandPalette>([&found](CommandPalette* dialog) {
            QTest::keyClicks(dialog->filter(), "view libr");
            found = shown(dialog->list());
            QTest::keyClick(dialog->filter(), Qt::Key_Return);
        });
        palette->trigger();
        QCOMPARE(found, QStringList{"View ▸ Library"});
        QTRY_COMPARE(window.currentPaneId(), QStringLiteral("library"));
    }

    void listsEveryMenuCommand()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        const QList<CommandPalette::Command> commands = CommandPalette::commands(window.menuBar());
        QStringList paths;
        for (const CommandPalette::Command& c : commands)
            paths << c.path;
        const QStringList expected{"File ▸ Import…", "File ▸ Sync Now", "Edit ▸ Settings…", "View ▸ Ratings & Trends",
                                   "Help ▸ Keyboard Shortcuts"};
        for (const QString& path : expected)
            QVERIFY2(paths.contains(path), qPrintable(paths.join(" | ")));
        // Typing narrows by every word, in any order.
        CommandPalette dialog(window.menuBar());
        QTest::keyClicks(dialog.filter(), "now sync");
        QCOMPARE(shown(dialog.list()), QStringList{"File ▸ Sync Now"});
        dialog.filter()->clear();
        QTest::keyClicks(dialog.filter(), "no such command");
        QCOMPARE(dialog.list()->model()->rowCount(), 0);
    }

    void shortcutsAreListed()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        ShortcutsDialog dialog(&window);
        QHash<QString, QString> rows;
        for (int row = 0; row < dialog.table()->rowCount(); ++row) {
            QVERIFY(!dialog.table()->item(row, 1)->text().isEmpty());
            rows.insert(dialog.table()->item(row, 0)->text(), dialog.table()->item(row, 1)->text());
        }
        const auto native = [](QKeySequence keys) { return keys.toString(QKeySequence::NativeText); };
        QCOMPARE(rows.value("Edit ▸ Settings…"), native(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QCOMPARE(rows.value("Help ▸ Find a Command…"), native(QKeySequence(Qt::CTRL | Qt::Key_K)));
        QCOMPARE(rows.value("File ▸ Sync Now"), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)));
        QCOMPARE(rows.value("Composer ▸ Enhance").isEmpty(), false); // a pane's own shortcut
        QCOMPARE(rows.value("Playground ▸ Stop"), native(QKeySequence(Qt::Key_Escape)));
    }
};

// The first start offers sample prompts and demo analytics, and points at the Composer.
class WelcomeTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void samplesDemoAndTheComposer()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(WelcomeDialog::isFirstRun());
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        onNextDialog<WelcomeDialog>([](WelcomeDialog* welcome) {
            QVERIFY(welcome->findChild<QCheckBox*>("welcomeSamples")->isChecked());
            welcome->findChild<QCheckBox*>("welcomeDemo")->setChecked(true);
            QTest::mouseClick(welcome->findChild<QPushButton*>("welcomeCompose"), Qt::LeftButton);
        });
        window.showWelcome();
        QVERIFY(!WelcomeDialog::isFirstRun());
        QCOMPARE(window.currentPaneId(), QStringLiteral("composer"));
        QVERIFY(imported.wait(20000));
        auto q = runSql(db.connection(), "SELECT count(*), sum(tags LIKE '%\"sample\"%') FROM prompts");
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 12);
        QCOMPARE(q->value(1).toInt(), 12);
        // The demo analytics say what they are.
        auto* banner = window.findChild<QLabel*>("trendsDemoBanner");
        QVERIFY(banner && !banner->isHidden());
        QVERIFY(banner->text().contains("Demo data"));
    }

    void nothingChosenAddsNothing()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        onNextDialog<WelcomeDialog>([](WelcomeDialog* welcome) {
            welcome->findChild<QCheckBox*>("welcomeSamples")->setChecked(false);
            QTest::mouseClick(welcome->findChild<QPushButton*>("welcomeClose"), Qt::LeftButton);
        });
        window.showWelcome();
        QTest::qWait(200);
        QVERIFY(!window.importController()->isBusy());
        auto q = runSql(db.connection(), "SELECT count(*) FROM prompts");
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
        QVERIFY(!WelcomeDialog::isFirstRun());
    }
};

ATHANOR_TEST(CommandPaletteTest)
ATHANOR_TEST(WelcomeTest)
#include "tst_shellhelp.moc"
