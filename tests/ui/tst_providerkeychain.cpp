#include "FakeHttpServer.h"
#include "TestRegistry.h"
#include "core/providers/ApiKeyStore.h"
#include "core/providers/ProviderSettings.h"
#include "ui/settings/ProviderSettingsDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace athanor;
using namespace athanor::test;

// Edit ▸ Providers… against a real Secret Service: a key typed in the dialog goes to the keychain
// (and nowhere else), is used for calls, and can be removed. CTest runs it through
// tests/support/with-keyring.sh, which sets ATHANOR_KEYCHAIN_TEST.
class ProviderKeychainDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ATHANOR_KEYCHAIN_TEST"))
            QSKIP("needs a Secret Service: run through tests/support/with-keyring.sh (CTest does)");
        qunsetenv("ATHANOR_KEYCHAIN");
        qunsetenv("OPENAI_API_KEY");
        QSettings().clear();
    }

    void typedKeyGoesToTheKeychainOnly()
    {
        const QByteArray key = "sk-dialog-keychain-0123456789abcdef";
        FakeHttpServer server;
        server.enqueue(FakeHttpServer::Response::json(200, R"({"object":"list","data":[{"id":"gpt-a"}]})"));
        ProviderSettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectProvider(ProviderKind::OpenAI);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("keyStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("No key yet")), qPrintable(status->text()));
        dialog.findChild<QLineEdit*>(QStringLiteral("baseUrl"))
            ->setText(server.baseUrl() + QStringLiteral("/v1"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("apiKey")), QString::fromLatin1(key));
        QVERIFY(dialog.apply());
        QVERIFY2(status->text().contains(QStringLiteral("stored in the system keychain")),
                 qPrintable(status->text()));
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("apiKey"))->text().isEmpty());

        // The stored key is the one calls use.
        const ApiKeyStore::Lookup found = ApiKeyStore().find(ProviderKind::OpenAI);
        QCOMPARE(found.source, ApiKeyStore::Source::Keychain);
        QCOMPARE(found.value.toLatin1(), key);
        Result<ProviderConfig> config = ProviderSettings::resolve(ProviderKind::OpenAI, {});
        QVERIFY(config.ok());
        QCOMPARE(config->baseUrl, server.baseUrl() + QStringLiteral("/v1"));

        // Not in the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("127.0.0.1")); // the base URL was saved there
        QVERIFY(!written.contains(key));

        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeKey"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(ApiKeyStore().find(ProviderKind::OpenAI).source, ApiKeyStore::Source::None);
        QVERIFY(status->text().contains(QStringLiteral("No key yet")));
    }
};

ATHANOR_TEST(ProviderKeychainDialogTest)
#include "tst_providerkeychain.moc"
