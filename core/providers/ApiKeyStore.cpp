#include "ApiKeyStore.h"

#include <QCoreApplication>

namespace athanor {

bool ApiKeyStore::keychainEnabled()
{
    return SecretStore::keychainEnabled();
}

QString ApiKeyStore::account(ProviderKind kind)
{
    return QStringLiteral("api-key/") + providerName(kind);
}

ApiKeyStore::Lookup ApiKeyStore::find(ProviderKind kind) const
{
    const QStringList& variables = providerInfo(kind).keyEnvVars;
    if (variables.isEmpty())
        return {}; // a provider without keys (Ollama)
    return SecretStore().find(account(kind), variables);
}

Status ApiKeyStore::store(ProviderKind kind, const QString& key) const
{
    return SecretStore().store(
        account(kind), key,
        QCoreApplication::translate("athanor::ApiKeyStore", "the %1 key").arg(providerInfo(kind).displayName),
        QCoreApplication::translate("athanor::ApiKeyStore", "Set the environment variable %1 instead.")
            .arg(providerInfo(kind).keyEnvVars.value(0)));
}

Status ApiKeyStore::remove(ProviderKind kind) const
{
    return SecretStore().remove(account(kind),
                                QCoreApplication::translate("athanor::ApiKeyStore", "the %1 key")
                                    .arg(providerInfo(kind).displayName));
}

} // namespace athanor
