#include "ProviderOptions.h"

namespace athanor::cli {

void addProviderOptions(QCommandLineParser& parser, bool providerRequired)
{
    QStringList names;
    for (const ProviderInfo& info : allProviders())
        names << info.name;
    parser.addOption(
        {QStringLiteral("provider"),
         QStringLiteral("%1 (%2).")
             .arg(providerRequired ? QStringLiteral("The provider") : QStringLiteral("An LLM provider"),
                  names.join(QLatin1String(", "))),
         QStringLiteral("P")});
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("The model (default: the one in settings, or the provider's default)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("base-url"),
                      QStringLiteral("The API's base URL, e.g. an OpenAI-compatible server (default: "
                                     "settings, or the provider's own)."),
                      QStringLiteral("URL")});
}

Result<ProviderConfig> providerConfigFrom(const QCommandLineParser& parser, const QString& command)
{
    const QString where = QStringLiteral("athanor-cli ") + command;
    if (!parser.isSet(QStringLiteral("provider")))
        return Error::usage(QStringLiteral("--provider is required"), where);
    const std::optional<ProviderKind> kind = parseProviderKind(parser.value(QStringLiteral("provider")));
    if (!kind) {
        QStringList names;
        for (const ProviderInfo& info : allProviders())
            names << info.name;
        return Error::usage(
            QStringLiteral("unknown provider \"%1\"; use one of %2")
                .arg(parser.value(QStringLiteral("provider")), names.join(QLatin1String(", "))),
            where);
    }
    return ProviderSettings::resolve(
        *kind, {parser.value(QStringLiteral("base-url")), parser.value(QStringLiteral("model"))});
}

void addEmbedderOption(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("embedder"),
         QStringLiteral("Embeddings to compare with: local (offline) or <provider>[:<model>], e.g. %1 "
                        "(default: the one in settings, else local).")
             .arg(EmbedderChoice::suggestions().mid(1).join(QLatin1String(", "))),
         QStringLiteral("SPEC")});
}

Result<std::shared_ptr<const Embedder>> embedderFrom(const QCommandLineParser& parser)
{
    return EmbedderChoice::create(parser.isSet(QStringLiteral("embedder"))
                                      ? parser.value(QStringLiteral("embedder"))
                                      : EmbedderChoice::current());
}

} // namespace athanor::cli
