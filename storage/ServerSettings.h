#pragma once

#include "ServerUrl.h"

#include <optional>

namespace athanor {

// The server the app connects to, as the user set it in Edit ▸ Server…: the URL (without its
// password) in QSettings ("server/url"), the password in the keychain (SecretStore, account
// "server/<user>@<host>:<port>/<database>") or PGPASSWORD.
class ServerSettings
{
public:
    // The configured server with its password, or nothing when none is configured.
    static std::optional<ServerUrl> load();
    // Where the password came from, for the dialog: "keychain", "PGPASSWORD" or empty.
    static QString passwordSource();
    // Remembers the server; the password goes to the keychain when there is one (else it is kept
    // for this run only and the user is told).
    static Status save(const ServerUrl& url);
    static void forget();
    static QString account(const ServerUrl& url);
};

} // namespace athanor
