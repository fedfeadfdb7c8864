#include "ProviderSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <QUrl>

namespace athanor {

namespace {

QString key(ProviderKind kind, const char* name)
{
    return QStringLiteral("providers/%1/%2").arg(providerName(kind), QLatin1String(name));
}

} // namespace

QString ProviderSettings::baseUrl(ProviderKind kind)
{
    return QSettings().value(key(kind, "baseUrl")).toString();
}

QString ProviderSettings::model(ProviderKind kind)
{
    return QSettings().value(key(kind, "model")).toString();
}

int ProviderSettings::timeoutSeconds(ProviderKind kind)
{
    return QSettings().value(key(kind, "timeoutSeconds"), 120).toInt();
}

void ProviderSettings::setBaseUrl(ProviderKind kind, const QString& url)
{
    QSettings().setValue(key(kind, "baseUrl"), url.trimmed());
}

void ProviderSettings::setModel(ProviderKind kind, const QString& model)
{
    QSettings().setValue(key(kind, "model"), model.trimmed());
}

void ProviderSettings::setTimeoutSeconds(ProviderKind kind, int seconds)
{
    QSettings().setValue(key(kind, "timeoutSeconds"), seconds);
}

Result<ProviderConfig> ProviderSettings::resolve(ProviderKind kind, const Overrides& overrides, const ApiKeyStore& keys)
{
    const ProviderInfo& info = providerInfo(kind);
    ProviderConfig config;
    config.kind = kind;
    config.baseUrl = overrides.baseUrl.isEmpty() ? baseUrl(kind) : overrides.baseUrl;
    config.model = overrides.model.isEmpty() ? model(kind) : overrides.model;
    config.timeoutMs = std::max(1, timeoutSeconds(kind)) * 1000;
    const QUrl url(config.effectiveBaseUrl());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return Error::usage(QCoreApplication::translate("athanor::ProviderSettings",
                                                        "the base URL of %1 is not an http(s) URL")
                                .arg(info.displayName),
                            config.effectiveBaseUrl());
    if (info.keyEnvVars.isEmpty())
        return config;
    const ApiKeyStore::Lookup lookup = keys.find(kind);
    if (lookup.value.isEmpty()) {
        QString hint =
            QCoreApplication::translate("athanor::ProviderSettings",
                                        "Set it in Edit ▸ Providers…, or in the environment variable %1.")
                .arg(info.keyEnvVars.join(QCoreApplication::translate("athanor::ProviderSettings", " or ")));
        if (!lookup.problem.isEmpty())
            hint += QCoreApplication::translate("athanor::ProviderSettings",
                                                " (The keychain could not be read: %1.)")
                        .arg(lookup.problem);
        return Error::usage(QCoreApplication::translate("athanor::ProviderSettings", "no API key for %1")
                                .arg(info.displayName),
                            info.name, hint);
    }
    config.apiKey = lookup.value;
    return config;
}

} // namespace athanor
