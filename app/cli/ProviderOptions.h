#pragma once

#include "core/providers/ProviderSettings.h"

#include <QCommandLineParser>

namespace athanor::cli {

// The options every command that talks to a provider shares: --provider, --model, --base-url.
void addProviderOptions(QCommandLineParser& parser, bool providerRequired);
// The provider's configuration, key included; a usage error names what is missing.
Result<ProviderConfig> providerConfigFrom(const QCommandLineParser& parser, const QString& command);

} // namespace athanor::cli
