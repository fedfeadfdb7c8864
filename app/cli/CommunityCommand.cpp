#include "CommunityCommand.h"

#include "storage/CommunityRepository.h"
#include "storage/ServerSession.h"
#include "storage/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

namespace {

QJsonObject promptJson(const CommunityPrompt& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("author"), p.author},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("content"), p.enhanced},
            {QStringLiteral("original"), p.original},
            {QStringLiteral("techniques"), QJsonArray::fromStringList(p.techniques)},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
            {QStringLiteral("likes"), p.likes},
            {QStringLiteral("saves"), p.saves},
            {QStringLiteral("remixes"), p.remixes},
            {QStringLiteral("featured"), p.featured},
            {QStringLiteral("verified"), p.verified},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("created_at"), p.createdAt},
            {QStringLiteral("trending"), p.trending},
            {QStringLiteral("liked"), p.liked},
            {QStringLiteral("saved"), p.saved}};
}

void printPrompt(QTextStream& out, const CommunityPrompt& p)
{
    QStringList badges;
    if (p.featured)
        badges << QStringLiteral("featured");
    if (p.verified)
        badges << QStringLiteral("verified");
    if (p.status != QLatin1String("approved"))
        badges << p.status;
    out << p.id << "  " << p.title << (p.author.isEmpty() ? QString() : QStringLiteral(" — ") + p.author)
        << (badges.isEmpty() ? QString()
                             : QStringLiteral(" [") + badges.join(QStringLiteral(", ")) + QLatin1Char(']'))
        << "  ♥ " << p.likes << "  saved " << p.saves << "  remixed " << p.remixes << '\n';
}

} // namespace

void CommunityCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("list, search QUERY, publish PROMPT_ID, like ID, save ID, remix ID, "
                       "queue, moderate ID."));
    parser.addOption(
        {QStringLiteral("server"),
         QStringLiteral("The server, as you (default: the one this library syncs with; the password "
                        "may come from PGPASSWORD)."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("sort"), QStringLiteral("list, search: trending (default), new or top."),
                      QStringLiteral("ORDER"), QStringLiteral("trending")});
    parser.addOption({QStringLiteral("limit"),
                      QStringLiteral("list, search: at most K prompts (default 50)."), QStringLiteral("K"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("offline"), QStringLiteral("list, search: from this library's cache.")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("publish: the title (default: the prompt's)."),
                      QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("description"), QStringLiteral("publish: a description."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("category"), QStringLiteral("publish: a category (default general)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("undo"), QStringLiteral("like, save: take it back.")});
    parser.addOption({QStringLiteral("status"), QStringLiteral("moderate: approved or rejected."),
                      QStringLiteral("STATUS")});
    parser.addOption({QStringLiteral("featured"), QStringLiteral("moderate: feature it (yes or no)."),
                      QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("verified"), QStringLiteral("moderate: mark it verified (yes or no)."),
                      QStringLiteral("yes|no")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print prompts as {\"id\",\"title\",\"author\",\"content\",\"likes\",\"saves\","
                        "\"remixes\",\"featured\",\"verified\",\"status\",...} (list, search, queue: an "
                        "array); remix: {\"id\",\"remix_of\"}.")});
}

int CommunityCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli community");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList withArgument{QStringLiteral("search"), QStringLiteral("publish"),
                                          QStringLiteral("like"),   QStringLiteral("save"),
                                          QStringLiteral("remix"),  QStringLiteral("moderate")};
    static const QStringList without{QStringLiteral("list"), QStringLiteral("queue")};
    if (!((withArgument.contains(action) && args.size() == 2) ||
          (without.contains(action) && args.size() == 1)))
        return context.usage(
            QStringLiteral("say what to do: community list, search QUERY, publish PROMPT_ID, like ID, "
                           "save ID, remix ID, queue or moderate ID"),
            where);
    const auto sort = CommunityRepository::parseSort(parser.value(QStringLiteral("sort")));
    if (!sort)
        return context.usage(QStringLiteral("--sort is trending, new or top"), where);
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.usage(QStringLiteral("--limit takes a positive number"), where);
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    CommunityRepository community(*database);
    const bool json = parser.isSet(QStringLiteral("json"));
    auto printList = [&](const QList<CommunityPrompt>& prompts) {
        if (json) {
            QJsonArray array;
            for (const CommunityPrompt& p : prompts)
                array.append(promptJson(p));
            context.printJson(array);
        } else if (prompts.isEmpty()) {
            context.out() << "no community prompts\n";
        } else {
            for (const CommunityPrompt& p : prompts)
                printPrompt(context.out(), p);
        }
        return 0;
    };
    const QString search = action == QLatin1String("search") ? args.at(1) : QString();
    if (parser.isSet(QStringLiteral("offline"))) {
        if (!without.contains(action) && action != QLatin1String("search"))
            return context.usage(QStringLiteral("--offline is for list and search"), where);
        auto cached = community.cached(*sort, search, limit);
        return cached ? printList(*cached) : context.fail(cached.error());
    }

    QString text = parser.value(QStringLiteral("server"));
    if (text.isEmpty()) {
        auto stored = SyncEngine::server(*database);
        if (!stored)
            return context.fail(stored.error());
        text = *stored;
    }
    if (text.isEmpty())
        return context.usage(
            QStringLiteral("no server yet: give --server postgres://user@host:port/database"), where);
    auto url = ServerUrl::parse(text);
    if (!url)
        return context.fail(url.error());
    ServerSession session(*url);
    if (!session.db())
        return context.fail(session.db().error());
    const QSqlDatabase& server = *session.db();

    if (without.contains(action) || action == QLatin1String("search")) {
        auto listed = community.list(server, *sort, search, limit, action == QLatin1String("queue"));
        return listed ? printList(*listed) : context.fail(listed.error());
    }
    const QString id = args.at(1);
    auto printOne = [&](const Result<CommunityPrompt>& prompt) {
        if (!prompt)
            return context.fail(prompt.error());
        if (json)
            context.printJson(promptJson(*prompt));
        else
            printPrompt(context.out(), *prompt);
        return 0;
    };
    if (action == QLatin1String("publish"))
        return printOne(community.publish(server, id, parser.value(QStringLiteral("title")),
                                          parser.value(QStringLiteral("description")),
                                          parser.value(QStringLiteral("category"))));
    if (action == QLatin1String("like") || action == QLatin1String("save")) {
        return printOne(community.interact(server, id, action, !parser.isSet(QStringLiteral("undo"))));
    }
    if (action == QLatin1String("remix")) {
        auto copy = community.remix(server, id);
        if (!copy)
            return context.fail(copy.error());
        if (json)
            context.printJson(QJsonObject{{QStringLiteral("id"), *copy}, {QStringLiteral("remix_of"), id}});
        else
            context.out() << "remixed into your library as prompt " << *copy << '\n';
        return 0;
    }
    // moderate
    auto flag = [&](const QString& name) -> std::optional<bool> {
        if (!parser.isSet(name))
            return std::nullopt;
        return parser.value(name) == QLatin1String("yes");
    };
    const QString status = parser.value(QStringLiteral("status"));
    if (!status.isEmpty() && status != QLatin1String("approved") && status != QLatin1String("rejected") &&
        status != QLatin1String("pending"))
        return context.usage(QStringLiteral("--status is approved, rejected or pending"), where);
    return printOne(community.moderate(server, id, status, flag(QStringLiteral("featured")),
                                       flag(QStringLiteral("verified"))));
}

} // namespace athanor::cli
