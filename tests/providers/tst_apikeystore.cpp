#include "TestRegistry.h"
#include "core/providers/ApiKeyStore.h"

#include <QTest>

using namespace athanor;

// The real keychain round trip: store, read back, environment first, remove. It needs a Secret
// Service: CTest runs it through tests/support/with-keyring.sh (a private D-Bus session with a fresh,
// unlocked gnome-keyring), which sets ATHANOR_KEYCHAIN_TEST.
class ApiKeyStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ATHANOR_KEYCHAIN_TEST"))
            QSKIP("needs a Secret Service: run through tests/support/with-keyring.sh (CTest does)");
        qunsetenv("ATHANOR_KEYCHAIN");
        qunsetenv("OPENROUTER_API_KEY");
        qunsetenv("ANTHROPIC_API_KEY");
        QVERIFY(ApiKeyStore::keychainEnabled());
    }

    void storesReadsAndRemovesAKey()
    {
        const ApiKeyStore store;
        const QString key = QStringLiteral("sk-or-v1-keychain-test-0123456789");
        QVERIFY(store.remove(ProviderKind::OpenRouter).ok()); // a missing entry is not an error
        ApiKeyStore::Lookup before = store.find(ProviderKind::OpenRouter);
        QCOMPARE(before.source, ApiKeyStore::Source::None);
        QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));

        const Status stored =
            store.store(ProviderKind::OpenRouter, QStringLiteral("  ") + key + QStringLiteral("\n"));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message()));
        ApiKeyStore::Lookup found = store.find(ProviderKind::OpenRouter);
        QCOMPARE(found.source, ApiKeyStore::Source::Keychain);
        QCOMPARE(found.value, key); // trimmed on the way in
        QCOMPARE(found.where, QStringLiteral("keychain"));

        // An environment variable overrides the stored key, without changing it.
        qputenv("OPENROUTER_API_KEY", "sk-or-from-the-environment");
        found = store.find(ProviderKind::OpenRouter);
        QCOMPARE(found.source, ApiKeyStore::Source::Environment);
        QCOMPARE(found.where, QStringLiteral("OPENROUTER_API_KEY"));
        qunsetenv("OPENROUTER_API_KEY");
        QCOMPARE(store.find(ProviderKind::OpenRouter).value, key);

        // Keys of other providers are separate entries.
        QCOMPARE(store.find(ProviderKind::Anthropic).source, ApiKeyStore::Source::None);

        QVERIFY(store.remove(ProviderKind::OpenRouter).ok());
        QCOMPARE(store.find(ProviderKind::OpenRouter).source, ApiKeyStore::Source::None);
    }

    void ollamaNeedsNoKey()
    {
        QCOMPARE(ApiKeyStore().find(ProviderKind::Ollama).source, ApiKeyStore::Source::None);
    }
};

ATHANOR_TEST(ApiKeyStoreTest)
#include "tst_apikeystore.moc"
