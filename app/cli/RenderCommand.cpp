#include "RenderCommand.h"

#include "CatalogSupport.h"
#include "core/catalog/TemplateRenderer.h"

#include <QJsonObject>

namespace athanor::cli {

void RenderCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("TEMPLATE"), QStringLiteral("The template's name (or id)."));
    parser.addOption({QStringLiteral("var"), QStringLiteral("A variable's value (repeatable)."), QStringLiteral("name=value")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"template\",\"version\",\"prompt\"}.")});
}

int RenderCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli render");
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give exactly one template name (quote names with spaces)"), where);
    QMap<QString, QString> values;
    for (const QString& assignment : parser.values(QStringLiteral("var"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.usage(QStringLiteral("--var takes name=value, not '%1'").arg(assignment), where);
        values.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    }
    auto catalog = loadCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    auto found = findTemplate(*catalog, parser.positionalArguments().first());
    if (!found)
        return context.fail(found.error());
    const PromptTemplate& t = **found;
    auto rendered = TemplateRenderer::render(t.text, t.variables, values);
    if (!rendered)
        return context.fail(rendered.error());

    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("template"), t.name},
                                      {QStringLiteral("version"), t.version},
                                      {QStringLiteral("prompt"), *rendered}});
    else
        context.out() << *rendered << '\n';
    return 0;
}

} // namespace athanor::cli
