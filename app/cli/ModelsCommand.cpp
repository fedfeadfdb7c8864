#include "ModelsCommand.h"

#include "ProviderOptions.h"
#include "core/providers/ProviderClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void ModelsCommand::configure(QCommandLineParser& parser) const
{
    addProviderOptions(parser, true);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"provider\",\"base_url\",\"models\":[...]}.")});
}

int ModelsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    Result<ProviderConfig> config = providerConfigFrom(parser, name());
    if (!config)
        return context.fail(config.error());
    ProviderClient client(*config);
    ProviderCall* call = client.listModels();
    if (!waitForCall(call))
        return context.fail(call->error().error);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("provider"), providerName(config->kind)},
                                      {QStringLiteral("base_url"), config->effectiveBaseUrl()},
                                      {QStringLiteral("models"), QJsonArray::fromStringList(call->models())}});
        return 0;
    }
    for (const QString& model : call->models())
        context.out() << model << '\n';
    return 0;
}

} // namespace athanor::cli
