#pragma once

#include "core/Result.h"

#include <QStringList>

namespace athanor {

// Secrets (API keys, the server password) in the OS keychain (Secret Service, Keychain, Credential
// Manager) through QtKeychain, never in SQLite or QSettings. An environment variable, when one is
// named and set, comes first, so that a shell or CI can override what is stored.
// ATHANOR_KEYCHAIN=off skips the keychain (tests, headless machines without a Secret Service).
class SecretStore
{
public:
    enum class Source { None, Environment, Keychain };
    struct Lookup
    {
        QString value;
        Source source = Source::None;
        QString where;   // the variable's name, or "keychain"
        QString problem; // why the keychain could not be read, when it could not
    };

    static bool keychainEnabled();

    // `account` names the keychain entry; `variables` are tried first, in order.
    Lookup find(const QString& account, const QStringList& variables = {}) const;
    // `what` names the secret in messages ("the OpenAI key"); `hint` says what to do instead.
    Status store(const QString& account, const QString& value, const QString& what, const QString& hint = {}) const;
    Status remove(const QString& account, const QString& what) const;

private:
    QString m_service = QStringLiteral("Athanor");
};

} // namespace athanor
