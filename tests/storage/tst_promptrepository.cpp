#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/PromptRepository.h"

#include <QTest>
#include <QtConcurrent>

using namespace athanor;

class PromptRepositoryTest : public QObject
{
    Q_OBJECT
private slots:
    void addFindRemove()
    {
        test::TempDatabase db;
        PromptRepository repository(db.database());
        Prompt prompt;
        prompt.content = QStringLiteral("Summarise this article in three bullet points.");
        prompt.tags = {QStringLiteral("summary"), QStringLiteral("news")};
        prompt.temperature = 0.7;
        prompt.phase = QStringLiteral("solutio");
        auto id = repository.add(prompt);
        QVERIFY(id.ok());
        QCOMPARE(id->size(), 36);

        auto found = repository.find(*id);
        QVERIFY(found.has_value());
        QCOMPARE(found->content, prompt.content);
        QCOMPARE(found->tags, prompt.tags);
        QCOMPARE(found->temperature.value(), 0.7);
        QCOMPARE(found->phase, QStringLiteral("solutio"));
        QVERIFY(found->createdAt.endsWith(QLatin1Char('Z')));
        QCOMPARE(*repository.count(), 1);

        QVERIFY(repository.remove(*id).ok());
        QVERIFY(!repository.find(*id).has_value());
        QVERIFY(!repository.remove(*id).ok());
    }

    void duplicateContentRefusedByHash()
    {
        test::TempDatabase db;
        PromptRepository repository(db.database());
        Prompt first;
        first.content = QStringLiteral("Write a haiku about autumn.");
        auto id = repository.add(first);
        QVERIFY(id.ok());
        Prompt second;
        second.content = QStringLiteral("Write a haiku about autumn.  \r\n"); // same once normalised
        auto again = repository.add(second);
        QVERIFY(!again.ok());
        QVERIFY(again.error().what.contains(*id));
        QCOMPARE(*repository.count(), 1);
    }

    void emptyRefused()
    {
        test::TempDatabase db;
        PromptRepository repository(db.database());
        Prompt blank;
        blank.content = QStringLiteral(" \n\t ");
        QVERIFY(!repository.add(blank).ok());
    }

    void worksFromAnotherThread()
    {
        test::TempDatabase db;
        Prompt prompt;
        prompt.content = QStringLiteral("threaded");
        QVERIFY(PromptRepository(db.database()).add(prompt).ok());
        const qint64 count = QtConcurrent::run([database = db.database()] {
                                 return *PromptRepository(database).count();
                             }).result();
        QCOMPARE(count, 1);
    }
};

ATHANOR_TEST(PromptRepositoryTest)
#include "tst_promptrepository.moc"
