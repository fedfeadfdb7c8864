#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
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

bool SecretStore::keychainEnabled()
{
    return qEnvironmentVariable("ATHANOR_KEYCHAIN").compare(QLatin1String("off"), Qt::CaseInsensitive) != 0;
}

SecretStore::Lookup SecretStore::find(const QString& account, const QStringList& variables) const
{
    Lookup lookup;
    for (const QString& variable : variables) {
        const QString value = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
        if (!value.isEmpty())
            return {value, Source::Environment, variable, {}};
    }
    if (!keychainEnabled())
        return lookup;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    runJob(job);
    if (job.error() == QKeychain::NoError && !job.textData().trimmed().isEmpty())
        return {job.textData().trimmed(), Source::Keychain, QStringLiteral("keychain"), {}};
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        lookup.problem = job.errorString();
    return lookup;
}

Status SecretStore::store(const QString& account, const QString& value, const QString& what, const QString& hint) const
{
    if (!keychainEnabled())
        return Error::usage(QCoreApplication::translate(
            "athanor::SecretStore", "the keychain is switched off (ATHANOR_KEYCHAIN=off)"));
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(value.trimmed());
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error::data(
            QCoreApplication::translate("athanor::SecretStore", "cannot store %1 in the keychain: %2")
                .arg(what, job.errorString()),
            QStringLiteral("keychain"), hint);
    return {};
}

Status SecretStore::remove(const QString& account, const QString& what) const
{
    if (!keychainEnabled())
        return {};
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error::data(
            QCoreApplication::translate("athanor::SecretStore", "cannot remove %1 from the keychain: %2")
                .arg(what, job.errorString()),
            QStringLiteral("keychain"));
    return {};
}

} // namespace athanor
