#include "NearDuplicateFinder.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace athanor {

namespace {

// Union-find over row positions, with path halving.
class Groups
{
public:
    explicit Groups(qsizetype n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), qsizetype(0)); }
    qsizetype root(qsizetype i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    // The older prompt (smaller position) stays the root, so it heads its group.
    void join(qsizetype a, qsizetype b)
    {
        a = root(a);
        b = root(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<qsizetype> m_parent;
};

} // namespace

NearDuplicateFinder::NearDuplicateFinder(std::shared_ptr<Database> database, std::shared_ptr<EmbeddingRepository> embeddings)
    : m_database(std::move(database)), m_embeddings(std::move(embeddings))
{
}

Result<QList<DuplicateGroup>> NearDuplicateFinder::find(float threshold, const Progress& progress,
                                                        const std::atomic_bool* cancel)
{
    if (!(threshold > 0.0f && threshold <= 1.0f))
        return Error::usage(QCoreApplication::translate(
            "athanor::NearDuplicateFinder", "the similarity threshold must be above 0 and at most 1"));
    if (m_embeddings->needsRebuild())
        return Error::data(
            QCoreApplication::translate("athanor::NearDuplicateFinder",
                                        "the vector index is missing or out of date"),
            m_embeddings->index().indexPath(),
            QCoreApplication::translate("athanor::NearDuplicateFinder",
                                        "wait for the index to be rebuilt, or run athanor-cli similar once"));
    auto rows = runSql(m_database->connection(), QStringLiteral("SELECT seq, id FROM prompts WHERE embedding_model = ? "
                                                                "ORDER BY seq"),
                       {m_embeddings->embedder().model()});
    if (!rows)
        return rows.error();
    QList<qint64> seqs;
    QStringList ids;
    QHash<qint64, qsizetype> position;
    while (rows->next()) {
        position.insert(rows->value(0).toLongLong(), seqs.size());
        seqs << rows->value(0).toLongLong();
        ids << rows->value(1).toString();
    }

    Groups groups(seqs.size());
    QHash<qsizetype, QList<SimilarPrompt>> neighbours; // only the prompts that have a close one
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        if (cancel && cancel->load())
            return Error::data(QCoreApplication::translate("athanor::NearDuplicateFinder", "cancelled"));
        auto similar = m_embeddings->similar(ids.at(i), kNeighbours);
        if (!similar)
            return similar.error();
        for (const SimilarPrompt& hit : *similar) {
            if (hit.score < threshold)
                break; // best first
            if (const auto other = position.constFind(hit.seq); other != position.constEnd())
                groups.join(i, *other);
        }
        if (progress && (i % 256 == 0 || i + 1 == seqs.size()))
            progress(i + 1, seqs.size());
    }

    QHash<qsizetype, QList<qsizetype>> members;
    for (qsizetype i = 0; i < seqs.size(); ++i)
        members[groups.root(i)] << i;
    QList<DuplicateGroup> result;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (it->size() < 2)
            continue;
        // The members' similarity to the head, from the stored vectors.
        auto scored = m_embeddings->similar(ids.at(it.key()), int(std::max<qsizetype>(it->size() * 2, kNeighbours)));
        if (!scored)
            return scored.error();
        QHash<qint64, SimilarPrompt> bySeq;
        for (const SimilarPrompt& hit : *scored)
            bySeq.insert(hit.seq, hit);
        DuplicateGroup group;
        for (qsizetype member : *it) {
            SimilarPrompt prompt = bySeq.value(seqs.at(member));
            prompt.id = ids.at(member);
            prompt.seq = seqs.at(member);
            if (member == it.key())
                prompt.score = 1.0f;
            group.members << prompt;
        }
        result << group;
    }
    // Contents of the members not reached by the head's search (chains of near neighbours).
    for (DuplicateGroup& group : result)
        for (SimilarPrompt& member : group.members)
            if (member.content.isEmpty()) {
                auto content = runSql(m_database->connection(), QStringLiteral("SELECT content FROM prompts WHERE seq = ?"),
                                      {member.seq});
                if (!content)
                    return content.error();
                if (content->next())
                    member.content = content->value(0).toString();
            }
    std::sort(result.begin(), result.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
        return a.members.size() != b.members.size() ? a.members.size() > b.members.size()
                                                    : a.members.first().seq < b.members.first().seq;
    });
    return result;
}

} // namespace athanor
