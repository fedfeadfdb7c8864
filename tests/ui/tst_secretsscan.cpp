#include "../providers/ProviderSamples.h"
#include "FakeHttpServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/providers/ProviderSettings.h"
#include "storage/PromptExporter.h"
#include "ui/library/LibraryIndexService.h"
#include "ui/playground/PlaygroundColumn.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace athanor;
using namespace athanor::test;
using Response = FakeHttpServer::Response;

namespace {

// One key per provider, each unlike anything else the app writes.
struct Keyed
{
    ProviderKind kind;
    const char* variable;
    QByteArray key;
};
const QList<Keyed>& keyed()
{
    static const QList<Keyed> list{
        {ProviderKind::OpenAI, "OPENAI_API_KEY", "sk-proj-SCANME-openai-7fQ2xL9mR4tB8wK1"},
        {ProviderKind::Anthropic, "ANTHROPIC_API_KEY", "sk-ant-api03-SCANME-anthropic-Jd83hQ0vZp"},
        {ProviderKind::Google, "GEMINI_API_KEY", "AIzaSyD-SCANME-gemini-u3Kx9Lw2Pq7Rm5N"},
        {ProviderKind::OpenRouter, "OPENROUTER_API_KEY", "sk-or-v1-SCANME-openrouter-c41e9b7a2d"},
    };
    return list;
}

// Every form a key could be written in: as is, base64 (a settings value, a header dump), UTF-16
// (a QString saved raw), and its distinctive middle alone (a key cut or quoted).
QList<QByteArray> formsOf(const QByteArray& key)
{
    QByteArray utf16;
    for (char c : key)
        utf16 += QByteArray(1, c) + '\0';
    return {key, key.toBase64(), key.toBase64(QByteArray::Base64UrlEncoding), utf16, key.mid(key.indexOf("SCANME"))};
}

QStringList g_messages; // every Qt message of the run: the app's log
QtMessageHandler g_previous = nullptr;
void keepMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_messages << message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// A run of the app that uses every provider with a key (the Playground, four columns, each
// answer saved), indexes the library, exports it in every format and backs it up; then the
// database, its log, the similarity index, the exports, the backup, the settings file, every
// other file the app's folders hold, and everything it logged are searched for the keys.
class SecretsScanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ATHANOR_KEYCHAIN", "off"); // keys from the environment, as on a server or in CI
        for (const Keyed& k : keyed())
            qputenv(k.variable, k.key);
        qunsetenv("GOOGLE_API_KEY");
        QSettings().clear();
        g_previous = qInstallMessageHandler(keepMessage);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        for (const Keyed& k : keyed())
            qunsetenv(k.variable);
    }

    void noKeyIsWrittenOrLoggedAnywhere()
    {
        TempDatabase db;
        QMap<ProviderKind, std::shared_ptr<FakeHttpServer>> servers;
        for (const Keyed& k : keyed())
            servers.insert(k.kind, std::make_shared<FakeHttpServer>());
        ProviderSettings::setBaseUrl(ProviderKind::OpenAI, servers[ProviderKind::OpenAI]->baseUrl() + "/v1");
        ProviderSettings::setBaseUrl(ProviderKind::Anthropic, servers[ProviderKind::Anthropic]->baseUrl() + "/v1");
        ProviderSettings::setBaseUrl(ProviderKind::Google, servers[ProviderKind::Google]->baseUrl() + "/v1beta");
        ProviderSettings::setBaseUrl(ProviderKind::OpenRouter, servers[ProviderKind::OpenRouter]->baseUrl() + "/api/v1");
        servers[ProviderKind::OpenAI]->enqueue(Response::streamed("text/event-stream", samples::kOpenAiStream, 9));
        servers[ProviderKind::Anthropic]->enqueue(Response::streamed("text/event-stream", samples::kAnthropicStream, 9));
        servers[ProviderKind::Google]->enqueue(Response::streamed("text/event-stream", samples::kGeminiStream, 9));
        servers[ProviderKind::OpenRouter]->enqueue(Response::streamed("text/event-stream", samples::kOpenAiStream, 9));

        {
            MainWindow window(db.database()); // its index service indexes what the run saves
            PlaygroundPane pane(db.database());
            pane.resize(1200, 600);
            pane.show();
            QApplication::setActiveWindow(&pane);
            QVERIFY(QTest::qWaitForWindowActive(&pane));
            while (pane.columns().size() < keyed().size())
                pane.addColumn();
            for (int i = 0; i < keyed().size(); ++i) {
                auto* provider = pane.columns()[i]->findChild<QComboBox*>(QStringLiteral("provider"));
                provider->setCurrentIndex(provider->findData(providerName(keyed()[i].kind)));
            }
            auto* prompt = pane.findChild<QPlainTextEdit*>(QStringLiteral("playgroundPrompt"));
            prompt->setFocus();
            QTest::keyClicks(prompt, QStringLiteral("Say hello in French"));
            QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
            for (PlaygroundColumn* column : pane.columns()) {
                QTRY_VERIFY_WITH_TIMEOUT(!column->isRunning() && column->hasResult(), 10000);
                QCOMPARE(column->output().trimmed(), QString::fromUtf8(samples::kStreamText));
                QTest::mouseClick(column->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
                QVERIFY(!column->promptId().isEmpty());
            }
            // Each provider got its own key, in its own header or parameter.
            for (const Keyed& k : keyed()) {
                const FakeHttpServer::Request request = servers[k.kind]->requests().value(0);
                QVERIFY2(request.header("authorization").contains(k.key) || request.header("x-api-key") == k.key ||
                             request.header("x-goog-api-key") == k.key || request.target.contains(k.key),
                         k.variable);
            }
            window.indexService()->indexPending();
            QTRY_VERIFY_WITH_TIMEOUT(!window.indexService()->isIndexing(), 10000);
        }

        QDir folder(db.dir());
        for (const QString& format : PromptExporter::formats())
            QVERIFY(PromptExporter(db.database()).exportTo(folder.filePath("export." + format), format).ok());
        QVERIFY(db.database()->copyTo(folder.filePath("backup.db")).ok());

        // Search: the library's folder (database, log, index, exports, backup), the settings
        // file, and the app's own folders.
        QSettings settings;
        settings.sync();
        QStringList roots{db.dir(), QFileInfo(settings.fileName()).absolutePath()};
        for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                              QStandardPaths::CacheLocation, QStandardPaths::AppLocalDataLocation})
            roots << QStandardPaths::writableLocation(location);
        QStringList searched;
        for (const QString& root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (searched.contains(path))
                    continue;
                searched << path;
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                const QByteArray bytes = file.readAll();
                for (const Keyed& k : keyed())
                    for (const QByteArray& form : formsOf(k.key))
                        QVERIFY2(!bytes.contains(form), qPrintable(k.variable + QStringLiteral(" in ") + path));
            }
        }
        const auto searchedFile = [&](const QString& suffix) {
            return std::any_of(searched.cbegin(), searched.cend(), [&](const QString& p) { return p.endsWith(suffix); });
        };
        QVERIFY(searchedFile("test.db"));
        QVERIFY(searchedFile(".hnsw"));
        QVERIFY(searchedFile(".manifest.json"));
        QVERIFY(searchedFile("export.json") && searchedFile("export.csv") && searchedFile("backup.db"));
        QVERIFY2(searchedFile(QFileInfo(settings.fileName()).fileName()), qPrintable(settings.fileName()));
        const QString log = g_messages.join(QLatin1Char('\n'));
        for (const Keyed& k : keyed())
            for (const QByteArray& form : formsOf(k.key))
                QVERIFY2(!log.toUtf8().contains(form), k.variable);
    }
};

ATHANOR_TEST(SecretsScanTest)
#include "tst_secretsscan.moc"
