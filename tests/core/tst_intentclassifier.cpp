#include "TestRegistry.h"
#include "core/catalog/CatalogLoader.h"
#include "core/enhance/IntentClassifier.h"

#include <QTest>

using namespace athanor;

class IntentClassifierTest : public QObject
{
    Q_OBJECT
    QList<IntentClassifier::Sample> m_train;
    QList<IntentClassifier::Sample> m_test;
    IntentClassifier m_model;

private slots:
    void initTestCase()
    {
        auto catalog = CatalogLoader::loadDirectory();
        QVERIFY(catalog.ok());
        IntentClassifier::split(IntentClassifier::samplesFrom(catalog->intents), &m_train, &m_test);
        QVERIFY(m_test.size() > 200);
        m_model = IntentClassifier::train(m_train, m_test);
        QVERIFY(m_model.isTrained());
    }

    // The documented figure is 0.918 (docs/enhancement.md); this fails when it regresses below 0.90.
    void heldOutTopLevelAccuracy()
    {
        int right = 0;
        for (const auto& s : m_test)
            right += m_model.classify(s.text).intent.section('.', 0, 0) == s.intent.section('.', 0, 0);
        const double accuracy = double(right) / m_test.size();
        QVERIFY2(accuracy >= 0.90, qPrintable(QString::number(accuracy, 'f', 3)));
    }

    void splitIsDeterministicAndDisjoint()
    {
        auto catalog = CatalogLoader::loadDirectory();
        QList<IntentClassifier::Sample> train, test;
        IntentClassifier::split(IntentClassifier::samplesFrom(catalog->intents), &train, &test);
        QCOMPARE(test.size(), m_test.size());
        QSet<QString> trainTexts;
        for (const auto& s : train)
            trainTexts.insert(s.text);
        for (const auto& s : test)
            QVERIFY2(!trainTexts.contains(s.text), qPrintable(s.text));
    }

    void trainingIsDeterministic()
    {
        const IntentClassifier again = IntentClassifier::train(m_train, m_test);
        QCOMPARE(again.temperature(), m_model.temperature());
        for (int i = 0; i < 40; ++i) {
            const QString& text = m_test.at(i).text;
            QCOMPARE(again.classify(text).intent, m_model.classify(text).intent);
            QCOMPARE(again.classify(text).confidence, m_model.classify(text).confidence);
        }
    }

    void examples_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("top");
        QTest::newRow("debugging") << "My Python script throws KeyError: 'id' when the API returns an empty list, "
                                      "how do I fix it?" << "code";
        QTest::newRow("translation") << "Translate this paragraph into Japanese, keeping the polite form." << "translation";
        QTest::newRow("summary") << "Summarise the attached meeting transcript in five bullet points." << "summarization";
        QTest::newRow("poem") << "write a sonnet about a lighthouse keeper who misses the sea" << "creative";
        QTest::newRow("trip") << "Plan a 4-day itinerary in Lisbon for two people on a budget" << "planning";
    }
    void examples()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, top);
        QCOMPARE(m_model.classify(prompt).intent.section('.', 0, 0), top);
    }

    void outputIsCalibratedAndOrdered()
    {
        const Classification c = m_model.classify("Explain how vaccines train the immune system");
        QVERIFY(c.confidence > 0 && c.confidence <= 1);
        QCOMPARE(c.alternatives.size(), 3);
        double previous = 1;
        for (const auto& a : c.alternatives) {
            QVERIFY(a.confidence <= previous);
            QVERIFY(a.intent != c.intent);
            previous = a.confidence;
        }
        const auto p = m_model.probabilities("anything at all");
        double sum = 0;
        for (double v : p)
            sum += v;
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
    }

    void unsureBetweenSiblingsAnswersTheParent()
    {
        // Two siblings trained on the same words: the model cannot tell them apart, but it can
        // tell their parent from the other branch.
        QList<IntentClassifier::Sample> samples;
        for (int i = 0; i < 6; ++i) {
            samples.append({QStringLiteral("sort the list of numbers %1").arg(i), QStringLiteral("code.a")});
            samples.append({QStringLiteral("sort the list of numbers %1").arg(i), QStringLiteral("code.b")});
            samples.append({QStringLiteral("a poem about the moon %1").arg(i), QStringLiteral("creative.poem")});
        }
        const IntentClassifier model = IntentClassifier::train(samples, samples);
        const Classification c = model.classify("please sort the list of numbers");
        QCOMPARE(c.intent, QStringLiteral("code"));
        QVERIFY(c.confidence >= 0.6);
    }

    void untrainedModelAnswersNothing()
    {
        const IntentClassifier empty;
        QVERIFY(!empty.isTrained());
        QVERIFY(empty.classify("hello").intent.isEmpty());
    }
};

ATHANOR_TEST(IntentClassifierTest)
#include "tst_intentclassifier.moc"
