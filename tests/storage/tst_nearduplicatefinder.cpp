#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/NearDuplicateFinder.h"
#include "storage/PromptRepository.h"

#include <QTest>

using namespace athanor;

class NearDuplicateFinderTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    std::shared_ptr<EmbeddingRepository> m_embeddings;

    QString add(const QString& content)
    {
        Prompt p;
        p.content = content;
        auto id = PromptRepository(m_db->database()).add(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        return *id;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_embeddings = std::make_shared<EmbeddingRepository>(m_db->database());
    }

    void groupsNearIdenticalWording()
    {
        const QString a1 = add(QStringLiteral("Write a haiku about autumn leaves falling in the park."));
        const QString a2 = add(QStringLiteral("Write a haiku about autumn leaves falling in the park!"));
        const QString a3 = add(QStringLiteral("write a Haiku about autumn leaves falling in the park, please"));
        const QString b1 = add(QStringLiteral("Summarise these meeting notes into action items with owners and dates."));
        const QString b2 = add(QStringLiteral("Summarise these meeting notes into action items with owners and due dates."));
        add(QStringLiteral("Explain the difference between a process and a thread."));
        add(QStringLiteral("Plan a three-day trip to Lisbon on a small budget."));
        QVERIFY(m_embeddings->indexPending().ok());

        qint64 lastDone = 0, total = 0;
        auto groups = NearDuplicateFinder(m_db->database(), m_embeddings)
                          .find(0.8f, [&](qint64 done, qint64 all) {
                              lastDone = done;
                              total = all;
                          });
        QVERIFY2(groups.ok(), groups.ok() ? "" : qPrintable(groups.error().message()));
        QCOMPARE(total, 7);
        QCOMPARE(lastDone, 7);
        QCOMPARE(groups->size(), 2);
        QStringList first, second;
        for (const auto& m : groups->at(0).members)
            first << m.id;
        for (const auto& m : groups->at(1).members)
            second << m.id;
        QCOMPARE(first, (QStringList{a1, a2, a3})); // largest first, oldest heads it
        QCOMPARE(second, (QStringList{b1, b2}));
        QCOMPARE(groups->at(0).members.first().score, 1.0f);
        QVERIFY(groups->at(0).members.at(1).score >= 0.8f);
        QVERIFY(!groups->at(0).members.at(2).content.isEmpty());
    }

    void strictThresholdFindsNone()
    {
        add(QStringLiteral("Write a haiku about autumn leaves."));
        add(QStringLiteral("Compose a short poem about falling leaves in autumn."));
        QVERIFY(m_embeddings->indexPending().ok());
        auto groups = NearDuplicateFinder(m_db->database(), m_embeddings).find(0.99f);
        QVERIFY(groups.ok());
        QVERIFY(groups->isEmpty());
    }

    void rejectsABadThresholdAndCancels()
    {
        add(QStringLiteral("One prompt."));
        add(QStringLiteral("Another prompt."));
        QVERIFY(m_embeddings->indexPending().ok());
        NearDuplicateFinder finder(m_db->database(), m_embeddings);
        QVERIFY(!finder.find(0.0f).ok());
        QVERIFY(!finder.find(1.5f).ok());
        std::atomic_bool cancel{true};
        auto cancelled = finder.find(0.9f, {}, &cancel);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().message().contains(QStringLiteral("cancelled")));
    }
};

ATHANOR_TEST(NearDuplicateFinderTest)
#include "tst_nearduplicatefinder.moc"
