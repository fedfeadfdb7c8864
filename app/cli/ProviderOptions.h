#pragma once

#include "core/providers/EmbedderChoice.h"
#include "core/providers/ProviderSettings.h"

#include <QCommandLineParser>

namespace athanor::cli {

// The options every command that talks to a provider shares: --provider, --model, --base-url.
void addProviderOptions(QCommandLineParser& parser, bool providerRequired);
// The provider's configuration, key included; a usage error names what is missing.
Result<ProviderConfig> providerConfigFrom(const QCommandLineParser& parser, const QString& command);

// --embedder SPEC for the commands that search by meaning: local, or <provider>[:<model>].
void addEmbedderOption(QCommandLineParser& parser);
// The chosen embedder (--embedder, else the setting, else local), connected.
Result<std::shared_ptr<const Embedder>> embedderFrom(const QCommandLineParser& parser);

} // namespace athanor::cli
