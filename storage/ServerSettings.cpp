#include "ServerSettings.h"

#include "core/SecretStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace athanor {

namespace {

const QString kKey = QStringLiteral("server/url");

// For a session without a keychain: the password typed in the dialog, never written anywhere.
QString& sessionPassword()
{
    static QString password;
    return password;
}

} // namespace

QString ServerSettings::account(const ServerUrl& url)
{
    return QStringLiteral("server/%1@%2:%3/%4").arg(url.user, url.host).arg(url.port).arg(url.database);
}

std::optional<ServerUrl> ServerSettings::load()
{
    const QString text = QSettings().value(kKey).toString();
    if (text.isEmpty())
        return std::nullopt;
    auto url = ServerUrl::parse(text);
    if (!url)
        return std::nullopt;
    if (url->password.isEmpty()) { // not from PGPASSWORD
        const SecretStore::Lookup found = SecretStore().find(account(*url));
        url->password = found.value.isEmpty() ? sessionPassword() : found.value;
    }
    return *url;
}

QString ServerSettings::passwordSource()
{
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return QStringLiteral("PGPASSWORD");
    const QString text = QSettings().value(kKey).toString();
    auto url = ServerUrl::parse(text);
    if (!url)
        return {};
    return SecretStore().find(account(*url)).value.isEmpty() ? QString() : QStringLiteral("keychain");
}

Status ServerSettings::save(const ServerUrl& url)
{
    QSettings().setValue(kKey, url.toString(false));
    sessionPassword() = url.password;
    if (url.password.isEmpty())
        return {};
    return SecretStore().store(
        account(url), url.password,
        QCoreApplication::translate("athanor::ServerSettings", "the server password"),
        QCoreApplication::translate("athanor::ServerSettings",
                                    "It is kept for this session only; set PGPASSWORD to avoid typing it."));
}

void ServerSettings::forget()
{
    const QString text = QSettings().value(kKey).toString();
    if (auto url = ServerUrl::parse(text))
        (void)SecretStore().remove(
            account(*url), QCoreApplication::translate("athanor::ServerSettings", "the server password"));
    QSettings().remove(kKey);
    sessionPassword().clear();
}

} // namespace athanor
