#include "TemplatesCommand.h"

#include "CatalogSupport.h"
#include "core/catalog/CatalogJson.h"

#include <QJsonArray>

namespace athanor::cli {

void TemplatesCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("intent"),
                      QStringLiteral("Only templates for this intent or one below it, e.g. code or code.review."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array of templates.")});
}

int TemplatesCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto catalog = loadCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    const QString intent = parser.value(QStringLiteral("intent"));
    if (!intent.isEmpty() && !catalog->intent(intent))
        return context.fail(Error::data(QStringLiteral("unknown intent '%1'").arg(intent), QStringLiteral("--intent"),
                                        QStringLiteral("athanor-cli intents lists them")));
    QList<PromptTemplate> selected;
    for (const PromptTemplate& t : catalog->templates) {
        const bool matches = intent.isEmpty() || std::any_of(t.intents.cbegin(), t.intents.cend(), [&](const QString& i) {
                                 return i == intent || i.startsWith(intent + QLatin1Char('.'));
                             });
        if (matches)
            selected << t;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PromptTemplate& t : selected)
            array.append(catalogjson::fromTemplate(t));
        context.printJson(array);
        return 0;
    }
    for (const PromptTemplate& t : selected)
        context.out() << t.name.leftJustified(40) << t.category.leftJustified(20) << "quality "
                      << QString::number(t.qualityScore, 'f', 2) << "  uses " << t.usageCount << "  v" << t.version << '\n';
    return 0;
}

} // namespace athanor::cli
