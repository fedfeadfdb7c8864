#include "OldLibrary.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/NavigationModel.h"
#include "storage/PromptRepository.h"
#include "ui/shell/DatabaseErrorDialog.h"
#include "ui/community/CommunityPane.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTest>

#include <numeric>

using namespace athanor;

class MainWindowTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    // A library of an older version is upgraded on opening: the window says so and names the
    // copy kept before it; a library that was not upgraded says nothing.
    void anUpgradedLibraryNamesItsCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        QVERIFY(test::makeLibraryAtVersion(path, 11));
        auto upgraded = Database::open(path);
        QVERIFY(upgraded.ok());
        MainWindow window(*upgraded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showMigrationNotice();
        auto* notice = window.findChild<QMessageBox*>("migrationNotice");
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QDir::toNativeSeparators(path + ".schema11.bak")), qPrintable(notice->text()));
        QVERIFY(QFile::exists(path + ".schema11.bak"));
        notice->close();

        test::TempDatabase fresh;
        MainWindow other(fresh.database());
        other.showMigrationNotice();
        QVERIFY(!other.findChild<QMessageBox*>("migrationNotice"));
    }

    void opensWithAllPanes()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListView*>("navigation");
        auto* stack = window.findChild<QStackedWidget*>("paneStack");
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->model()->rowCount(), 6);
        QCOMPARE(stack->count(), 6);
        QCOMPARE(window.currentPaneId(), QStringLiteral("techniques"));
        const QStringList expected{"techniques", "composer", "library", "playground", "trends", "community"};
        for (int row = 0; row < 6; ++row)
            QCOMPARE(navigation->model()->index(row, 0).data(NavigationModel::PaneIdRole).toString(), expected.at(row));
    }

    void switchesPanes()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListView*>("navigation");
        auto* stack = window.findChild<QStackedWidget*>("paneStack");

        // By clicking the side bar.
        const QRect rect = navigation->visualRect(navigation->model()->index(2, 0));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPaneId(), QStringLiteral("library"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("libraryPane"));

        // By keyboard shortcut.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPaneId(), QStringLiteral("trends"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("trendsPane"));

        // Through the API other panes use.
        window.showPane("community");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("communityPane"));
        QVERIFY(qobject_cast<CommunityPane*>(stack->currentWidget()));
    }

    void statusBarShowsDatabaseAndCount()
    {
        test::TempDatabase db;
        Prompt prompt;
        prompt.content = QStringLiteral("one prompt");
        QVERIFY(PromptRepository(db.database()).add(prompt).ok());
        MainWindow window(db.database());
        auto* path = window.findChild<QLabel*>("databaseLabel");
        auto* count = window.findChild<QLabel*>("promptCountLabel");
        QVERIFY(path->text().contains(db.path()));
        QTRY_COMPARE(count->text(), QStringLiteral("1 prompt"));
        prompt.content = QStringLiteral("another prompt");
        QVERIFY(PromptRepository(db.database()).add(prompt).ok());
        QSignalSpy spy(&window, &MainWindow::promptCountChanged);
        window.refreshPromptCount();
        QVERIFY(spy.wait());
        QCOMPARE(spy.first().first().toLongLong(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 prompts"));
    }

    void restoresGeometryAndPane()
    {
        test::TempDatabase db;
        QSize savedSize;
        {
            MainWindow window(db.database());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(933, 611);
            window.showPane("playground");
            QTRY_COMPARE(window.size(), QSize(933, 611));
            savedSize = window.size();
            window.close();
        }
        MainWindow restored(db.database());
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.size(), savedSize);
        QCOMPARE(restored.currentPaneId(), QStringLiteral("playground"));
    }

    // Each pane's splitters come back as they were left (here the Community and Trends panes').
    void restoresEachPanesSplitters_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::newRow("community") << "community";
        QTest::newRow("trends") << "trends";
    }
    void restoresEachPanesSplitters()
    {
        QFETCH(QString, pane);
        test::TempDatabase db;
        QList<int> saved;
        {
            MainWindow window(db.database());
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPane(pane);
            auto* stack = window.findChild<QStackedWidget*>("paneStack");
            auto* splitter = stack->currentWidget()->findChild<QSplitter*>();
            QVERIFY(splitter && splitter->count() >= 2);
            QList<int> sizes = splitter->sizes();
            const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
            sizes.fill(0);
            sizes[0] = total / 5;
            sizes[1] = total - total / 5;
            splitter->setSizes(sizes);
            saved = splitter->sizes();
            window.close();
        }
        MainWindow restored(db.database());
        restored.resize(1000, 700);
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.currentPaneId(), pane);
        auto* splitter = restored.findChild<QStackedWidget*>("paneStack")->currentWidget()->findChild<QSplitter*>();
        QTRY_COMPARE(splitter->sizes(), saved);
    }
};

class DatabaseErrorDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void showsWhatWhereAndHint()
    {
        const Error error = Error::data("the database file is damaged", "/tmp/x.db", "restore a backup");
        DatabaseErrorDialog dialog(error);
        auto* text = dialog.findChild<QLabel*>("errorText");
        QVERIFY(text->text().contains("damaged"));
        QVERIFY(text->text().contains("/tmp/x.db"));
        QVERIFY(text->text().contains("restore a backup"));
    }

    void choices_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("result");
        QTest::newRow("open another") << "openAnotherButton" << int(DatabaseErrorDialog::Choice::OpenAnother)
                                      << int(QDialog::Accepted);
        QTest::newRow("create new") << "createNewButton" << int(DatabaseErrorDialog::Choice::CreateNew)
                                    << int(QDialog::Accepted);
        QTest::newRow("quit") << "quitButton" << int(DatabaseErrorDialog::Choice::Quit) << int(QDialog::Rejected);
    }
    void choices()
    {
        QFETCH(QString, button);
        QFETCH(int, choice);
        QFETCH(int, result);
        DatabaseErrorDialog dialog(Error::data("x", "y"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(button), Qt::LeftButton);
        QCOMPARE(int(dialog.choice()), choice);
        QCOMPARE(dialog.result(), result);
    }
};

ATHANOR_TEST(MainWindowTest)
ATHANOR_TEST(DatabaseErrorDialogTest)
#include "tst_mainwindow.moc"
