#pragma once

#include "ProviderKind.h"
#include "core/Result.h"
#include "core/SecretStore.h"

namespace athanor {

// Where API keys live (SecretStore): the OS keychain, never SQLite or QSettings. An environment
// variable (OPENAI_API_KEY, ...) is used first when set, so a shell or CI can override the stored
// key. ATHANOR_KEYCHAIN=off skips the keychain (tests, headless machines without a Secret Service).
class ApiKeyStore
{
public:
    using Source = SecretStore::Source;
    using Lookup = SecretStore::Lookup; // value: the key

    static bool keychainEnabled();
    // The keychain entry's account name: "api-key/<provider>".
    static QString account(ProviderKind kind);

    Lookup find(ProviderKind kind) const;
    Status store(ProviderKind kind, const QString& key) const;
    Status remove(ProviderKind kind) const;
};

} // namespace athanor
