#include "FakeHttpServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/phases/GenerationSetup.h"
#include "core/providers/ProviderSettings.h"
#include "models/PriceTableModel.h"
#include "models/VariantTreeModel.h"
#include "storage/FeedbackRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/UsageRepository.h"
#include "ui/common/RatingPanel.h"
#include "ui/common/StarRating.h"
#include "ui/playground/PlaygroundColumn.h"
#include "ui/playground/PlaygroundPane.h"
#include "ui/playground/RefineView.h"
#include "ui/settings/ProviderSettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace athanor;
using namespace athanor::test;
using Response = FakeHttpServer::Response;

namespace {

constexpr int kTimeout = 10000;

Response openAiStream(const QString& text, int pieceSize = 3, int delayMs = 1)
{
    QByteArray body;
    for (const QString& word : text.split(QLatin1Char(' ')))
        body +=
            "data: " +
            QJsonDocument(
                QJsonObject{{"model", "gpt-test"},
                            {"choices", QJsonArray{QJsonObject{
                                            {"index", 0}, {"delta", QJsonObject{{"content", word + ' '}}}}}}})
                .toJson(QJsonDocument::Compact) +
            "\n\n";
    body += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":20}}\n\ndata: "
            "[DONE]\n\n";
    return Response::streamed("text/event-stream", body, pieceSize, delayMs);
}

QByteArray ollamaStream(const QString& text)
{
    QByteArray body;
    for (const QString& word : text.split(QLatin1Char(' ')))
        body += QJsonDocument(
                    QJsonObject{{"model", "llama-test"},
                                {"message", QJsonObject{{"role", "assistant"}, {"content", word + ' '}}},
                                {"done", false}})
                    .toJson(QJsonDocument::Compact) +
                '\n';
    body +=
        R"({"model":"llama-test","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":9,"eval_count":14})"
        "\n";
    return body;
}

} // namespace

// The Playground driven through its widgets against loopback fake providers.
class PlaygroundPaneTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<FakeHttpServer> m_openai;
    std::unique_ptr<FakeHttpServer> m_ollama;

    void pointColumn(PlaygroundColumn* column, ProviderKind kind)
    {
        auto* provider = column->findChild<QComboBox*>(QStringLiteral("provider"));
        provider->setCurrentIndex(provider->findData(providerName(kind)));
    }

    static QString statusOf(PlaygroundColumn* column)
    {
        return column->findChild<QLabel*>(QStringLiteral("status"))->text();
    }

    int count(const QString& sql)
    {
        auto q = runSql(m_db->connection(), sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        qputenv("ATHANOR_KEYCHAIN", "off");
        qputenv("OPENAI_API_KEY", "sk-playground-test-key-123456");
        QSettings().clear();
    }

    // Fresh servers per test so that an answer one test queued but did not use never reaches the next.
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        m_openai = std::make_unique<FakeHttpServer>();
        m_ollama = std::make_unique<FakeHttpServer>();
        ProviderSettings::setBaseUrl(ProviderKind::OpenAI, m_openai->baseUrl() + "/v1");
        ProviderSettings::setModel(ProviderKind::OpenAI, QStringLiteral("gpt-test"));
        ProviderSettings::setBaseUrl(ProviderKind::Ollama, m_ollama->baseUrl());
        ProviderSettings::setModel(ProviderKind::Ollama, QStringLiteral("llama-test"));
    }

    void comparesTwoProvidersSideBySide()
    {
        m_openai->enqueue(openAiStream(QStringLiteral("Autumn leaves drift down")));
        m_ollama->enqueue(Response::streamed(
            "application/x-ndjson", ollamaStream(QStringLiteral("Red leaves on still water")), 7, 1));
        PlaygroundPane pane(m_db->database());
        pane.resize(780, 540);
        pane.show();
        QApplication::setActiveWindow(&pane); // shortcuts only fire in the active window
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QCOMPARE(pane.columns().size(), 2);
        pointColumn(pane.columns()[0], ProviderKind::OpenAI);
        pointColumn(pane.columns()[1], ProviderKind::Ollama);
        QCOMPARE(pane.columns()[1]->model(), QStringLiteral("llama-test")); // the configured default
        pane.columns()[1]->findChild<QDoubleSpinBox*>(QStringLiteral("temperature"))->setValue(0.2);

        auto* prompt = pane.findChild<QPlainTextEdit*>(QStringLiteral("playgroundPrompt"));
        prompt->setFocus();
        QTest::keyClicks(prompt, QStringLiteral("Write a haiku about autumn"));
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return runs
        QTRY_VERIFY2_WITH_TIMEOUT(
            !pane.columns()[0]->isRunning() && !pane.columns()[1]->isRunning() &&
                pane.columns()[0]->hasResult() && pane.columns()[1]->hasResult(),
            qPrintable(statusOf(pane.columns()[0]) + QStringLiteral(" | ") + statusOf(pane.columns()[1])),
            kTimeout);
        QCOMPARE(pane.columns()[0]->output().trimmed(), QStringLiteral("Autumn leaves drift down"));
        QCOMPARE(pane.columns()[1]->output().trimmed(), QStringLiteral("Red leaves on still water"));
        const QString status = pane.columns()[1]->findChild<QLabel*>(QStringLiteral("status"))->text();
        QVERIFY2(status.contains(QStringLiteral("23 tokens")) && status.contains(QStringLiteral("$0")),
                 qPrintable(status));
        QVERIFY(pane.columns()[0]
                    ->findChild<QLabel*>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("cost unknown")));

        // The exact requests: the OpenAI column's temperature and the Ollama column's options.
        const QJsonObject openaiBody = QJsonDocument::fromJson(m_openai->requests().last().body).object();
        QCOMPARE(openaiBody.value("model").toString(), QStringLiteral("gpt-test"));
        QCOMPARE(openaiBody.value("messages").toArray().last().toObject().value("content").toString(),
                 QStringLiteral("Write a haiku about autumn"));
        const QJsonObject ollamaBody = QJsonDocument::fromJson(m_ollama->requests().last().body).object();
        QCOMPARE(ollamaBody.value("options").toObject().value("temperature").toDouble(), 0.2);
        // Controls changed after the run do not change what is saved: the answer belongs to its run.
        pane.columns()[1]->findChild<QDoubleSpinBox*>(QStringLiteral("temperature"))->setValue(1.5);
        prompt->setPlainText(QStringLiteral("A different prompt typed afterwards"));

        // Rate the second column with its whole panel: it is saved with its lineage, and the rating
        // (stars, helpful, suggested improvement) stored as learning feedback.
        RatingPanel* panel = pane.columns()[1]->rating();
        auto* submit = panel->findChild<QPushButton*>(QStringLiteral("ratingSubmit"));
        QVERIFY(panel->isEnabled());
        QVERIFY(!submit->isEnabled()); // no stars yet
        QTest::mouseClick(panel->findChild<QToolButton*>(QStringLiteral("star4")), Qt::LeftButton);
        panel->findChild<QComboBox*>(QStringLiteral("ratingHelpful"))->setCurrentIndex(1);
        QTest::keyClicks(panel->findChild<QLineEdit*>(QStringLiteral("ratingNote")),
                         QStringLiteral("More colour"));
        QVERIFY(submit->isEnabled());
        QVERIFY(pane.columns()[1]->promptId().isEmpty()); // nothing stored before the rating
        QTest::mouseClick(submit, Qt::LeftButton);
        const QString saved = pane.columns()[1]->promptId();
        QVERIFY(!saved.isEmpty());
        auto prompt2 = PromptRepository(m_db->database()).find(saved);
        QVERIFY(prompt2.has_value());
        QCOMPARE(prompt2->provider, QStringLiteral("ollama"));
        QCOMPARE(prompt2->model, QStringLiteral("llama-test"));
        QCOMPARE(prompt2->temperature.value_or(-1), 0.2);
        QVERIFY(prompt2->phase.isEmpty());
        QVERIFY(!prompt2->maxTokens.has_value()); // the Playground sends no limit
        auto parent = PromptRepository(m_db->database()).find(prompt2->parentId);
        QVERIFY(parent.has_value());
        QCOMPARE(parent->content, QStringLiteral("Write a haiku about autumn"));
        QCOMPARE(FeedbackRepository(m_db->database()).latestStars(saved)->value_or(0), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM learning_feedback WHERE prompt_id = '%1' AND "
                                      "was_helpful = 1 AND suggested_improvement = 'More colour' AND "
                                      "json_extract(context, '$.provider') = 'ollama'")
                           .arg(saved)),
                 1);
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("ratingMessage"))->text().contains("4 stars"));
        // Usage analytics: the prompt generated the answer, which was kept (selected) and rated.
        const UsageRepository::Summary usage = *UsageRepository(m_db->database()).summary(saved);
        QCOMPARE(usage.selected, 1);
        QCOMPARE(usage.rated, 1);
        QCOMPARE(UsageRepository(m_db->database()).summary(prompt2->parentId)->generated, 1);

        // Save the first column with its button; a second click does nothing more.
        auto* save = pane.columns()[0]->findChild<QPushButton*>(QStringLiteral("save"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        QCOMPARE(count("SELECT count(*) FROM prompts WHERE parent_id IS NOT NULL"), 2);
        // Time and tokens of each, and a cost only where the price is known (Ollama is free, gpt-test is not
        // priced).
        QCOMPARE(count("SELECT count(*) FROM prompt_metrics"), 5);
        QCOMPARE(count("SELECT count(*) FROM prompt_metrics WHERE metric_type = 'cost'"), 1);

        // The key the OpenAI column used is in neither the database nor the settings.
        QSettings settings;
        settings.sync();
        for (const QString& path :
             {m_db->path(), m_db->path() + QStringLiteral("-wal"), settings.fileName()}) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!file.readAll().contains("sk-playground-test-key"), qPrintable(path));
        }
    }

    void columnsCanBeAddedUpToFourAndRemovedDownToTwo()
    {
        PlaygroundPane pane(m_db->database());
        auto* add = pane.findChild<QPushButton*>(QStringLiteral("addColumn"));
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(pane.columns().size(), 4);
        QVERIFY(!add->isEnabled());
        pane.columns().last()->removeRequested();
        QCOMPARE(pane.columns().size(), 3);
        pane.columns().last()->removeRequested();
        pane.columns().last()->removeRequested(); // not below two
        QCOMPARE(pane.columns().size(), 2);
    }

    void stopCancelsEveryColumnAtOnce()
    {
        QByteArray slow;
        for (int i = 0; i < 200; ++i)
            slow += "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"word "
                    "\"},\"done\":false}\n";
        m_ollama->enqueue(Response::streamed("application/x-ndjson", slow, 70, 50));
        m_ollama->enqueue(Response::streamed("application/x-ndjson", slow, 70, 50));
        PlaygroundPane pane(m_db->database());
        pane.show();
        for (PlaygroundColumn* column : pane.columns())
            pointColumn(column, ProviderKind::Ollama);
        pane.setPrompt(QStringLiteral("Tell a long story"));
        QTest::mouseClick(pane.findChild<QPushButton*>(QStringLiteral("run")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane.columns()[0]->output().contains(QStringLiteral("word")), kTimeout);
        auto* stop = pane.findChild<QPushButton*>(QStringLiteral("stop"));
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!pane.columns()[0]->isRunning());
        QVERIFY(!pane.columns()[1]->isRunning());
        QVERIFY(pane.columns()[0]
                    ->findChild<QLabel*>(QStringLiteral("status"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QVERIFY(!pane.columns()[0]->hasResult());
    }

    void missingKeyIsShownInTheColumn()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        PlaygroundPane pane(m_db->database());
        pointColumn(pane.columns()[0], ProviderKind::Anthropic);
        pointColumn(pane.columns()[1], ProviderKind::Ollama);
        m_ollama->enqueue(
            Response::streamed("application/x-ndjson", ollamaStream(QStringLiteral("fine")), 100, 0));
        pane.setPrompt(QStringLiteral("hello"));
        pane.runAll();
        const QString status = pane.columns()[0]->findChild<QLabel*>(QStringLiteral("status"))->text();
        QVERIFY2(status.contains(QStringLiteral("no API key for Anthropic")) &&
                     status.contains(QStringLiteral("ANTHROPIC_API_KEY")),
                 qPrintable(status));
        // The other column is not held back.
        QTRY_VERIFY2_WITH_TIMEOUT(pane.columns()[1]->hasResult(), qPrintable(statusOf(pane.columns()[1])),
                                  kTimeout);
    }

    void refinesInPhasesAndStoresTheChain()
    {
        for (const char* text :
             {"Intent: haiku. Task: one haiku about autumn.", "Intent: a haiku on autumn leaves, 5-7-5.",
              "Write one haiku about autumn leaves in 5-7-5.",
              "Compose a single 5-7-5 haiku on falling autumn leaves."})
            m_openai->enqueue(openAiStream(QString::fromUtf8(text), 50, 0));
        PlaygroundPane pane(m_db->database());
        pane.resize(780, 540);
        pane.show();
        pane.setPrompt(QStringLiteral("haiku autumn"));
        RefineView* refine = pane.refineView();
        refine->findChild<QComboBox*>(QStringLiteral("refineProvider"))->setCurrentIndex(0); // OpenAI
        refine->findChild<QSpinBox*>(QStringLiteral("variantCount"))->setValue(2);
        refine->findChild<QCheckBox*>(QStringLiteral("solutio"))->setChecked(false);
        QTest::mouseClick(refine->findChild<QPushButton*>(QStringLiteral("refine")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!refine->isRunning(), kTimeout);
        VariantTreeModel* model = refine->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->rowCount(model->index(0, 0)), 2);
        QCOMPARE(model->rowCount(model->index(1, 0)), 2);
        // The winner of the last phase is selected and shown.
        auto* tree = refine->findChild<QTreeView*>(QStringLiteral("variantTree"));
        QVERIFY(tree->currentIndex().data(VariantTreeModel::IsBestRole).toBool());
        QCOMPARE(count("SELECT count(*) FROM prompts WHERE phase = 'prima-materia'"), 2);
        QCOMPARE(count("SELECT count(*) FROM prompts WHERE phase = 'coagulatio'"), 2);
        QCOMPARE(count("SELECT count(DISTINCT session_id) FROM prompts WHERE phase IS NOT NULL"), 1);
        // Coagulatio variants descend from the prima materia winner.
        const QString primaBest = model->index(0, 0).data(VariantTreeModel::PromptIdRole).toString();
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM prompts WHERE phase = 'coagulatio' AND parent_id = '%1'")
                           .arg(primaBest)),
                 2);
        // Usage analytics: the ranker's best of each phase is selected, and each phase's input
        // generated its variants.
        QCOMPARE(
            count(
                "SELECT count(*) FROM usage_analytics WHERE kind = 'selected' AND usage_context = 'ranker'"),
            2);
        const UsageRepository::Summary primaUsage = *UsageRepository(m_db->database()).summary(primaBest);
        QCOMPARE(primaUsage.selected, 1);
        QCOMPARE(primaUsage.generated, 2);

        // The selected variant is rated with the whole panel, stored as learning feedback.
        auto* panel = refine->findChild<RatingPanel*>(QStringLiteral("ratingPanel"));
        QVERIFY(panel->isEnabled());
        QCOMPARE(panel->promptId(), tree->currentIndex().data(VariantTreeModel::PromptIdRole).toString());
        QTest::mouseClick(panel->stars()->findChild<QToolButton*>(QStringLiteral("star5")), Qt::LeftButton);
        panel->findChild<QComboBox*>(QStringLiteral("ratingMet"))->setCurrentIndex(1);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("ratingSubmit")), Qt::LeftButton);
        QCOMPARE(
            count(QStringLiteral(
                      "SELECT count(*) FROM learning_feedback WHERE rating = 5 AND met_expectations = 1 AND "
                      "json_extract(context, '$.source') = 'playground' AND prompt_id = '%1'")
                      .arg(panel->promptId())),
            1);
    }

    void providerSettingsDialogSavesWhatIsTyped()
    {
        ProviderSettingsDialog dialog;
        dialog.selectProvider(ProviderKind::Google);
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("baseUrl"));
        auto* model = dialog.findChild<QLineEdit*>(QStringLiteral("defaultModel"));
        QCOMPARE(url->placeholderText(), providerInfo(ProviderKind::Google).defaultBaseUrl);
        url->setText(QStringLiteral("ftp://nope"));
        QVERIFY(!dialog.apply()); // not an http(s) URL
        url->setText(QStringLiteral("http://127.0.0.1:9/v1beta"));
        model->setText(QStringLiteral("gemini-test"));
        QVERIFY(dialog.apply());
        // Leaving a provider with a bad URL keeps it selected, with the reason shown.
        url->setText(QStringLiteral("ftp://still-wrong"));
        dialog.selectProvider(ProviderKind::Ollama);
        QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("providerList"))->currentRow(), 2);
        QCOMPARE(url->text(), QStringLiteral("ftp://still-wrong"));
        url->setText(QStringLiteral("http://127.0.0.1:9/v1beta"));
        QCOMPARE(ProviderSettings::baseUrl(ProviderKind::Google),
                 QStringLiteral("http://127.0.0.1:9/v1beta"));
        QCOMPARE(ProviderSettings::model(ProviderKind::Google), QStringLiteral("gemini-test"));
        // With the keychain off the key field is off, the dialog says which variable to set, and
        // a key that still gets typed cannot be stored.
        auto* keyField = dialog.findChild<QLineEdit*>(QStringLiteral("apiKey"));
        QVERIFY(!keyField->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("keyStatus"))
                    ->text()
                    .contains(QStringLiteral("GEMINI_API_KEY")));
        keyField->setText(QStringLiteral("g-key"));
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("keyStatus"))
                    ->text()
                    .contains(QStringLiteral("keychain")));
        // The key never reaches the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("g-key"));
    }

    void pricesAreEditedInTheDialogAndUsedForCosts()
    {
        QFile::remove(userPriceFile());
        ProviderSettingsDialog dialog;
        dialog.show();
        dialog.showPrices();
        PriceTableModel* prices = dialog.priceModel();
        const int before = prices->rowCount();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("newPriceModel"));
        QTest::keyClicks(name, QStringLiteral("gpt-test"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addPrice")), Qt::LeftButton);
        QCOMPARE(prices->rowCount(), before + 1);
        QVERIFY(name->text().isEmpty());
        const int row = prices->rowOf(QStringLiteral("gpt-test"));
        QVERIFY(prices->setData(prices->index(row, PriceTableModel::Input), 1.0));
        QVERIFY(prices->setData(prices->index(row, PriceTableModel::Output), 2.0));
        QVERIFY(dialog.apply());
        QVERIFY(QFile::exists(userPriceFile()));
        auto loaded = loadPriceTable();
        QVERIFY(loaded.ok());
        // 12 input and 20 output tokens at $1 and $2 per million.
        QCOMPARE(loaded->cost(ProviderKind::OpenAI, QStringLiteral("gpt-test"), {12, 20}).value_or(-1),
                 52e-6);

        // The Playground now costs the gpt-test column.
        m_openai->enqueue(openAiStream(QStringLiteral("Priced answer")));
        PlaygroundPane pane(m_db->database());
        pointColumn(pane.columns()[0], ProviderKind::OpenAI);
        pointColumn(pane.columns()[1], ProviderKind::OpenAI);
        m_openai->enqueue(openAiStream(QStringLiteral("Second answer")));
        pane.setPrompt(QStringLiteral("price me"));
        pane.runAll();
        QTRY_VERIFY_WITH_TIMEOUT(pane.columns()[0]->hasResult(), kTimeout);
        QVERIFY2(statusOf(pane.columns()[0]).contains(QStringLiteral("$0.00005")),
                 qPrintable(statusOf(pane.columns()[0])));

        // Reset drops a model the shipped table does not know; saving removes it from the file.
        ProviderSettingsDialog again;
        again.priceModel()->resetRow(again.priceModel()->rowOf(QStringLiteral("gpt-test")));
        QVERIFY(again.apply());
        QVERIFY(!loadPriceTable()->entry(QStringLiteral("gpt-test")).has_value());
        QFile::remove(userPriceFile());
    }
};

ATHANOR_TEST(PlaygroundPaneTest)
#include "tst_playgroundpane.moc"
