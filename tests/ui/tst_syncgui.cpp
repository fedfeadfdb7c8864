#include "PgServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/PromptRepository.h"
#include "storage/ServerSettings.h"
#include "storage/SyncEngine.h"
#include "ui/settings/ServerDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SyncController.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <memory>

using namespace athanor;

// Edit ▸ Server… and File ▸ Sync Now against a real PostgreSQL: the dialog's Test, the password
// kept out of the settings file, a sync from the GUI and a dead server said in the status bar.
class SyncGuiTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PgServer> m_server;
    ServerUrl m_alice;

    void fill(ServerDialog& dialog, const QString& password)
    {
        dialog.findChild<QLineEdit*>("serverHost")->setText(m_alice.host);
        dialog.findChild<QSpinBox*>("serverPort")->setValue(m_alice.port);
        dialog.findChild<QLineEdit*>("serverDatabase")->setText(m_alice.database);
        dialog.findChild<QLineEdit*>("serverUser")->setText(m_alice.user);
        dialog.findChild<QLineEdit*>("serverPassword")->setText(password);
        auto* tls = dialog.findChild<QComboBox*>("serverTls");
        tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
    }

private slots:
    void initTestCase()
    {
        qputenv("ATHANOR_KEYCHAIN", "off");
        qunsetenv("PGPASSWORD");
        ServerSettings::forget();
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        QVERIFY2(m_server->initSchema(), qPrintable(m_server->error()));
        m_alice = m_server->addUser("alice");
        QVERIFY2(!m_alice.user.isEmpty(), qPrintable(m_server->error()));
    }
    void cleanupTestCase()
    {
        ServerSettings::forget();
        m_server.reset();
    }

    void dialogTestsAndSavesWithoutThePassword()
    {
        ServerDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* result = dialog.findChild<QLabel*>("serverTestResult");
        auto* test = dialog.findChild<QPushButton*>("serverTest");
        QSignalSpy tested(&dialog, &ServerDialog::tested);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(20000) || tested.count() == 1);
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(result->text().contains("host"), qPrintable(result->text()));

        fill(dialog, QStringLiteral("not-the-password"));
        tested.clear();
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY(!result->text().contains("not-the-password"));

        fill(dialog, m_alice.password);
        tested.clear();
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(result->text()));
        QVERIFY2(result->text().contains("Connected as alice"), qPrintable(result->text()));

        QVERIFY(dialog.apply());
        const std::optional<ServerUrl> saved = ServerSettings::load();
        QVERIFY(saved.has_value());
        QCOMPARE(saved->user, QStringLiteral("alice"));
        QCOMPARE(saved->password, m_alice.password); // for this session (no keychain here)
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("alice@127.0.0.1"));
        QVERIFY(!stored.contains(m_alice.password.toUtf8()));
    }

    void syncNowFromTheWindow()
    {
        QVERIFY(ServerSettings::save(m_alice).error().what.contains(
            "keychain")); // saved; the password for this session
        test::TempDatabase library;
        Prompt p;
        p.content = QStringLiteral("A prompt written on this computer.");
        QVERIFY(PromptRepository(library.database()).add(p).ok());
        MainWindow window(library.database());
        window.resize(790, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncController* sync = window.syncController();
        QVERIFY(sync->syncAction()->isEnabled());
        QVERIFY(window.findChild<QAction*>("serverSettings"));
        QSignalSpy finished(sync, &SyncController::finished);
        sync->syncAction()->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), true);
        // The prompt, and the preferences (the first on the server).
        QVERIFY2(sync->statusLabel()->text().contains("2 sent"), qPrintable(sync->statusLabel()->text()));

        // The server goes away: said in the status bar; the new change waits in the outbox.
        p.content = QStringLiteral("Written while the server is down.");
        QVERIFY(PromptRepository(library.database()).add(p).ok());
        QVERIFY(m_server->stop());
        sync->syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(sync->statusLabel()->text().contains("failed"), qPrintable(sync->statusLabel()->text()));
        QVERIFY2(sync->statusLabel()->toolTip().contains("cannot connect"),
                 qPrintable(sync->statusLabel()->toolTip()));
        QCOMPARE(*SyncEngine::pending(library.database()), 1);
        QVERIFY(m_server->start());
        sync->syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(*SyncEngine::pending(library.database()), 0);
    }
};

ATHANOR_TEST(SyncGuiTest)
#include "tst_syncgui.moc"
