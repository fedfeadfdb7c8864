#include "VectorIndex.h"

#include "Int8Vector.h"

// The only file that includes hnswlib: its headers define non-inline functions.
#include <hnswlib/hnswlib.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <thread>

namespace athanor {

namespace {

// The int8 inner-product space hnswlib calls through (one instance per graph).
struct Int8InnerProductSpace final : hnswlib::SpaceInterface<float>
{
    explicit Int8InnerProductSpace(size_t dimension) : dimension(dimension) {}
    size_t get_data_size() override { return int8vector::bytes(dimension); }
    hnswlib::DISTFUNC<float> get_dist_func() override { return int8vector::bestDistance(); }
    void* get_dist_func_param() override { return &dimension; }
    size_t dimension;
};

} // namespace

struct VectorIndex::Hnsw
{
    explicit Hnsw(int dimension) : space(size_t(dimension)) {}
    Int8InnerProductSpace space; // declared first: the graph points to it
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;
};

namespace {

using Graph = hnswlib::HierarchicalNSW<float>;
// Format 2: int8 vectors with their leftovers (format 1 held floats; such an index is rebuilt).
constexpr int kManifestFormat = 2;
constexpr size_t kInitialCapacity = 1024;
constexpr size_t kRandomSeed = 100;

QString rebuildHint()
{
    return QCoreApplication::translate(
        "athanor::VectorIndex",
        "the index is rebuilt from the stored embeddings; similar-prompt search is exact (slower) "
        "until then");
}

// A fast 64-bit checksum of a file (xxHash64's round over four lanes): it only has to notice
// damage, and SHA-256 over a 170 MB index would cost most of a second at every start.
std::optional<QString> fileChecksum(const QString& path, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    constexpr quint64 p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p3 = 1609587929392839161ull;
    auto round = [](quint64 acc, quint64 input) {
        acc += input * p2;
        acc = (acc << 31) | (acc >> 33);
        return acc * p1;
    };
    quint64 lanes[4] = {p1 + p2, p2, 0, 0 - p1};
    quint64 tail = 14695981039346656037ull;
    QByteArray buffer(1 << 22, Qt::Uninitialized); // a multiple of 32: only the last read has a tail
    qint64 total = 0;
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            break;
        total += got;
        const char* data = buffer.constData();
        qint64 i = 0;
        for (; i + 32 <= got; i += 32) {
            for (int lane = 0; lane < 4; ++lane) {
                quint64 word = 0;
                std::memcpy(&word, data + i + lane * 8, 8);
                lanes[lane] = round(lanes[lane], word);
            }
        }
        for (; i < got; ++i)
            tail = (tail ^ quint8(data[i])) * 1099511628211ull;
        if (got < buffer.size())
            break;
    }
    quint64 h = quint64(total) * p3 ^ tail;
    for (quint64 lane : lanes)
        h = round(h ^ lane, lane) + p3;
    *size = total;
    return QStringLiteral("xxh64x4:%1").arg(h, 16, 16, QLatin1Char('0'));
}

// The bytes hnswlib 0.6.2's saveIndex writes: a fixed header, the level-0 block, and each
// element's upper-level links with their length. Comparing catches a short write (disk full).
qint64 expectedFileSize(const Graph& graph)
{
    qint64 size = 8 * 6 + 4 + 4 + 8 * 3 + 8 + 8;
    size += qint64(graph.cur_element_count * graph.size_data_per_element_);
    for (size_t i = 0; i < graph.cur_element_count; ++i)
        size += 4 + (graph.element_levels_[i] > 0 ? qint64(graph.size_links_per_element_) * graph.element_levels_[i] : 0);
    return size;
}

size_t countDeleted(const Graph& graph)
{
    size_t deleted = 0;
    for (size_t i = 0; i < graph.cur_element_count; ++i)
        deleted += graph.isMarkedDeleted(hnswlib::tableint(i)) ? 1 : 0;
    return deleted;
}

QString sanitisedModel(const QString& model)
{
    QString name = model;
    for (QChar& c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return name;
}

std::string nativePath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

// Adds rows [0, labels.size()) to `graph` with hnswlib's addPoint, which may run on several
// threads at once; the first point of an empty graph (its entry point) goes in alone. Each row
// is quantised just before it goes in: no second copy of the library. Progress is reported from
// the calling thread only. False when hnswlib failed (out of memory).
bool insertAll(Graph& graph, const std::vector<qint64>& labels, const std::vector<float>& rows, size_t dimension,
               int threads, const VectorIndex::Progress& progress, const std::atomic_bool* cancel)
{
    const size_t n = labels.size();
    std::atomic<size_t> next{0};
    std::atomic_bool failed{false};
    auto cancelled = [&] { return (cancel && cancel->load()) || failed.load(); };
    auto insert = [&](size_t i) {
        thread_local std::vector<char> quantised;
        quantised.resize(int8vector::bytes(dimension));
        int8vector::quantise(rows.data() + i * dimension, dimension, quantised.data());
        try {
            graph.addPoint(quantised.data(), hnswlib::labeltype(labels[i]));
        } catch (...) {
            failed = true;
        }
    };
    auto work = [&](bool reporting) {
        for (;;) {
            if (cancelled())
                return;
            const size_t i = next.fetch_add(1);
            if (i >= n)
                return;
            insert(i);
            if (reporting && progress && i % 1024 == 0)
                progress(qint64(std::min(next.load(), n)), qint64(n));
        }
    };
    if (n > 0 && graph.cur_element_count == 0)
        insert(next.fetch_add(1));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work, false);
    work(true);
    for (std::thread& worker : workers)
        worker.join();
    return !failed;
}

} // namespace

VectorIndex::VectorIndex(const QString& databasePath, const QString& model, int dimension)
    : m_databasePath(databasePath), m_model(model), m_dimension(dimension),
      m_indexPath(indexPath(databasePath, model)), m_manifestPath(manifestPath(databasePath, model))
{
}

VectorIndex::~VectorIndex() = default;

QString VectorIndex::indexPath(const QString& databasePath, const QString& model)
{
    return QStringLiteral("%1.%2.hnsw").arg(databasePath, sanitisedModel(model));
}

QString VectorIndex::manifestPath(const QString& databasePath, const QString& model)
{
    return QStringLiteral("%1.%2.manifest.json").arg(databasePath, sanitisedModel(model));
}

Status VectorIndex::fail(State state, const QString& what)
{
    m_state = state;
    m_hnsw.reset();
    return Error::data(what, m_indexPath, rebuildHint());
}

VectorIndex::State VectorIndex::state() const
{
    QReadLocker lock(&m_lock);
    return m_state;
}

Status VectorIndex::open(const Coverage& expected)
{
    QWriteLocker lock(&m_lock);
    QFile manifestFile(m_manifestPath);
    if (!QFile::exists(m_indexPath) || !manifestFile.exists())
        return fail(State::Missing,
                    QCoreApplication::translate("athanor::VectorIndex", "no saved vector index"));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(State::Corrupt, QCoreApplication::translate("athanor::VectorIndex",
                                                                "cannot read the vector index manifest"));
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll(), &parseError).object();
    if (parseError.error == QJsonParseError::NoError && manifest.value(QLatin1String("format")).toInt() != kManifestFormat
        && manifest.value(QLatin1String("model")).toString() == m_model)
        return fail(State::Corrupt, QCoreApplication::translate(
                                        "athanor::VectorIndex",
                                        "the vector index was saved in another format (%1, this version "
                                        "reads %2)")
                                        .arg(manifest.value(QLatin1String("format")).toInt())
                                        .arg(kManifestFormat));
    if (parseError.error != QJsonParseError::NoError || manifest.value(QLatin1String("model")).toString() != m_model
        || manifest.value(QLatin1String("dimension")).toInt() != m_dimension)
        return fail(State::Corrupt,
                    QCoreApplication::translate("athanor::VectorIndex",
                                                "the vector index manifest is damaged or of another format"));

    qint64 size = 0;
    const auto checksum = fileChecksum(m_indexPath, &size);
    if (!checksum || size != manifest.value(QLatin1String("file_size")).toInteger(-1)
        || *checksum != manifest.value(QLatin1String("file_checksum")).toString())
        return fail(State::Corrupt, QCoreApplication::translate(
                                        "athanor::VectorIndex",
                                        "the vector index file is damaged (its checksum does not match)"));

    const Coverage saved{manifest.value(QLatin1String("count")).toInteger(-1),
                         manifest.value(QLatin1String("max_seq")).toInteger(-1),
                         manifest.value(QLatin1String("checksum")).toString()};
    if (!(saved == expected))
        return fail(State::Stale,
                    QCoreApplication::translate("athanor::VectorIndex",
                                                "the vector index is out of date (it covers %1 prompts, the "
                                                "database has %2 with embeddings)")
                        .arg(saved.count)
                        .arg(expected.count));

    auto fresh = std::make_unique<Hnsw>(m_dimension);
    try {
        fresh->graph = std::make_unique<Graph>(&fresh->space, nativePath(m_indexPath), false, 0);
    } catch (...) {
        // hnswlib throws std::runtime_error or std::bad_alloc on a file it cannot read.
        return fail(State::Corrupt, QCoreApplication::translate("athanor::VectorIndex",
                                                                "the vector index file cannot be loaded"));
    }
    Graph& graph = *fresh->graph;
    // hnswlib 0.6.2 leaves the deleted count uninitialised when loading: count it here.
    graph.num_deleted_ = countDeleted(graph);
    const bool shapeOk = graph.size_data_per_element_
                         == graph.size_links_level0_ + fresh->space.get_data_size() + sizeof(hnswlib::labeltype);
    if (!shapeOk || qint64(graph.cur_element_count - graph.num_deleted_) != saved.count)
        return fail(State::Corrupt,
                    QCoreApplication::translate("athanor::VectorIndex",
                                                "the vector index file does not match its manifest"));
    graph.setEf(size_t(m_ef));
    m_hnsw = std::move(fresh);
    m_state = State::Ready;
    return {};
}

void VectorIndex::reset()
{
    auto fresh = std::make_unique<Hnsw>(m_dimension);
    fresh->graph = std::make_unique<Graph>(&fresh->space, kInitialCapacity, kM, kEfConstruction, kRandomSeed);
    fresh->graph->setEf(size_t(m_ef));
    QWriteLocker lock(&m_lock);
    m_hnsw = std::move(fresh);
    m_state = State::Ready;
}

Status VectorIndex::add(qint64 seq, const std::vector<float>& vector)
{
    if (int(vector.size()) != m_dimension)
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "a vector has %1 dimensions, the index %2")
                .arg(vector.size())
                .arg(m_dimension),
            m_indexPath);
    std::vector<char> quantised(int8vector::bytes(size_t(m_dimension)));
    int8vector::quantise(vector.data(), size_t(m_dimension), quantised.data());
    QWriteLocker lock(&m_lock);
    if (m_state != State::Ready || !m_hnsw)
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "the vector index is not loaded"),
            m_indexPath, rebuildHint());
    Graph& graph = *m_hnsw->graph;
    try {
        const bool known = graph.label_lookup_.count(hnswlib::labeltype(seq)) > 0;
        if (!known && graph.cur_element_count >= graph.max_elements_)
            graph.resizeIndex(std::max(kInitialCapacity, graph.max_elements_ * 2));
        graph.addPoint(quantised.data(), hnswlib::labeltype(seq));
    } catch (const std::exception& e) {
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "cannot add to the vector index: %1")
                .arg(QString::fromLocal8Bit(e.what())),
            m_indexPath);
    }
    return {};
}

Status VectorIndex::checkRows(size_t vectors, size_t floats) const
{
    if (floats == vectors * size_t(m_dimension))
        return {};
    return Error::data(QCoreApplication::translate("athanor::VectorIndex",
                                                   "%1 vectors of %2 floats expected, %3 floats given")
                           .arg(vectors)
                           .arg(m_dimension)
                           .arg(floats),
                       m_indexPath);
}

Status VectorIndex::addMany(const std::vector<qint64>& labels, const std::vector<float>& rows)
{
    const size_t n = labels.size();
    if (Status shape = checkRows(n, rows.size()); !shape)
        return shape;
    QWriteLocker lock(&m_lock);
    if (m_state != State::Ready || !m_hnsw)
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "the vector index is not loaded"),
            m_indexPath, rebuildHint());
    Graph& graph = *m_hnsw->graph;
    try {
        size_t added = 0;
        for (qint64 label : labels)
            added += graph.label_lookup_.count(hnswlib::labeltype(label)) > 0 ? 0 : 1;
        if (graph.cur_element_count + added > graph.max_elements_)
            graph.resizeIndex(std::max({kInitialCapacity, graph.max_elements_ * 2, graph.cur_element_count + added}));
    } catch (const std::exception& e) {
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "cannot add to the vector index: %1")
                .arg(QString::fromLocal8Bit(e.what())),
            m_indexPath);
    }
    // A few vectors go in on this thread: starting threads would cost more than they save.
    const int threads = n < 64 ? 1 : QThread::idealThreadCount();
    if (!insertAll(graph, labels, rows, size_t(m_dimension), threads, {}, nullptr))
        return Error::data(QCoreApplication::translate("athanor::VectorIndex",
                                                       "cannot add to the vector index (out of memory?)"),
                           m_indexPath);
    return {};
}

Status VectorIndex::markDeleted(qint64 seq)
{
    QWriteLocker lock(&m_lock);
    if (!m_hnsw)
        return {};
    Graph& graph = *m_hnsw->graph;
    const auto found = graph.label_lookup_.find(hnswlib::labeltype(seq));
    if (found == graph.label_lookup_.end() || graph.isMarkedDeleted(found->second))
        return {};
    try {
        graph.markDelete(hnswlib::labeltype(seq));
    } catch (const std::exception& e) {
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "cannot delete from the vector index: %1")
                .arg(QString::fromLocal8Bit(e.what())),
            m_indexPath);
    }
    return {};
}

Result<QList<VectorHit>> VectorIndex::search(const float* vector, int k) const
{
    QReadLocker lock(&m_lock);
    if (m_state != State::Ready || !m_hnsw)
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "the vector index is not loaded"),
            m_indexPath, rebuildHint());
    const Graph& graph = *m_hnsw->graph;
    const size_t live = graph.cur_element_count - graph.num_deleted_;
    const size_t wanted = std::min(size_t(std::max(k, 0)), live);
    QList<VectorHit> hits;
    if (wanted == 0)
        return hits;
    const size_t dimension = size_t(m_dimension);
    std::vector<char> query(int8vector::bytes(dimension));
    int8vector::quantise(vector, dimension, query.data());
    try {
        // The graph is walked with the quantised query; the ef candidates it ends with (not just
        // k) are then scored exactly against the float query, which puts back the order that
        // quantising the query blurred, at the cost of ef short dot products.
        const size_t candidates = std::min(live, std::max(wanted, size_t(m_ef)));
        auto queue = graph.searchKnn(query.data(), candidates);
        hits.reserve(qsizetype(queue.size()));
        std::vector<float> stored(dimension);
        while (!queue.empty()) {
            const hnswlib::labeltype label = queue.top().second;
            queue.pop();
            const auto found = graph.label_lookup_.find(label);
            if (found == graph.label_lookup_.end())
                continue;
            // Decoded as EmbeddingCodec::decode does, so scores equal the exact search's.
            int8vector::dequantise(graph.getDataByInternalId(found->second), dimension, stored.data());
            hits.append({qint64(label), ExactSearch::dot(vector, stored.data(), m_dimension)});
        }
    } catch (const std::exception& e) {
        return Error::data(QCoreApplication::translate("athanor::VectorIndex", "the vector index failed: %1")
                               .arg(QString::fromLocal8Bit(e.what())),
                           m_indexPath, rebuildHint());
    }
    std::sort(hits.begin(), hits.end(), [](const VectorHit& a, const VectorHit& b) {
        return a.score != b.score ? a.score > b.score : a.seq < b.seq;
    });
    if (hits.size() > qsizetype(wanted))
        hits.resize(qsizetype(wanted));
    return hits;
}

Status VectorIndex::build(const std::vector<qint64>& labels, const std::vector<float>& rows, const Progress& progress,
                          const std::atomic_bool* cancel)
{
    const size_t n = labels.size();
    if (Status shape = checkRows(n, rows.size()); !shape)
        return shape;
    auto fresh = std::make_unique<Hnsw>(m_dimension);
    try {
        fresh->graph = std::make_unique<Graph>(&fresh->space, std::max(n, kInitialCapacity), kM, kEfConstruction,
                                               kRandomSeed);
    } catch (...) {
        return Error::data(QCoreApplication::translate("athanor::VectorIndex",
                                                       "not enough memory for a vector index of %1 prompts")
                               .arg(n),
                           m_indexPath);
    }
    Graph& graph = *fresh->graph;

    const int threads = n < 2000 ? 1 : QThread::idealThreadCount();
    if (!insertAll(graph, labels, rows, size_t(m_dimension), threads, progress, cancel))
        return Error::data(QCoreApplication::translate("athanor::VectorIndex",
                                                       "cannot build the vector index (out of memory?)"),
                           m_indexPath);
    if (cancel && cancel->load())
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "the vector index rebuild was cancelled"),
            m_indexPath, rebuildHint());
    if (progress)
        progress(qint64(n), qint64(n));

    graph.setEf(size_t(m_ef));
    QWriteLocker lock(&m_lock);
    m_hnsw = std::move(fresh);
    m_state = State::Ready;
    return {};
}

Status VectorIndex::save(const Coverage& coverage)
{
    QMutexLocker saving(&m_saveMutex);
    QReadLocker lock(&m_lock);
    if (m_state != State::Ready || !m_hnsw)
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "there is no vector index to save"),
            m_indexPath);
    // saveIndex only reads, but hnswlib 0.6.2 does not declare it const.
    Graph& graph = *m_hnsw->graph;
    const qint64 live = qint64(graph.cur_element_count - graph.num_deleted_);
    if (live != coverage.count)
        return Error::data(QCoreApplication::translate("athanor::VectorIndex",
                                                       "the vector index holds %1 vectors, the database %2")
                               .arg(live)
                               .arg(coverage.count),
                           m_indexPath, rebuildHint());

    const QString temporary = m_indexPath + QStringLiteral(".tmp");
    try {
        graph.saveIndex(nativePath(temporary));
    } catch (const std::exception& e) {
        QFile::remove(temporary);
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "cannot write the vector index: %1")
                .arg(QString::fromLocal8Bit(e.what())),
            temporary);
    }
    const qint64 expectedSize = expectedFileSize(graph);
    lock.unlock(); // the rest reads files only

    qint64 size = 0;
    const auto checksum = fileChecksum(temporary, &size);
    if (!checksum || size != expectedSize) {
        QFile::remove(temporary);
        return Error::data(QCoreApplication::translate("athanor::VectorIndex",
                                                       "cannot write the vector index (is the disk full?)"),
                           temporary);
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(nativePath(temporary)), std::filesystem::path(nativePath(m_indexPath)),
                            error);
    if (error) {
        QFile::remove(temporary);
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "cannot replace the vector index: %1")
                .arg(QString::fromStdString(error.message())),
            m_indexPath);
    }

    const QJsonObject manifest{
        {QStringLiteral("format"), kManifestFormat},
        {QStringLiteral("model"), m_model},
        {QStringLiteral("dimension"), m_dimension},
        {QStringLiteral("count"), coverage.count},
        {QStringLiteral("max_seq"), coverage.maxSeq},
        {QStringLiteral("checksum"), coverage.checksum},
        {QStringLiteral("file_size"), size},
        {QStringLiteral("file_checksum"), *checksum},
        {QStringLiteral("m"), kM},
        {QStringLiteral("ef_construction"), kEfConstruction},
        {QStringLiteral("vectors"), QStringLiteral("int8 + int8 leftovers")},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    QSaveFile file(m_manifestPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 || !file.commit())
        return Error::data(
            QCoreApplication::translate("athanor::VectorIndex", "cannot write the vector index manifest: %1")
                .arg(file.errorString()),
            m_manifestPath);
    return {};
}

void VectorIndex::setEf(int ef)
{
    QWriteLocker lock(&m_lock);
    m_ef = std::max(1, ef);
    if (m_hnsw)
        m_hnsw->graph->setEf(size_t(m_ef));
}

int VectorIndex::ef() const
{
    QReadLocker lock(&m_lock);
    return m_ef;
}

qint64 VectorIndex::count() const
{
    QReadLocker lock(&m_lock);
    if (!m_hnsw)
        return 0;
    return qint64(m_hnsw->graph->cur_element_count - m_hnsw->graph->num_deleted_);
}

} // namespace athanor
