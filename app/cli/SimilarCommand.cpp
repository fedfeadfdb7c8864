#include "SimilarCommand.h"

#include "ProviderOptions.h"
#include "storage/EmbeddingRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace athanor::cli {
namespace {

constexpr int kMaxK = 1000;

QString oneLine(const QString& text, int width)
{
    QString line = text.simplified();
    return line.size() > width ? line.left(width - 1) + QChar(0x2026) : line;
}

} // namespace

void SimilarCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The id of a prompt of the library."),
                                 QStringLiteral("(ID | --text TEXT)"));
    parser.addOption({QStringLiteral("text"),
                      QStringLiteral("Compare with this text instead of a stored prompt."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("k"), QStringLiteral("How many prompts to list (default 10)."),
                      QStringLiteral("k"), QStringLiteral("10")});
    addEmbedderOption(parser);
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print [{\"id\",\"score\",\"content\"}], best first.")});
}

int SimilarCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli similar");
    const QStringList positional = parser.positionalArguments();
    const bool byText = parser.isSet(QStringLiteral("text"));
    if (positional.size() > 1)
        return context.usage(QStringLiteral("give one prompt id"), where);
    if (byText == !positional.isEmpty())
        return context.usage(QStringLiteral("give either a prompt id or --text TEXT"), where);
    bool ok = false;
    const int k = parser.value(QStringLiteral("k")).toInt(&ok);
    if (!ok || k < 1 || k > kMaxK)
        return context.usage(QStringLiteral("--k takes a whole number from 1 to %1").arg(kMaxK), where);

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto embedder = embedderFrom(parser);
    if (!embedder)
        return context.fail(embedder.error());
    EmbeddingRepository repository(*database, *embedder);
    // Prompts added since the last run (imports, enhancements) are embedded first; without a
    // GUI to keep responsive, a missing or stale index is rebuilt right here.
    if (Status indexed = repository.indexPending(); !indexed)
        return context.fail(indexed.error());
    if (repository.needsRebuild()) {
        if (Status rebuilt = repository.rebuildIndex(); !rebuilt)
            return context.fail(rebuilt.error());
    }

    auto found = byText ? repository.similarToText(parser.value(QStringLiteral("text")), k)
                        : repository.similar(positional.first().trimmed(), k);
    if (!found) {
        Error error = found.error();
        if (error.where.isEmpty())
            error.where = where;
        return context.fail(error);
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SimilarPrompt& prompt : *found)
            array.append(QJsonObject{{QStringLiteral("id"), prompt.id},
                                     {QStringLiteral("score"), std::round(double(prompt.score) * 1e4) / 1e4},
                                     {QStringLiteral("content"), prompt.content}});
        context.printJson(array);
        return 0;
    }
    for (const SimilarPrompt& prompt : *found)
        context.out() << QString::number(prompt.score, 'f', 3) << "  " << prompt.id << "  "
                      << oneLine(prompt.content, 80) << '\n';
    if (found->isEmpty())
        context.err() << "no similar prompts: the library has no other prompts\n";
    context.out().flush();
    context.err().flush();
    return 0;
}

} // namespace athanor::cli
