#include "FakeHttpServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/embeddings/LocalEmbedder.h"
#include "core/providers/EmbedderChoice.h"
#include "core/providers/ProviderSettings.h"
#include "storage/EmbeddingRepository.h"
#include "storage/PromptRepository.h"
#include "ui/library/LibraryIndexService.h"
#include "ui/settings/ProviderSettingsDialog.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace athanor;
using namespace athanor::test;
using Response = FakeHttpServer::Response;

// Similarity search on a provider's embeddings, chosen in Edit ▸ Providers… ▸ Search: the main
// window connects to the provider off the GUI thread, indexes the library with it, and goes back
// to the local embedder (whose index was kept) when asked.
class RemoteEmbeddingsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("ATHANOR_KEYCHAIN", "off");
        QSettings().clear();
    }

    void searchMovesToTheChosenEmbedderAndBack()
    {
        FakeHttpServer ollama;
        ProviderSettings::setBaseUrl(ProviderKind::Ollama, ollama.baseUrl());
        ollama.enqueue(Response::json(200, R"({"embeddings":[[0.5,0.5,0.5]]})")); // the dimension probe
        ollama.enqueue(Response::json(200, R"({"embeddings":[[1,0,0],[0,1,0],[0,0,1]]})"));
        TempDatabase db;
        const QStringList texts{QStringLiteral("cats purr on warm windowsills"),
                                QStringLiteral("dogs bark at the postman"),
                                QStringLiteral("cars honk in traffic jams")};
        for (const QString& text : texts) {
            Prompt prompt;
            prompt.content = text;
            QVERIFY(PromptRepository(db.database()).add(prompt).ok());
        }

        // Chosen in the dialog: a provider without embeddings is refused with the reason.
        ProviderSettingsDialog dialog;
        dialog.showSearch();
        auto* embedder = dialog.findChild<QComboBox*>(QStringLiteral("embedder"));
        QCOMPARE(embedder->currentText(), QStringLiteral("local"));
        QVERIFY(embedder->findText(QStringLiteral("ollama:nomic-embed-text")) >= 0);
        embedder->setCurrentText(QStringLiteral("anthropic"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("embedderStatus"))
                    ->text()
                    .contains(QStringLiteral("no embeddings API")));
        embedder->setCurrentText(QStringLiteral("ollama:embed-test"));
        QVERIFY(dialog.apply());
        QCOMPARE(EmbedderChoice::current(), QStringLiteral("ollama:embed-test"));

        MainWindow window(db.database());
        LibraryIndexService* service = window.indexService();
        QTRY_VERIFY_WITH_TIMEOUT(
            service->embedderModel() == QStringLiteral("ollama:embed-test") && !service->isIndexing(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ollama.requestCount(), 2, 5000);
        const QJsonObject batch = QJsonDocument::fromJson(ollama.requests()[1].body).object();
        QCOMPARE(batch.value(QStringLiteral("input")).toArray().size(), 3);

        ollama.enqueue(
            Response::json(200, R"({"embeddings":[[0.1,0.2,0.9]]})")); // "vehicles": most like the cars
        auto found = service->repository()->similarToText(QStringLiteral("vehicles"), 1);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
        QCOMPARE(found->value(0).content, QStringLiteral("cars honk in traffic jams"));

        // Back to local: no more calls to the provider, and the local index answers at once.
        EmbedderChoice::setCurrent(EmbedderChoice::local());
        window.applyEmbedderChoice();
        QCOMPARE(service->embedderModel(), LocalEmbedder().model());
        QTRY_VERIFY_WITH_TIMEOUT(!service->isIndexing(), 10000);
        found = service->repository()->similarToText(QStringLiteral("cats purr"), 1);
        QVERIFY(found.ok());
        QCOMPARE(found->value(0).content, QStringLiteral("cats purr on warm windowsills"));
        QCOMPARE(ollama.requestCount(), 3);
    }

    void aDeadProviderLeavesSearchOnTheLocalEmbedder()
    {
        FakeHttpServer ollama;
        ollama.setFallback(
            Response::json(404, "{\"error\":\"model 'gone' not found, try pulling it first\"}"));
        ProviderSettings::setBaseUrl(ProviderKind::Ollama, ollama.baseUrl());
        EmbedderChoice::setCurrent(QStringLiteral("ollama:gone"));
        TempDatabase db;
        MainWindow window(db.database());
        QTRY_VERIFY_WITH_TIMEOUT(ollama.requestCount() >= 1 && window.statusBar()->currentMessage().contains(
                                                                   QStringLiteral("stays on")),
                                 10000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("gone")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.indexService()->embedderModel(), LocalEmbedder().model());
        EmbedderChoice::setCurrent(EmbedderChoice::local());
    }
};

ATHANOR_TEST(RemoteEmbeddingsTest)
#include "tst_remoteembeddings.moc"
