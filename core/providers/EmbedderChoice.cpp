#include "EmbedderChoice.h"

#include "ProviderSettings.h"
#include "RemoteEmbedder.h"
#include "core/embeddings/LocalEmbedder.h"

#include <QCoreApplication>
#include <QSettings>

namespace athanor::EmbedderChoice {

namespace {

const QString kSettingsKey = QStringLiteral("library/embedder");

} // namespace

QString local()
{
    return QStringLiteral("local");
}

QString current()
{
    const QString spec = QSettings().value(kSettingsKey).toString().trimmed();
    return spec.isEmpty() ? local() : spec;
}

void setCurrent(const QString& spec)
{
    QSettings settings;
    if (spec.trimmed().isEmpty() || spec.trimmed() == local())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, spec.trimmed());
}

Result<Parsed> parse(const QString& spec)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(local(), Qt::CaseInsensitive) == 0)
        return Parsed{};
    const QString name = trimmed.section(QLatin1Char(':'), 0, 0);
    const QString model = trimmed.section(QLatin1Char(':'), 1).trimmed();
    const std::optional<ProviderKind> kind = parseProviderKind(name);
    if (!kind)
        return Error::usage(
            QCoreApplication::translate("athanor::EmbedderChoice",
                                        "unknown embedder \"%1\"; use local or <provider>[:<model>], e.g. %2")
                .arg(trimmed, suggestions().join(QLatin1String(", "))),
            QStringLiteral("embedder"));
    if (providerInfo(*kind).defaultEmbeddingModel.isEmpty())
        return Error::usage(
            QCoreApplication::translate("athanor::EmbedderChoice", "%1 has no embeddings API")
                .arg(providerInfo(*kind).displayName),
            QStringLiteral("embedder"),
            QCoreApplication::translate("athanor::EmbedderChoice", "Use local, openai, google or ollama."));
    return Parsed{kind, model};
}

Result<std::shared_ptr<const Embedder>> create(const QString& spec)
{
    Result<Parsed> parsed = parse(spec);
    if (!parsed)
        return parsed.error();
    if (!parsed->provider)
        return std::shared_ptr<const Embedder>(std::make_shared<const LocalEmbedder>());
    Result<ProviderConfig> config = ProviderSettings::resolve(*parsed->provider, {});
    if (!config)
        return config.error();
    Result<std::shared_ptr<RemoteEmbedder>> remote = RemoteEmbedder::connect(*config, parsed->model);
    if (!remote)
        return remote.error();
    return std::shared_ptr<const Embedder>(*remote);
}

QStringList suggestions()
{
    QStringList list{local()};
    for (const ProviderInfo& info : allProviders())
        if (!info.defaultEmbeddingModel.isEmpty())
            list << info.name + QLatin1Char(':') + info.defaultEmbeddingModel;
    return list;
}

} // namespace athanor::EmbedderChoice
