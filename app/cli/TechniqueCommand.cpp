#include "TechniqueCommand.h"

#include "CatalogSupport.h"
#include "core/catalog/CatalogJson.h"

namespace athanor::cli {

void TechniqueCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The technique's code, e.g. chain_of_thought."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the technique as JSON.")});
}

int TechniqueCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give exactly one technique code"), QStringLiteral("athanor-cli technique"));
    auto catalog = loadCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    auto found = findTechnique(*catalog, parser.positionalArguments().first());
    if (!found)
        return context.fail(found.error());
    const Technique& t = **found;

    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(catalogjson::fromTechnique(t));
        return 0;
    }
    QTextStream& out = context.out();
    out << t.name << " (" << t.code << ")\n"
        << "category: " << t.category << ", complexity " << t.complexity << ", base effectiveness "
        << QString::number(t.baseEffectiveness, 'f', 2) << "\n\n"
        << t.description << "\n\nWhen to use:\n";
    for (const QString& s : t.whenToUse)
        out << "  - " << s << '\n';
    out << "When not to use:\n";
    for (const QString& s : t.whenNotToUse)
        out << "  - " << s << '\n';
    for (const TechniquePattern& p : t.patterns)
        out << "\nTemplate: " << p.name << "\n" << p.templateText << '\n';
    for (const TechniqueExample& e : t.examples)
        out << "\nExample\n  before: " << e.before << "\n  after:\n" << e.after << '\n';
    out << "\nSources:\n";
    for (const TechniqueSource& s : t.sources)
        out << "  - " << s.authors << " (" << s.year << "). " << s.title << ". " << s.url << '\n';
    return 0;
}

} // namespace athanor::cli
