#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/embeddings/EmbeddingCodec.h"
#include "core/embeddings/ExactSearch.h"
#include "core/embeddings/LocalEmbedder.h"
#include "storage/EmbeddingRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QTest>

using namespace athanor;

// QVERIFY for a Status or Result, printing its error.
#define VERIFY_OK(expression)                                                                                   \
    do {                                                                                                        \
        const auto& outcome_ = (expression);                                                                    \
        QVERIFY2(outcome_.ok(), outcome_.ok() ? "" : qPrintable(outcome_.error().message()));                   \
    } while (false)

namespace {

const QStringList kPrompts = {
    "Write a SQL query that lists customers with no orders in 2025.",
    "Write an SQL query listing the customers who placed no orders this year.",
    "Translate 'good morning' into Italian and Portuguese.",
    "Translate the greeting good morning into Portuguese and into Italian.",
    "Refactor this Python function to use type hints and a docstring.",
    "Add type hints to the following Python code and explain each change.",
    "Write a haiku about autumn leaves.",
    "Compose a short poem about falling leaves in autumn.",
    "Summarise the meeting notes into a list of action items with owners.",
    "Plan a three-day trip to Lisbon on a small budget.",
    "Explain the difference between a process and a thread.",
    "Generate unit tests for a date parsing function in JavaScript.",
};

} // namespace

class EmbeddingRepositoryTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    QStringList m_ids;

    qint64 seqOf(const QString& id)
    {
        auto q = runSql(m_db->connection(), "SELECT seq FROM prompts WHERE id = ?", {id});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    // The exact answer, computed here from the stored blobs.
    QList<qint64> bruteForce(const QString& id, int k)
    {
        auto q = runSql(m_db->connection(), "SELECT seq, embedding FROM prompts WHERE embedding IS NOT NULL");
        std::vector<qint64> labels;
        std::vector<float> rows;
        while (q->next()) {
            labels.push_back(q->value(0).toLongLong());
            const auto v = *EmbeddingCodec::decode(q->value(1).toByteArray());
            rows.insert(rows.end(), v.begin(), v.end());
        }
        auto self = runSql(m_db->connection(), "SELECT embedding FROM prompts WHERE id = ?", {id});
        self->next();
        const auto query = *EmbeddingCodec::decode(self->value(0).toByteArray());
        QList<qint64> seqs;
        for (const VectorHit& hit : ExactSearch::topK(labels, rows, 384, query.data(), k + 1))
            if (hit.seq != seqOf(id))
                seqs << hit.seq;
        return seqs.mid(0, k);
    }

    static QList<qint64> seqs(const QList<SimilarPrompt>& found)
    {
        QList<qint64> result;
        for (const SimilarPrompt& p : found)
            result << p.seq;
        return result;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_ids.clear();
        PromptRepository prompts(m_db->database());
        for (const QString& text : kPrompts)
            m_ids << *prompts.add(Prompt{.content = text});
    }
    void cleanup() { m_db.reset(); }

    void emptyLibrary()
    {
        test::TempDatabase empty;
        EmbeddingRepository repository(empty.database());
        VERIFY_OK(repository.indexPending());
        QVERIFY(!repository.needsRebuild()); // nothing to index: an empty index is ready
        QVERIFY(repository.similarToText("anything at all", 5)->isEmpty());
        QCOMPARE(repository.similar("00000000-0000-4000-8000-000000000000", 5).error().kind, Error::Kind::Data);
    }

    void indexesAndStores()
    {
        EmbeddingRepository repository(m_db->database());
        QCOMPARE(*repository.pendingCount(), qint64(kPrompts.size()));
        qint64 lastDone = 0;
        QVERIFY(repository.indexPending([&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(kPrompts.size()));
            lastDone = done;
        }).ok());
        QCOMPARE(lastDone, qint64(kPrompts.size()));
        QCOMPARE(*repository.pendingCount(), 0);
        auto q = runSql(m_db->connection(),
                        "SELECT count(*) FROM prompts WHERE length(embedding) = 388 AND embedding_model = "
                        "'athanor-local-hash-384-v1' AND embedding_provider = 'local'");
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), kPrompts.size());
        QVERIFY(!repository.needsRebuild());
        QVERIFY(QFile::exists(m_db->path() + ".athanor-local-hash-384-v1.hnsw"));
        QVERIFY(QFile::exists(m_db->path() + ".athanor-local-hash-384-v1.manifest.json"));

        // A new prompt is embedded and indexed incrementally; the saved index stays current.
        const QString extra = *PromptRepository(m_db->database()).add(Prompt{.content = "Write a limerick about autumn."});
        VERIFY_OK(repository.indexPending());
        EmbeddingRepository reopened(m_db->database());
        QVERIFY(!reopened.needsRebuild());
        QVERIFY(seqs(*reopened.similar(extra, 3)).contains(seqOf(m_ids[6])));
    }

    void similarFindsParaphrases()
    {
        EmbeddingRepository repository(m_db->database());
        VERIFY_OK(repository.indexPending());
        for (int pair = 0; pair < 4; ++pair) {
            auto found = repository.similar(m_ids[pair * 2], 3);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 3);
            QCOMPARE(found->first().id, m_ids[pair * 2 + 1]);
            QCOMPARE(found->first().content, kPrompts[pair * 2 + 1]);
            for (const SimilarPrompt& p : *found)
                QVERIFY(p.id != m_ids[pair * 2]); // never the query itself
            QCOMPARE(seqs(*found), bruteForce(m_ids[pair * 2], 3));
        }
        auto byText = repository.similarToText("an SQL query for customers without any orders", 2);
        QVERIFY(byText.ok());
        QVERIFY(byText->first().id == m_ids[0] || byText->first().id == m_ids[1]);
        // The text of a stored prompt excludes that prompt.
        auto same = repository.similarToText(kPrompts[2], 20);
        QCOMPARE(same->size(), kPrompts.size() - 1);
        QVERIFY(!repository.similarToText("  ", 3).ok());
        QVERIFY(!repository.similar(m_ids[0], 0).ok());
    }

    void corruptIndexFallsBackToExactSearch()
    {
        QList<qint64> expected;
        {
            EmbeddingRepository repository(m_db->database());
            VERIFY_OK(repository.indexPending());
            expected = seqs(*repository.similar(m_ids[4], 5));
        }
        QFile file(m_db->path() + ".athanor-local-hash-384-v1.hnsw");
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 3));
        file.write(QByteArray(32, '\x01'));
        file.close();

        EmbeddingRepository repository(m_db->database());
        QVERIFY(repository.needsRebuild());
        QCOMPARE(repository.index().state(), VectorIndex::State::Corrupt);
        QCOMPARE(seqs(*repository.similar(m_ids[4], 5)), expected);
        QCOMPARE(expected, bruteForce(m_ids[4], 5));

        VERIFY_OK(repository.rebuildIndex());
        QVERIFY(!repository.needsRebuild());
        QCOMPARE(seqs(*repository.similar(m_ids[4], 5)), expected);
        QVERIFY(!EmbeddingRepository(m_db->database()).needsRebuild());
    }

    void staleIndexFallsBackToExactSearch()
    {
        {
            EmbeddingRepository repository(m_db->database());
            VERIFY_OK(repository.indexPending());
        }
        // Deleted behind the index's back (no removed() call): the manifest no longer matches.
        const qint64 gone = seqOf(m_ids[1]);
        QVERIFY(PromptRepository(m_db->database()).remove(m_ids[1]).ok());
        EmbeddingRepository repository(m_db->database());
        QVERIFY(repository.needsRebuild());
        QCOMPARE(repository.index().state(), VectorIndex::State::Stale);
        auto found = repository.similar(m_ids[0], 4);
        QVERIFY(!seqs(*found).contains(gone));
        QCOMPARE(seqs(*found), bruteForce(m_ids[0], 4));
        VERIFY_OK(repository.rebuildIndex());
        QCOMPARE(seqs(*repository.similar(m_ids[0], 4)), bruteForce(m_ids[0], 4));
    }

    void removedKeepsTheIndexCurrent()
    {
        EmbeddingRepository repository(m_db->database());
        VERIFY_OK(repository.indexPending());
        const qint64 gone = seqOf(m_ids[1]);
        QVERIFY(PromptRepository(m_db->database()).remove(m_ids[1]).ok());
        VERIFY_OK(repository.removed({gone}));
        QVERIFY(!seqs(*repository.similar(m_ids[0], 11)).contains(gone));
        EmbeddingRepository reopened(m_db->database());
        QVERIFY(!reopened.needsRebuild());
        QCOMPARE(reopened.index().count(), qint64(kPrompts.size() - 1));
    }

    void editedContentIsEmbeddedAgain()
    {
        EmbeddingRepository repository(m_db->database());
        VERIFY_OK(repository.indexPending());
        QVERIFY(runSql(m_db->connection(), "UPDATE prompts SET content = ?, content_hash = ? WHERE id = ?",
                       {"Write a sonnet about autumn leaves and rain.", QString(64, 'a'), m_ids[9]})
                    .ok());
        QCOMPARE(*repository.pendingCount(), 1); // the trigger dropped the old embedding
        VERIFY_OK(repository.indexPending());
        QVERIFY(!EmbeddingRepository(m_db->database()).needsRebuild());
        const QList<qint64> near = seqs(*repository.similar(m_ids[9], 2));
        QVERIFY(near.contains(seqOf(m_ids[6])) || near.contains(seqOf(m_ids[7])));
    }

    void otherModelsAreEmbeddedAgain()
    {
        EmbeddingRepository repository(m_db->database());
        VERIFY_OK(repository.indexPending());
        QVERIFY(runSql(m_db->connection(), "UPDATE prompts SET embedding_model = 'old-model' WHERE id = ?", {m_ids[3]}).ok());
        QCOMPARE(*repository.pendingCount(), 1);
    }

    void cancelStopsBetweenBatchesAndKeepsWhatWasDone()
    {
        PromptRepository prompts(m_db->database());
        for (int i = 0; i < EmbeddingRepository::kBatchSize * 2; ++i)
            QVERIFY(prompts.add(Prompt{.content = QStringLiteral("generated prompt number %1 about topic %2").arg(i).arg(i % 7)}).ok());
        const qint64 total = *EmbeddingRepository(m_db->database()).pendingCount();
        EmbeddingRepository repository(m_db->database());
        VERIFY_OK(repository.rebuildIndex()); // an index to add to
        std::atomic_bool cancel{false};
        int batches = 0;
        const Status stopped = repository.indexPending(
            [&](qint64, qint64) {
                if (++batches == 1)
                    cancel = true; // after the first batch
            },
            &cancel);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().message().contains(QStringLiteral("cancelled")));
        QCOMPARE(batches, 1);
        QCOMPARE(*repository.pendingCount(), total - EmbeddingRepository::kBatchSize);
        // The first batch is in the saved index: a fresh repository finds it current.
        EmbeddingRepository reopened(m_db->database());
        QVERIFY(!reopened.needsRebuild());
        VERIFY_OK(reopened.indexPending());
        QCOMPARE(*reopened.pendingCount(), 0);
    }
};

ATHANOR_TEST(EmbeddingRepositoryTest)
#include "tst_embeddingrepository.moc"
