#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/EnhancementRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace athanor;

class EnhancementRepositoryTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    std::shared_ptr<const Enhancer> m_engine;

    int count(const QString& sql)
    {
        auto q = runSql(m_db->connection(), sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
        auto engine = loadEnhancer(m_db->database());
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message()));
        m_engine = *engine;
    }
    void cleanupTestCase()
    {
        m_engine.reset();
        m_db.reset();
    }

    void recordsHistoryAndLineage()
    {
        auto e = m_engine->enhance("Write a SQL query that lists customers with no orders in 2025.");
        QVERIFY(e.ok());
        auto recorded = EnhancementRepository(m_db->database()).record(*e, "composer");
        QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message()));

        PromptRepository prompts(m_db->database());
        const auto original = prompts.find(recorded->originalId);
        const auto enhanced = prompts.find(recorded->enhancedId);
        QVERIFY(original && enhanced);
        QCOMPARE(original->content, e->original);
        QCOMPARE(enhanced->content, e->enhanced);
        QCOMPARE(enhanced->parentId, recorded->originalId);
        QCOMPARE(enhanced->originalInput, e->original);
        QCOMPARE(enhanced->sessionId, recorded->sessionId);

        auto history = runSql(m_db->connection(),
                              "SELECT original_prompt, enhanced_prompt, detected_intent_path, detected_complexity, "
                              "json_array_length(techniques_applied), model_confidence, enhancement_metadata, "
                              "client_type, enhanced_prompt_id FROM prompt_history WHERE id = ?",
                              {recorded->historyId});
        QVERIFY(history && history->next());
        QCOMPARE(history->value(0).toString(), e->original);
        QCOMPARE(history->value(1).toString(), e->enhanced);
        QCOMPARE(history->value(2).toString(), e->intent);
        QCOMPARE(history->value(3).toInt(), e->complexity);
        QCOMPARE(history->value(4).toInt(), e->techniques.size());
        QVERIFY(qAbs(history->value(5).toDouble() - e->confidence) < 1e-9);
        const QJsonObject metadata = QJsonDocument::fromJson(history->value(6).toByteArray()).object();
        QCOMPARE(metadata.value("techniques").toArray().size(), e->techniques.size());
        QVERIFY(!metadata.value("improvements").toArray().isEmpty());
        QCOMPARE(history->value(7).toString(), QStringLiteral("composer"));
        QCOMPARE(history->value(8).toString(), recorded->enhancedId);
        QCOMPARE(count(QString("SELECT count(*) FROM usage_analytics WHERE prompt_id = '%1' AND generated_prompt_id = '%2'")
                           .arg(recorded->originalId, recorded->enhancedId)),
                 1);
    }

    void sameInputTwiceReusesPrompts()
    {
        const QString prompt = "Translate 'good morning' into Italian and Portuguese.";
        auto e = m_engine->enhance(prompt);
        EnhancementRepository repository(m_db->database());
        const int promptsBefore = count("SELECT count(*) FROM prompts");
        auto first = repository.record(*e, "cli");
        auto second = repository.record(*e, "cli");
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(second->originalId, first->originalId);
        QCOMPARE(second->enhancedId, first->enhancedId);
        QVERIFY(second->historyId != first->historyId); // every enhancement is a history entry
        QCOMPARE(count("SELECT count(*) FROM prompts"), promptsBefore + 2);
        QCOMPARE(count(QString("SELECT generation_count FROM prompts WHERE id = '%1'").arg(first->originalId)), 2);
    }

    void engineNeedsTheCatalog()
    {
        test::TempDatabase empty;
        auto engine = loadEnhancer(empty.database());
        QVERIFY(!engine.ok());
        QVERIFY(engine.error().hint.contains("init"));
    }
};

ATHANOR_TEST(EnhancementRepositoryTest)
#include "tst_enhancementrepository.moc"
