#include "CommunityWork.h"

#include "storage/ServerSession.h"

namespace athanor::community {

Listing list(const std::shared_ptr<Database>& library, const std::optional<ServerUrl>& server,
             CommunityRepository::Sort sort, const QString& search, bool queue)
{
    Listing listing;
    CommunityRepository repository(library);
    listing.configured = server.has_value();
    if (server) {
        ServerSession session(*server);
        if (session.db()) {
            auto listed = repository.list(*session.db(), sort, search, kListLimit, queue);
            if (listed) {
                listing.online = true;
                listing.prompts = *listed;
                const Result<bool> moderator = CommunityRepository::isModerator(*session.db());
                listing.moderator = moderator.ok() && *moderator;
                return listing;
            }
            listing.problem = listed.error().message();
        } else {
            listing.problem = session.db().error().message();
        }
    }
    auto cached = repository.cached(sort, search, kListLimit);
    if (!cached) {
        listing.error = cached.error().message();
        return listing;
    }
    for (const CommunityPrompt& p : *cached)
        if (!queue || p.status == QLatin1String("pending"))
            listing.prompts << p;
    return listing;
}

Outcome act(const std::shared_ptr<Database>& library, const ServerUrl& server, const QString& id,
            Action action)
{
    Outcome outcome;
    ServerSession session(server);
    if (!session.db()) {
        outcome.error = session.db().error().message();
        return outcome;
    }
    const QSqlDatabase& db = *session.db();
    CommunityRepository repository(library);
    Result<CommunityPrompt> done = Error::data(QString());
    switch (action) {
    case Action::Like:
    case Action::Unlike:
        done = repository.interact(db, id, QStringLiteral("like"), action == Action::Like);
        break;
    case Action::Save:
    case Action::Unsave:
        done = repository.interact(db, id, QStringLiteral("save"), action == Action::Save);
        break;
    case Action::Remix: {
        auto copy = repository.remix(db, id);
        if (!copy) {
            outcome.error = copy.error().message();
            return outcome;
        }
        outcome.localId = *copy;
        done = repository.cachedOne(id);
        break;
    }
    case Action::Approve:
    case Action::Reject:
        done = repository.moderate(
            db, id, action == Action::Approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
        break;
    case Action::Feature:
    case Action::Unfeature:
        done = repository.moderate(db, id, QString(), action == Action::Feature);
        break;
    case Action::Verify:
    case Action::Unverify:
        done = repository.moderate(db, id, QString(), std::nullopt, action == Action::Verify);
        break;
    }
    if (!done) {
        outcome.error = done.error().message();
        return outcome;
    }
    outcome.prompt = *done;
    return outcome;
}

Result<CommunityPrompt> publish(const std::shared_ptr<Database>& library, const ServerUrl& server,
                                const QString& promptId, const QString& title, const QString& description,
                                const QString& category)
{
    ServerSession session(server);
    if (!session.db())
        return session.db().error();
    return CommunityRepository(library).publish(*session.db(), promptId, title, description, category);
}

} // namespace athanor::community
