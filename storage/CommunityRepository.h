#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// A prompt of the shared community library, as the server lists it for the caller.
struct CommunityPrompt
{
    QString id;
    QString author;
    QString title;
    QString description;
    QString original;
    QString enhanced;
    QStringList techniques;
    QString category;
    QStringList tags;
    int likes = 0;
    int saves = 0;
    int remixes = 0;
    bool featured = false;
    bool verified = false;
    QString status; // pending, approved, rejected
    QString createdAt;
    qint64 trending = 0; // likes and saves in the last 7 days
    bool liked = false;  // by the caller
    bool saved = false;
};

// The community library (docs/server.md): listed, searched, published, liked, saved, remixed and
// moderated on the server through its functions, and cached in this library (community_prompts)
// so that what was seen can be read offline.
class CommunityRepository
{
public:
    enum class Sort
    {
        Trending,
        New,
        Top
    };
    static std::optional<Sort> parseSort(const QString& name);

    explicit CommunityRepository(std::shared_ptr<Database> library);

    // From the server, cached as it is read. `queue`: the pending prompts (moderators only).
    Result<QList<CommunityPrompt>> list(const QSqlDatabase& server, Sort sort, const QString& search,
                                        int limit, bool queue = false);
    // From the cache, offline.
    Result<QList<CommunityPrompt>> cached(Sort sort, const QString& search, int limit) const;

    // A library prompt, shared: pending until a moderator approves it.
    Result<CommunityPrompt> publish(const QSqlDatabase& server, const QString& promptId, const QString& title,
                                    const QString& description, const QString& category);
    // Whether the server takes the caller for a moderator.
    static Result<bool> isModerator(const QSqlDatabase& server);
    // One prompt as the cache has it.
    Result<CommunityPrompt> cachedOne(const QString& id) const;

    // Like or save (on), or take it back (off); once per user. The prompt as it is now.
    Result<CommunityPrompt> interact(const QSqlDatabase& server, const QString& id, const QString& what,
                                     bool on);
    // A local copy of a community prompt whose lineage points at the original (context row
    // "remix_of"); its remix count rises once per user. Returns the new prompt's id.
    Result<QString> remix(const QSqlDatabase& server, const QString& id);
    Result<CommunityPrompt> moderate(const QSqlDatabase& server, const QString& id, const QString& status,
                                     std::optional<bool> featured = {}, std::optional<bool> verified = {});

private:
    Result<CommunityPrompt> fetch(const QSqlDatabase& server, const QString& id);
    Status cache(const QList<CommunityPrompt>& prompts);

    std::shared_ptr<Database> m_library;
};

} // namespace athanor
