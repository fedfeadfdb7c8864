#include "TestRegistry.h"
#include "core/embeddings/EmbeddingCodec.h"
#include "core/embeddings/ExactSearch.h"
#include "core/embeddings/LocalEmbedder.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace athanor;

namespace {

float cosine(const std::vector<float>& a, const std::vector<float>& b)
{
    return ExactSearch::dot(a.data(), b.data(), int(a.size()));
}

double norm(const std::vector<float>& v)
{
    double sum = 0;
    for (float x : v)
        sum += double(x) * x;
    return std::sqrt(sum);
}

} // namespace

class EmbeddingsTest : public QObject
{
    Q_OBJECT
    LocalEmbedder m_embedder;

private slots:
    void identity()
    {
        QCOMPARE(m_embedder.model(), QStringLiteral("athanor-local-hash-384-v1"));
        QCOMPARE(m_embedder.provider(), QStringLiteral("local"));
        QCOMPARE(m_embedder.dimension(), 384);
    }

    void deterministic()
    {
        const QString text = "Summarise this quarterly report for the board in five bullet points.";
        const std::vector<float> a = m_embedder.embed(text);
        QCOMPARE(a, m_embedder.embed(text));
        QCOMPARE(a, LocalEmbedder().embed(text)); // no state between instances
        // Pinned values: a stored vector must never change under the same model name.
        QCOMPARE(LocalEmbedder::featureHash('w', U"the", U"the" + 3), LocalEmbedder::featureHash('w', U"the", U"the" + 3));
        QVERIFY(LocalEmbedder::featureHash('w', U"the", U"the" + 3) != LocalEmbedder::featureHash('c', U"the", U"the" + 3));
        const std::vector<float> many = m_embedder.embedMany({text, "other"}).front();
        QCOMPARE(many, a);
    }

    void normalised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << "hello";
        QTest::newRow("sentence") << "Write a SQL query that lists customers with no orders in 2025.";
        QTest::newRow("stop words only") << "the and of to";
        QTest::newRow("unicode") << QString::fromUtf8("Übersetze „Guten Morgen“ ins Japanische: おはようございます 🙂");
        QTest::newRow("long") << QString("Refactor the function and add type hints. ").repeated(400);
    }
    void normalised()
    {
        QFETCH(QString, text);
        const std::vector<float> v = m_embedder.embed(text);
        QCOMPARE(int(v.size()), 384);
        QVERIFY2(std::abs(norm(v) - 1.0) < 1e-5, qPrintable(QString::number(norm(v))));
    }

    void emptyTextIsZero()
    {
        for (const QString& text : {QString(), QString("   \n\t"), QString("!!! ... ---")}) {
            const std::vector<float> v = m_embedder.embed(text);
            QCOMPARE(int(v.size()), 384);
            QCOMPARE(norm(v), 0.0);
        }
    }

    void caseAndPunctuationDoNotMatter()
    {
        QVERIFY(cosine(m_embedder.embed("Explain Recursion, please!"), m_embedder.embed("explain recursion please")) > 0.99f);
    }

    void similarTextsAreCloser_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("similar");
        QTest::addColumn<QString>("unrelated");
        QTest::newRow("sql") << "Write a SQL query that lists customers without orders in 2025."
                             << "SQL query: list all customers who placed no orders during 2025"
                             << "Write a haiku about autumn leaves falling in the rain.";
        QTest::newRow("translation") << "Translate 'good morning' into Italian."
                                     << "How do you say good morning in Italian? Translate it."
                                     << "Refactor this Python function to use type hints.";
        QTest::newRow("inflection") << "Summarising meeting notes into action items"
                                    << "summarise the meeting note as a list of actions"
                                    << "Generate unit tests for a JavaScript date parser";
        QTest::newRow("typo") << "Explain the difference between a process and a thread"
                              << "Explain the diference between processes and threads"
                              << "Plan a three-day trip to Lisbon on a small budget";
    }
    void similarTextsAreCloser()
    {
        QFETCH(QString, query);
        QFETCH(QString, similar);
        QFETCH(QString, unrelated);
        const auto q = m_embedder.embed(query);
        const float near = cosine(q, m_embedder.embed(similar));
        const float far = cosine(q, m_embedder.embed(unrelated));
        QVERIFY2(near > far + 0.15f, qPrintable(QString("near %1, far %2").arg(near).arg(far)));
        QVERIFY2(near > 0.2f, qPrintable(QString("near %1").arg(near)));
        QVERIFY2(far < 0.25f, qPrintable(QString("far %1").arg(far)));
    }

    void codecRoundTrip()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            std::vector<float> v(384);
            for (float& x : v)
                x = float(random.generateDouble() * 2 - 1) * (round % 2 ? 1.0f : 0.05f);
            const QByteArray blob = EmbeddingCodec::encode(v);
            QCOMPARE(blob.size(), 4 + 384);
            QCOMPARE(EmbeddingCodec::dimensionOf(blob), 384);
            auto decoded = EmbeddingCodec::decode(blob, 384);
            QVERIFY(decoded.ok());
            float largest = 0;
            for (float x : v)
                largest = std::max(largest, std::abs(x));
            // Rounding to the nearest step: at most half a step (max|x| / 254) per component.
            const float bound = largest / 254.0f * 1.0001f;
            for (size_t i = 0; i < v.size(); ++i)
                QVERIFY2(std::abs((*decoded)[i] - v[i]) <= bound, qPrintable(QString::number(i)));
        }
    }

    void codecKeepsCosine()
    {
        // Real embeddings: quantisation moves a similarity by far less than anything ranking needs.
        const auto a = m_embedder.embed("Draft a polite email declining a meeting invitation.");
        const auto b = m_embedder.embed("Write a courteous email to decline an invitation to a meeting.");
        const auto qa = *EmbeddingCodec::decode(EmbeddingCodec::encode(a), 384);
        const auto qb = *EmbeddingCodec::decode(EmbeddingCodec::encode(b), 384);
        QVERIFY(std::abs(cosine(a, b) - cosine(qa, qb)) < 0.01f);
        QVERIFY(std::abs(norm(qa) - 1.0) < 0.01);
    }

    void codecEdgeCases()
    {
        const std::vector<float> zero(384, 0.0f);
        QCOMPARE(*EmbeddingCodec::decode(EmbeddingCodec::encode(zero)), zero);
        const std::vector<float> extremes{1.0f, -1.0f, 0.0f, -0.25f};
        const std::vector<float> decoded = *EmbeddingCodec::decode(EmbeddingCodec::encode(extremes));
        QCOMPARE(decoded[0], 1.0f); // the largest magnitude is exact: it defines the scale
        QCOMPARE(decoded[1], -1.0f);
        QCOMPARE(decoded[2], 0.0f);
        QVERIFY(std::abs(decoded[3] + 0.25f) <= 0.5f / 127);
        QVERIFY(!EmbeddingCodec::decode(QByteArray("abc")).ok());
        QVERIFY(!EmbeddingCodec::decode(QByteArray(4 + 10, '\0'), 384).ok());
        QByteArray nanScale = EmbeddingCodec::encode(extremes);
        nanScale[0] = char(0xff), nanScale[1] = char(0xff), nanScale[2] = char(0xff), nanScale[3] = char(0x7f);
        QVERIFY(!EmbeddingCodec::decode(nanScale).ok());
    }

    void exactSearchOrders()
    {
        const std::vector<qint64> labels{10, 20, 30, 40};
        const std::vector<float> rows{1, 0, 0.6f, 0.8f, 0, 1, 0.6f, 0.8f};
        const float query[2] = {0, 1};
        const QList<VectorHit> hits = ExactSearch::topK(labels, rows, 2, query, 3);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].seq, 30);
        QCOMPARE(hits[1].seq, 20); // a tie: the lower label first
        QCOMPARE(hits[2].seq, 40);
        QCOMPARE(ExactSearch::topK(labels, rows, 2, query, 10).size(), 4);
        QVERIFY(ExactSearch::topK(labels, rows, 2, query, 0).isEmpty());
    }
};

ATHANOR_TEST(EmbeddingsTest)
#include "tst_embeddings.moc"
