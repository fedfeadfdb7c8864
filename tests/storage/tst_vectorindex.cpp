#include "TestRegistry.h"
#include "core/embeddings/EmbeddingCodec.h"
#include "core/embeddings/ExactSearch.h"
#include "storage/VectorIndex.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace athanor;

namespace {

double gaussian(QRandomGenerator& random)
{
    const double u1 = std::max(random.generateDouble(), 1e-12), u2 = random.generateDouble();
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
}

// n random unit vectors. Without clusters, Gaussian components make directions uniform: the
// hardest case for any graph index, as every point is about equally far from every other.
// With clusters, each vector is a random centre (from `clusters`, the same for every seed)
// plus Gaussian noise of `noise` times the centre's length, closer to what text embeddings are.
std::vector<float> randomUnitVectors(size_t n, int dimension, quint32 seed, int clusters = 0, double noise = 0)
{
    QRandomGenerator random(seed);
    QRandomGenerator centreRandom(1234);
    std::vector<double> centres(size_t(clusters) * size_t(dimension));
    for (double& c : centres)
        c = gaussian(centreRandom);
    std::vector<float> rows(n * size_t(dimension));
    for (size_t i = 0; i < n; ++i) {
        float* v = rows.data() + i * size_t(dimension);
        const double* centre = clusters > 0 ? centres.data() + size_t(random.bounded(clusters)) * size_t(dimension) : nullptr;
        double sum = 0;
        for (int d = 0; d < dimension; ++d) {
            v[d] = float(centre ? centre[d] + noise * gaussian(random) : gaussian(random));
            sum += double(v[d]) * v[d];
        }
        for (int d = 0; d < dimension; ++d)
            v[d] = float(v[d] / std::sqrt(sum));
    }
    return rows;
}

std::vector<float> row(const std::vector<float>& rows, size_t i, int dimension)
{
    return {rows.begin() + qsizetype(i) * dimension, rows.begin() + qsizetype(i + 1) * dimension};
}

} // namespace

class VectorIndexTest : public QObject
{
    Q_OBJECT
    static constexpr int kDim = 48;
    QTemporaryDir m_dir;

    QString dbPath(const QString& name) const { return m_dir.filePath(name + ".db"); }

    // An index of 300 vectors labelled 1..300, saved; returns the vectors.
    std::vector<float> savedIndex(const QString& db, VectorIndex::Coverage* coverage)
    {
        const std::vector<float> rows = randomUnitVectors(300, kDim, 11);
        VectorIndex index(db, "test-model", kDim);
        index.reset();
        for (size_t i = 0; i < 300; ++i)
            if (!index.add(qint64(i + 1), row(rows, i, kDim)))
                qFatal("add failed");
        *coverage = {300, 300, QStringLiteral("sum-of-300")};
        const Status saved = index.save(*coverage);
        if (!saved)
            qFatal("save failed: %s", qPrintable(saved.error().message()));
        return rows;
    }

private slots:
    void addSearchDelete()
    {
        const std::vector<float> rows = randomUnitVectors(200, kDim, 1);
        VectorIndex index(dbPath("a"), "test-model", kDim);
        QCOMPARE(index.state(), VectorIndex::State::Missing);
        QVERIFY(!index.search(rows.data(), 5).ok()); // not loaded: an error, not an empty answer
        index.reset();
        QVERIFY(index.search(rows.data(), 5)->isEmpty());
        for (size_t i = 0; i < 200; ++i)
            QVERIFY(index.add(qint64(i + 1) * 10, row(rows, i, kDim)).ok());
        QCOMPARE(index.count(), 200);
        QVERIFY(!index.add(1, std::vector<float>(3, 0.0f)).ok()); // wrong dimension

        auto hits = index.search(rows.data() + 7 * kDim, 5);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 5);
        QCOMPARE(hits->first().seq, 80);
        QVERIFY(std::abs(hits->first().score - 1.0f) < 1e-4f);
        for (qsizetype i = 1; i < hits->size(); ++i)
            QVERIFY(hits->at(i - 1).score >= hits->at(i).score);

        QVERIFY(index.markDeleted(80).ok());
        QVERIFY(index.markDeleted(80).ok());    // twice: nothing more happens
        QVERIFY(index.markDeleted(99999).ok()); // unknown label: ignored
        QCOMPARE(index.count(), 199);
        hits = index.search(rows.data() + 7 * kDim, 5);
        for (const VectorHit& hit : *hits)
            QVERIFY(hit.seq != 80);

        // Adding a deleted label again brings it back with its new vector.
        QVERIFY(index.add(80, row(rows, 8, kDim)).ok());
        QCOMPARE(index.count(), 200);
        hits = index.search(rows.data() + 8 * kDim, 2);
        QCOMPARE(QList<qint64>({hits->at(0).seq, hits->at(1).seq}), QList<qint64>({80, 90}));
        QVERIFY(index.search(rows.data(), 1000)->size() == 200); // k above the count
    }

    void growsBeyondItsCapacity()
    {
        const std::vector<float> rows = randomUnitVectors(2500, 16, 2);
        VectorIndex index(dbPath("grow"), "test-model", 16);
        index.reset(); // starts with room for 1024
        for (size_t i = 0; i < 2500; ++i)
            QVERIFY(index.add(qint64(i + 1), row(rows, i, 16)).ok());
        QCOMPARE(index.count(), 2500);
        QCOMPARE(index.search(rows.data() + 2400 * 16, 1)->first().seq, 2401);
    }

    void saveAndReopen()
    {
        VectorIndex::Coverage coverage;
        const QString db = dbPath("b");
        const std::vector<float> rows = savedIndex(db, &coverage);
        QVERIFY(QFile::exists(db + ".test-model.hnsw"));
        QVERIFY(!QFile::exists(db + ".test-model.hnsw.tmp"));
        QFile manifestFile(db + ".test-model.manifest.json");
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        QCOMPARE(manifest.value("model").toString(), QStringLiteral("test-model"));
        QCOMPARE(manifest.value("dimension").toInt(), kDim);
        QCOMPARE(manifest.value("count").toInt(), 300);
        QCOMPARE(manifest.value("max_seq").toInt(), 300);
        QCOMPARE(manifest.value("checksum").toString(), QStringLiteral("sum-of-300"));
        QVERIFY(!manifest.value("saved_at").toString().isEmpty());

        VectorIndex reopened(db, "test-model", kDim);
        QVERIFY(reopened.open(coverage).ok());
        QCOMPARE(reopened.state(), VectorIndex::State::Ready);
        QCOMPARE(reopened.count(), 300);
        auto hits = reopened.search(rows.data() + 41 * kDim, 3);
        QCOMPARE(hits->first().seq, 42);

        // Deletions survive a save.
        QVERIFY(reopened.markDeleted(42).ok());
        QVERIFY(!reopened.save(coverage).ok()); // the coverage must match what the index holds
        const VectorIndex::Coverage after{299, 300, "sum-of-299"};
        QVERIFY(reopened.save(after).ok());
        VectorIndex third(db, "test-model", kDim);
        QVERIFY(third.open(after).ok());
        QCOMPARE(third.count(), 299);
        QVERIFY(third.search(rows.data() + 41 * kDim, 1)->first().seq != 42);
    }

    void staleManifestIsDetected()
    {
        VectorIndex::Coverage coverage;
        const QString db = dbPath("c");
        savedIndex(db, &coverage);
        for (const VectorIndex::Coverage& other : {VectorIndex::Coverage{301, 301, coverage.checksum},
                                                   VectorIndex::Coverage{300, 300, QStringLiteral("another")}}) {
            VectorIndex index(db, "test-model", kDim);
            const Status opened = index.open(other);
            QVERIFY(!opened.ok());
            QCOMPARE(index.state(), VectorIndex::State::Stale);
            QVERIFY(opened.error().what.contains("out of date"));
            QVERIFY(!opened.error().hint.isEmpty());
            QVERIFY(!index.search(std::vector<float>(kDim, 0.1f).data(), 3).ok());
        }
    }

    void missingIndexIsDetected()
    {
        VectorIndex index(dbPath("none"), "test-model", kDim);
        QVERIFY(!index.open({}).ok());
        QCOMPARE(index.state(), VectorIndex::State::Missing);
        // A manifest without its index file is missing too.
        VectorIndex::Coverage coverage;
        const QString db = dbPath("d");
        savedIndex(db, &coverage);
        QVERIFY(QFile::remove(db + ".test-model.hnsw"));
        VectorIndex orphan(db, "test-model", kDim);
        QVERIFY(!orphan.open(coverage).ok());
        QCOMPARE(orphan.state(), VectorIndex::State::Missing);
    }

    void corruptIndexIsDetected_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("bytes overwritten") << "overwrite";
        QTest::newRow("header overwritten") << "header";
        QTest::newRow("truncated") << "truncate";
        QTest::newRow("manifest garbage") << "manifest";
        QTest::newRow("other model") << "model";
        QTest::newRow("zero-filled") << "zeros";
        QTest::newRow("empty") << "empty";
        QTest::newRow("another kind of file") << "other";
        QTest::newRow("manifest zero-filled") << "manifest-zeros";
    }
    void corruptIndexIsDetected()
    {
        QFETCH(QString, damage);
        VectorIndex::Coverage coverage;
        const QString db = dbPath("e-" + damage);
        savedIndex(db, &coverage);
        QFile file(damage.startsWith("manifest") ? db + ".test-model.manifest.json" : db + ".test-model.hnsw");
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        if (damage == "overwrite") {
            QVERIFY(file.seek(size / 2));
            file.write(QByteArray(64, '\x5a'));
        } else if (damage == "header") {
            file.write(QByteArray(24, '\xff'));
        } else if (damage == "truncate") {
            QVERIFY(file.resize(size - 100));
        } else if (damage == "manifest") {
            file.write("{ not json");
        } else if (damage == "zeros" || damage == "manifest-zeros") {
            file.write(QByteArray(size, '\0'));
        } else if (damage == "empty") {
            QVERIFY(file.resize(0));
        } else if (damage == "other") {
            QVERIFY(file.resize(0));
            file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4000, 'p'));
        }
        file.close();

        VectorIndex index(db, damage == "model" ? "other-model" : "test-model", kDim);
        if (damage == "model") // another model's files do not exist: missing, not corrupt
            QVERIFY(QFile::copy(db + ".test-model.manifest.json", db + ".other-model.manifest.json")
                    && QFile::copy(db + ".test-model.hnsw", db + ".other-model.hnsw"));
        const Status opened = index.open(coverage);
        QVERIFY(!opened.ok());
        QCOMPARE(index.state(), VectorIndex::State::Corrupt);
        QVERIFY(opened.error().what.contains("damaged") || opened.error().what.contains("cannot be loaded"));
        QCOMPARE(index.count(), 0);

        // A rebuild replaces the damaged files.
        const std::vector<float> rows = randomUnitVectors(10, kDim, 5);
        QVERIFY(index.build({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, rows).ok());
        const VectorIndex::Coverage fresh{10, 10, "ten"};
        QVERIFY(index.save(fresh).ok());
        VectorIndex again(db, index.model(), kDim);
        QVERIFY(again.open(fresh).ok());
        QCOMPARE(again.search(rows.data() + 3 * kDim, 1)->first().seq, 4);
    }

    void buildReportsProgressAndCancels()
    {
        const std::vector<float> rows = randomUnitVectors(3000, 16, 3);
        std::vector<qint64> labels(3000);
        for (size_t i = 0; i < labels.size(); ++i)
            labels[i] = qint64(i + 1);
        VectorIndex index(dbPath("f"), "test-model", 16);
        qint64 last = -1;
        QVERIFY(index.build(labels, rows, [&](qint64 done, qint64 total) {
            QCOMPARE(total, 3000);
            QVERIFY(done >= last);
            last = done;
        }).ok());
        QCOMPARE(last, 3000);
        QCOMPARE(index.count(), 3000);

        std::atomic_bool cancel{true};
        const Status cancelled = index.build(labels, randomUnitVectors(3000, 16, 4), {}, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(index.count(), 3000); // the previous index stays
        QCOMPARE(index.search(rows.data() + 5 * 16, 1)->first().seq, 6);
        QVERIFY(!index.build({1, 2}, rows).ok()); // labels and rows disagree
    }

    void addManyMatchesAdd()
    {
        const std::vector<float> rows = randomUnitVectors(600, kDim, 21);
        std::vector<qint64> labels(600);
        for (size_t i = 0; i < labels.size(); ++i)
            labels[i] = qint64(i + 1) * 3;
        VectorIndex index(dbPath("many"), "test-model", kDim);
        QVERIFY(!index.addMany(labels, rows).ok()); // not loaded
        index.reset();
        QVERIFY(!index.addMany({1, 2}, rows).ok()); // labels and rows disagree
        // Grows past its initial capacity in one call, on several threads.
        QVERIFY(index.addMany(labels, rows).ok());
        QCOMPARE(index.count(), 600);
        for (size_t i : {size_t(0), size_t(299), size_t(599)})
            QCOMPARE(index.search(rows.data() + i * kDim, 1)->first().seq, labels[i]);
        // Known labels are replaced, not added twice.
        QVERIFY(index.addMany({labels[0]}, row(rows, 1, kDim)).ok());
        QCOMPARE(index.count(), 600);
        const auto hits = *index.search(rows.data() + 1 * kDim, 2);
        QCOMPARE(QSet<qint64>({hits.at(0).seq, hits.at(1).seq}), QSet<qint64>({labels[0], labels[1]}));
    }

    void scoresAreExactForStoredVectors()
    {
        // Vectors as the library stores them (int8 with a scale): the index keeps them without
        // loss, and its scores are the exact search's, for a float query too.
        const std::vector<float> raw = randomUnitVectors(400, 384, 31, 20, 1.0);
        std::vector<float> rows;
        std::vector<qint64> labels;
        for (size_t i = 0; i < 400; ++i) {
            const auto stored = *EmbeddingCodec::decode(EmbeddingCodec::encode(row(raw, i, 384)));
            rows.insert(rows.end(), stored.begin(), stored.end());
            labels.push_back(qint64(i + 1));
        }
        VectorIndex index(dbPath("exact"), "test-model", 384);
        QVERIFY(index.build(labels, rows).ok());
        const std::vector<float> queries = randomUnitVectors(20, 384, 32, 20, 1.0);
        for (size_t q = 0; q < 20; ++q) {
            const float* query = queries.data() + q * 384;
            const QList<VectorHit> exact = ExactSearch::topK(labels, rows, 384, query, 5);
            const QList<VectorHit> approx = *index.search(query, 5);
            QCOMPARE(approx.size(), 5);
            for (qsizetype i = 0; i < approx.size(); ++i) {
                QCOMPARE(approx.at(i).seq, exact.at(i).seq);
                QVERIFY(std::abs(approx.at(i).score - exact.at(i).score) < 1e-5f);
            }
        }
    }

    void olderFormatIsRebuilt()
    {
        VectorIndex::Coverage coverage;
        const QString db = dbPath("format");
        savedIndex(db, &coverage);
        QFile manifestFile(db + ".test-model.manifest.json");
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        manifestFile.close();
        manifest.insert("format", 1); // the float vectors of earlier versions
        QVERIFY(manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifestFile.write(QJsonDocument(manifest).toJson());
        manifestFile.close();
        VectorIndex index(db, "test-model", kDim);
        const Status opened = index.open(coverage);
        QVERIFY(!opened.ok());
        QCOMPARE(index.state(), VectorIndex::State::Corrupt);
        QVERIFY(opened.error().what.contains("another format"));
        QVERIFY(!opened.error().hint.isEmpty());
    }

    void recallAgainstBruteForce_data()
    {
        QTest::addColumn<int>("clusters");
        QTest::addColumn<double>("noise");
        QTest::addColumn<int>("ef");
        // Uniform directions need a wide search (ef 64 finds about 0.6 of them, ef 256 0.94).
        QTest::newRow("uniform, ef 400") << 0 << 0.0 << 400;
        QTest::newRow("clustered, default ef") << 250 << 2.0 << int(VectorIndex::kDefaultEf);
    }
    void recallAgainstBruteForce()
    {
        QFETCH(int, clusters);
        QFETCH(double, noise);
        QFETCH(int, ef);
        constexpr int n = 5000, dim = 384, queries = 200, k = 10;
        const std::vector<float> rows = randomUnitVectors(n, dim, 42, clusters, noise);
        std::vector<qint64> labels(n);
        for (int i = 0; i < n; ++i)
            labels[size_t(i)] = i + 1;
        VectorIndex index(dbPath("recall"), "test-model", dim);
        QVERIFY(index.build(labels, rows).ok());
        QCOMPARE(index.ef(), VectorIndex::kDefaultEf);
        index.setEf(ef);
        const std::vector<float> probes = randomUnitVectors(queries, dim, 43, clusters, noise);
        int found = 0;
        for (int q = 0; q < queries; ++q) {
            const float* query = probes.data() + size_t(q) * dim;
            const QList<VectorHit> exact = ExactSearch::topK(labels, rows, dim, query, k);
            const QList<VectorHit> approx = *index.search(query, k);
            QCOMPARE(approx.size(), k);
            for (const VectorHit& hit : approx)
                found += std::any_of(exact.begin(), exact.end(), [&](const VectorHit& e) { return e.seq == hit.seq; });
        }
        const double recall = double(found) / (queries * k);
        qInfo("recall@10 on %d random unit vectors (dim %d, %d clusters, ef %d): %.4f", n, dim, clusters, index.ef(),
              recall);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }
};

ATHANOR_TEST(VectorIndexTest)
#include "tst_vectorindex.moc"
