#include "DeleteCommand.h"

#include "storage/EmbeddingRepository.h"
#include "storage/PromptArchive.h"

#include <QJsonObject>

namespace athanor::cli {

void DeleteCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("One or more prompt ids."), QStringLiteral("ID..."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"deleted\": N}.")});
}

int DeleteCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return context.usage(QStringLiteral("give at least one prompt id"), QStringLiteral("athanor-cli delete"));
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    // The index is opened (and checked against the library) before the delete: afterwards it
    // would no longer match and could only be rebuilt.
    EmbeddingRepository embeddings(*database);
    const bool indexCurrent = !embeddings.needsRebuild();
    auto removed = PromptArchive(*database).remove(ids);
    if (!removed)
        return context.fail(removed.error());
    // Marked deleted in the vector index at once, so that it stays current (no rebuild needed).
    if (Status unindexed = indexCurrent ? embeddings.removed(removed->seqs) : Status(); !unindexed)
        context.err() << "warning: " << unindexed.error().message() << "\n";
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("deleted"), int(ids.size())}});
    else
        context.out() << "deleted " << ids.size() << (ids.size() == 1 ? " prompt\n" : " prompts\n");
    return 0;
}

} // namespace athanor::cli
