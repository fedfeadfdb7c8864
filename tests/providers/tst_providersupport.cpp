#include "TestRegistry.h"
#include "core/providers/ApiKeyStore.h"
#include "core/providers/ProviderError.h"
#include "core/providers/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace athanor;

class ProviderSupportTest : public QObject
{
    Q_OBJECT
private slots:
    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("fraction") << QByteArray(" 0.5 ") << qint64(500);
        QTest::newRow("date") << QByteArray("Thu, 03 Dec 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("date in the past") << QByteArray("Thu, 03 Dec 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc());
        const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(header, now);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void backoff()
    {
        const RetryPolicy policy{3, 500, 1500};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(policy.delayMs(1, {}, now).value_or(-1), 500);
        QCOMPARE(policy.delayMs(2, {}, now).value_or(-1), 1000);
        QCOMPARE(policy.delayMs(3, {}, now).value_or(-1), 1500); // capped
        QVERIFY(!policy.delayMs(4, {}, now)); // no retries left
        QCOMPARE(policy.delayMs(1, "1", now).value_or(-1), 1000); // the server decides
        QVERIFY(!policy.delayMs(1, "60", now)); // asks for more than we wait
    }

    void redaction()
    {
        const QString key = QStringLiteral("sk-proj-ABCDEFGHIJKLMNOP");
        QCOMPARE(redactSecret(QStringLiteral("key sk-proj-ABCDEFGHIJKLMNOP bad"), key), QStringLiteral("key *** bad"));
        const QString echoed = redactSecret(QStringLiteral("Incorrect key sk-proj-****KLMNOP"), key);
        QVERIFY(!echoed.contains(QStringLiteral("KLMNOP")));
        QCOMPARE(redactSecret(QStringLiteral("abc"), QString()), QStringLiteral("abc"));
    }

    void httpErrorsNameTheKeyVariable_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("variable");
        QTest::newRow("openai") << int(ProviderKind::OpenAI) << "OPENAI_API_KEY";
        QTest::newRow("anthropic") << int(ProviderKind::Anthropic) << "ANTHROPIC_API_KEY";
        QTest::newRow("google") << int(ProviderKind::Google) << "GEMINI_API_KEY or GOOGLE_API_KEY";
        QTest::newRow("openrouter") << int(ProviderKind::OpenRouter) << "OPENROUTER_API_KEY";
    }
    void httpErrorsNameTheKeyVariable()
    {
        QFETCH(int, kind);
        QFETCH(QString, variable);
        const ProviderError missing = ProviderError::fromHttp(ProviderKind(kind), 401, {}, "u", "m", {});
        QVERIFY(missing.error.what.startsWith(QStringLiteral("No API key")));
        QVERIFY2(missing.error.hint.contains(variable), qPrintable(missing.error.hint));
        const ProviderError wrong = ProviderError::fromHttp(ProviderKind(kind), 401, {}, "u", "m", QStringLiteral("k-123456"));
        QVERIFY(wrong.error.what.contains(QStringLiteral("rejected the API key")));
        QCOMPARE(wrong.error.exitCode(), 3);
        QVERIFY(!wrong.retryable());
        QVERIFY(ProviderError::fromHttp(ProviderKind(kind), 429, {}, "u", "m", {}).retryable());
        QVERIFY(ProviderError::fromHttp(ProviderKind(kind), 503, {}, "u", "m", {}).retryable());
        QVERIFY(!ProviderError::fromHttp(ProviderKind(kind), 400, {}, "u", "m", {}).retryable());
    }

    void keysComeFromTheEnvironmentFirst()
    {
        qputenv("ATHANOR_KEYCHAIN", "off");
        qputenv("GEMINI_API_KEY", "");
        qputenv("GOOGLE_API_KEY", "g-key");
        ApiKeyStore store;
        ApiKeyStore::Lookup lookup = store.find(ProviderKind::Google);
        QCOMPARE(lookup.value, QStringLiteral("g-key"));
        QCOMPARE(lookup.where, QStringLiteral("GOOGLE_API_KEY"));
        qputenv("GEMINI_API_KEY", "gem-key");
        QCOMPARE(store.find(ProviderKind::Google).value, QStringLiteral("gem-key"));
        qunsetenv("GEMINI_API_KEY");
        qunsetenv("GOOGLE_API_KEY");
        QCOMPARE(store.find(ProviderKind::Google).source, ApiKeyStore::Source::None);
        QCOMPARE(store.find(ProviderKind::Ollama).source, ApiKeyStore::Source::None);
        QVERIFY(!store.store(ProviderKind::OpenAI, QStringLiteral("x")).ok()); // the keychain is off
        qunsetenv("ATHANOR_KEYCHAIN");
    }

    void providerNames()
    {
        QCOMPARE(parseProviderKind(QStringLiteral("Gemini")), std::optional(ProviderKind::Google));
        QCOMPARE(parseProviderKind(QStringLiteral("openrouter")), std::optional(ProviderKind::OpenRouter));
        QVERIFY(!parseProviderKind(QStringLiteral("bard")));
        for (const ProviderInfo& info : allProviders())
            QCOMPARE(parseProviderKind(info.name), std::optional(info.kind));
    }
};

ATHANOR_TEST(ProviderSupportTest)
#include "tst_providersupport.moc"
