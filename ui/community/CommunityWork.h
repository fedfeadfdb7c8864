#pragma once

#include "storage/CommunityRepository.h"
#include "storage/ServerUrl.h"

#include <memory>
#include <optional>

namespace athanor {

class Database;

// The Community pane's server work, run on a worker thread: each call opens its own ServerSession
// and calls CommunityRepository as athanor-cli community does; the library's connection is the
// worker thread's own (Database::connection()).
namespace community {

inline constexpr int kListLimit = 200;

// A listing: from the server, or from the cache when no server is set or it failed.
struct Listing
{
    QList<CommunityPrompt> prompts;
    bool configured = false; // a server is set
    bool online = false;     // the prompts came from it
    bool moderator = false;  // the server takes this user for a moderator
    QString problem;         // why they did not, in one line
    QString error;           // the cache could not be read either
};
Listing list(const std::shared_ptr<Database>& library, const std::optional<ServerUrl>& server,
             CommunityRepository::Sort sort, const QString& search, bool queue);

enum class Action
{
    Like,
    Unlike,
    Save,
    Unsave,
    Remix,
    Approve,
    Reject,
    Feature,
    Unfeature,
    Verify,
    Unverify
};

// What an action left behind.
struct Outcome
{
    QString error;                         // empty when it was done
    std::optional<CommunityPrompt> prompt; // the prompt as the server has it now
    QString localId;                       // Remix: the new prompt in the library
};
Outcome act(const std::shared_ptr<Database>& library, const ServerUrl& server, const QString& id,
            Action action);

Result<CommunityPrompt> publish(const std::shared_ptr<Database>& library, const ServerUrl& server,
                                const QString& promptId, const QString& title, const QString& description,
                                const QString& category);

} // namespace community
} // namespace athanor
