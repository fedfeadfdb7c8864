#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/ClassifierRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QTest>

using namespace athanor;

// The classifier learns from corrections: a family it got wrong is learned, a bad training set
// is not activated, and a version can be rolled back.
class ClassifierRepositoryTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    QList<Intent> m_intents;

    QString addPrompt(const QString& text)
    {
        Prompt prompt;
        prompt.content = text;
        auto id = PromptRepository(m_db->database()).add(prompt);
        return id.ok() ? *id : QString();
    }

    // Sourdough baking: a family of prompts the shipped examples know nothing about.
    static QStringList family()
    {
        QStringList texts;
        const QStringList asks{"Plan a feeding schedule for my sourdough starter",
                               "Why is my sourdough crumb so dense",
                               "Adjust the hydration of a sourdough loaf to 78 percent",
                               "How long should the levain ferment",
                               "Score a sourdough boule for a better ear",
                               "Fix a sourdough starter that smells of acetone"};
        const QStringList details{"with rye flour", "in a cold kitchen", "for a Dutch oven bake",
                                  "using whole wheat levain", "before an overnight retard in the fridge"};
        for (const QString& ask : asks)
            for (const QString& detail : details)
                texts << ask + QLatin1Char(' ') + detail;
        return texts; // 30
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
        auto catalog = CatalogRepository(m_db->database()).load();
        QVERIFY(catalog.ok());
        m_intents = catalog->intents;
    }

    void correctionsOfAFamilyAreLearned()
    {
        ClassifierRepository classifiers(m_db->database());
        auto before = classifiers.activeClassifier(m_intents);
        QVERIFY(before.ok());
        const QStringList texts = family();
        // The target: an intent the shipped classifier does not give the family.
        QString target;
        for (const Intent& intent : m_intents)
            if (intent.examples.size() >= 20 && intent.path != before->classify(texts.first()).intent &&
                !intent.path.startsWith(
                    before->classify(texts.first()).intent.section(QLatin1Char('.'), 0, 0))) {
                target = intent.path;
                break;
            }
        QVERIFY(!target.isEmpty());
        int wrongBefore = 0;
        for (const QString& text : texts)
            wrongBefore += before->classify(text).intent != target;
        QCOMPARE(wrongBefore, int(texts.size()));

        QStringList heldOut;
        for (int i = 0; i < texts.size(); ++i) {
            auto id = classifiers.correct({addPrompt(texts[i]), target, 2, {}});
            QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message()));
            if (i % 5 == 4)
                heldOut << texts[i];
        }
        QCOMPARE(classifiers.correctionCount().value(), 30);
        auto heldOutRows =
            runSql(m_db->connection(), "SELECT count(*) FROM ml_training_data WHERE is_test_set = 1");
        QVERIFY(heldOutRows && heldOutRows->next());
        QCOMPARE(heldOutRows->value(0).toInt(), 6);

        auto training = classifiers.train(m_intents);
        QVERIFY2(training.ok(), training.ok() ? "" : qPrintable(training.error().message()));
        QVERIFY2(training->candidate.active, qPrintable(training->reason));
        QCOMPARE(training->candidate.version, QStringLiteral("v1"));
        QCOMPARE(training->previous.version, QStringLiteral("official"));
        QVERIFY(training->candidate.accuracy > training->previous.accuracy);
        QVERIFY(training->evaluation.f1.contains(target));

        // The prompts it was tested on, never trained on, and a new one of the family.
        auto after = classifiers.activeClassifier(m_intents);
        QVERIFY(after.ok());
        for (const QString& text : heldOut)
            QVERIFY2(after->classify(text).intent.startsWith(target),
                     qPrintable(text + " -> " + after->classify(text).intent));
        QVERIFY(after->classify(QStringLiteral("My sourdough levain collapses before the loaf is shaped"))
                    .intent.startsWith(target));
        auto versions = classifiers.versions();
        QCOMPARE(versions->size(), 1);
        QVERIFY(versions->first().active);

        // Rolled back: the official examples alone again.
        auto back = classifiers.rollback();
        QVERIFY(back.ok());
        QCOMPARE(back->version, QStringLiteral("official"));
        QVERIFY(!classifiers.versions()->first().active);
        QCOMPARE(classifiers.activeClassifier(m_intents)->classify(heldOut.first()).intent,
                 before->classify(heldOut.first()).intent);
        QVERIFY(!classifiers.rollback().ok()); // nothing before the official examples
    }

    void aBadTrainingSetIsNotActivated()
    {
        ClassifierRepository classifiers(m_db->database());
        // Every example of four intents, relabelled as another of the four.
        QList<const Intent*> chosen;
        for (const Intent& intent : m_intents)
            if (intent.examples.size() >= 40 && chosen.size() < 4)
                chosen << &intent;
        QCOMPARE(chosen.size(), 4);
        for (int i = 0; i < chosen.size(); ++i)
            for (const QString& example : chosen[i]->examples)
                QVERIFY(classifiers.correct({addPrompt(example), chosen[(i + 1) % 4]->path, {}, {}}).ok());
        auto training = classifiers.train(m_intents);
        QVERIFY(training.ok());
        QVERIFY2(!training->candidate.active, qPrintable(training->reason));
        QVERIFY(training->candidate.officialAccuracy < training->previous.officialAccuracy - 0.02);
        QVERIFY(training->reason.contains(QStringLiteral("not activated")));
        // Recorded, but the official examples stay in use.
        auto versions = classifiers.versions();
        QCOMPARE(versions->size(), 1);
        QVERIFY(!versions->first().active);
        QVERIFY(!classifiers.rollback().ok());
    }

    void correctionErrors()
    {
        ClassifierRepository classifiers(m_db->database());
        const QString id = addPrompt(QStringLiteral("some prompt"));
        QCOMPARE(classifiers.correct({id, QStringLiteral("no.such.intent"), {}, {}}).error().kind,
                 Error::Kind::Data);
        QCOMPARE(classifiers.correct({id, m_intents.first().path, 9, {}}).error().kind, Error::Kind::Usage);
        QCOMPARE(
            classifiers.correct({id, m_intents.first().path, {}, {QStringLiteral("nonsense")}}).error().kind,
            Error::Kind::Data);
        QCOMPARE(
            classifiers
                .correct(
                    {QStringLiteral("00000000-0000-0000-0000-000000000000"), m_intents.first().path, {}, {}})
                .error()
                .kind,
            Error::Kind::Data);
        QCOMPARE(classifiers.correctionCount().value(), 0);
    }
};

ATHANOR_TEST(ClassifierRepositoryTest)
#include "tst_classifierrepository.moc"
