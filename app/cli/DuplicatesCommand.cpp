#include "DuplicatesCommand.h"

#include "ProviderOptions.h"
#include "storage/NearDuplicateFinder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace athanor::cli {

void DuplicatesCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("threshold"),
         QStringLiteral(
             "How alike prompts must be, as a cosine similarity above 0 and at most 1 (default 0.95)."),
         QStringLiteral("similarity"), QStringLiteral("0.95")});
    addEmbedderOption(parser);
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print [{\"members\":[{\"id\",\"score\",\"content\"}]}], largest group first; "
                        "the first member of each group is its oldest prompt.")});
}

int DuplicatesCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli duplicates");
    bool ok = false;
    const double threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || !(threshold > 0.0 && threshold <= 1.0))
        return context.usage(QStringLiteral("--threshold takes a number above 0 and at most 1"), where);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto embedder = embedderFrom(parser);
    if (!embedder)
        return context.fail(embedder.error());
    auto embeddings = std::make_shared<EmbeddingRepository>(*database, *embedder);
    if (Status indexed = embeddings->indexPending(); !indexed)
        return context.fail(indexed.error());
    if (embeddings->needsRebuild())
        if (Status rebuilt = embeddings->rebuildIndex(); !rebuilt)
            return context.fail(rebuilt.error());
    auto groups = NearDuplicateFinder(*database, embeddings).find(float(threshold));
    if (!groups)
        return context.fail(groups.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const DuplicateGroup& group : *groups) {
            QJsonArray members;
            for (const SimilarPrompt& member : group.members)
                members.append(
                    QJsonObject{{QStringLiteral("id"), member.id},
                                {QStringLiteral("score"), std::round(double(member.score) * 1e4) / 1e4},
                                {QStringLiteral("content"), member.content}});
            array.append(QJsonObject{{QStringLiteral("members"), members}});
        }
        context.printJson(array);
        return 0;
    }
    if (groups->isEmpty()) {
        context.out() << "no near-duplicates at similarity " << threshold << "\n";
        return 0;
    }
    int number = 0;
    for (const DuplicateGroup& group : *groups) {
        context.out() << "group " << ++number << " (" << group.members.size() << " prompts)\n";
        for (const SimilarPrompt& member : group.members) {
            QString line = member.content.simplified();
            if (line.size() > 70)
                line = line.left(69) + QChar(0x2026);
            context.out() << "  " << QString::number(member.score, 'f', 3) << "  " << member.id << "  "
                          << line << "\n";
        }
    }
    return 0;
}

} // namespace athanor::cli
