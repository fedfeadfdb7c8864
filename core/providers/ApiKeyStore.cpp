#include "ApiKeyStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace athanor {

namespace {

// Runs a keychain job to its end (QtKeychain is asynchronous; the calls here are short).
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

bool ApiKeyStore::keychainEnabled()
{
    return qEnvironmentVariable("ATHANOR_KEYCHAIN").compare(QLatin1String("off"), Qt::CaseInsensitive) != 0;
}

QString ApiKeyStore::account(ProviderKind kind)
{
    return QStringLiteral("api-key/") + providerName(kind);
}

ApiKeyStore::Lookup ApiKeyStore::find(ProviderKind kind) const
{
    Lookup lookup;
    for (const QString& variable : providerInfo(kind).keyEnvVars) {
        const QString value = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
        if (!value.isEmpty())
            return {value, Source::Environment, variable, {}};
    }
    if (providerInfo(kind).keyEnvVars.isEmpty() || !keychainEnabled())
        return lookup;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account(kind));
    runJob(job);
    if (job.error() == QKeychain::NoError && !job.textData().trimmed().isEmpty())
        return {job.textData().trimmed(), Source::Keychain, QStringLiteral("keychain"), {}};
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        lookup.problem = job.errorString();
    return lookup;
}

Status ApiKeyStore::store(ProviderKind kind, const QString& key) const
{
    if (!keychainEnabled())
        return Error::usage(QStringLiteral("the keychain is switched off (ATHANOR_KEYCHAIN=off)"));
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account(kind));
    job.setTextData(key.trimmed());
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error::data(QStringLiteral("cannot store the %1 key in the keychain: %2")
                               .arg(providerInfo(kind).displayName, job.errorString()),
                           QStringLiteral("keychain"),
                           QStringLiteral("Set the environment variable %1 instead.").arg(providerInfo(kind).keyEnvVars.value(0)));
    return {};
}

Status ApiKeyStore::remove(ProviderKind kind) const
{
    if (!keychainEnabled())
        return {};
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account(kind));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error::data(QStringLiteral("cannot remove the %1 key from the keychain: %2")
                               .arg(providerInfo(kind).displayName, job.errorString()),
                           QStringLiteral("keychain"));
    return {};
}

} // namespace athanor
