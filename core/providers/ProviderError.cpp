#include "ProviderError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace athanor {

namespace {

QString keyAdvice(ProviderKind kind)
{
    const ProviderInfo& info = providerInfo(kind);
    if (info.keyEnvVars.isEmpty())
        return {};
    return QCoreApplication::translate(
               "athanor::ProviderError",
               "Set the %1 key in Edit ▸ Providers…, or in the environment variable %2.")
        .arg(info.displayName,
             info.keyEnvVars.join(QCoreApplication::translate("athanor::ProviderError", " or ")));
}

ProviderError make(ProviderError::Reason reason, int status, QString what, QString where, QString hint)
{
    ProviderError error;
    error.reason = reason;
    error.httpStatus = status;
    error.error = Error::network(std::move(what), std::move(where), std::move(hint));
    return error;
}

} // namespace

bool ProviderError::retryable() const
{
    return reason == Reason::RateLimited || reason == Reason::Server || reason == Reason::Unreachable;
}

ProviderError ProviderError::fromHttp(ProviderKind kind, int status, const QString& providerMessage,
                                      const QString& url, const QString& model, const QString& secret)
{
    const QString name = providerInfo(kind).displayName;
    const QString said = providerMessage.trimmed().isEmpty()
        ? QString()
        : QStringLiteral(": ") + redactSecret(providerMessage.trimmed().left(300), secret);
    const QString where = redactSecret(url, secret);
    if (status == 401)
        return make(Reason::Auth, status,
                    (secret.isEmpty() ? QCoreApplication::translate("athanor::ProviderError",
                                                                    "No API key for %1 (HTTP 401%2)")
                                      : QCoreApplication::translate("athanor::ProviderError",
                                                                    "%1 rejected the API key (HTTP 401%2)"))
                        .arg(name, said),
                    where, keyAdvice(kind));
    if (status == 403)
        return make(
            Reason::Forbidden, status,
            QCoreApplication::translate("athanor::ProviderError", "%1 refused access (HTTP 403%2)")
                .arg(name, said),
            where,
            QCoreApplication::translate("athanor::ProviderError", "Check that the key may use the model %1. ")
                    .arg(model) +
                keyAdvice(kind));
    if (status == 404)
        return make(
            Reason::NotFound, status,
            QCoreApplication::translate("athanor::ProviderError",
                                        "%1 does not know the model \"%2\" (HTTP 404%3)")
                .arg(name, model, said),
            where,
            QCoreApplication::translate("athanor::ProviderError",
                                        "List the available models with: athanor-cli models --provider %1")
                .arg(providerName(kind)));
    if (status == 429)
        return make(
            Reason::RateLimited, status,
            QCoreApplication::translate("athanor::ProviderError", "%1 is rate limiting requests (HTTP 429%2)")
                .arg(name, said),
            where,
            QCoreApplication::translate("athanor::ProviderError",
                                        "Wait a moment and try again, or check the quota of the account."));
    if (status >= 500)
        return make(Reason::Server, status,
                    QCoreApplication::translate("athanor::ProviderError", "%1 had a server error (HTTP %2%3)")
                        .arg(name)
                        .arg(status)
                        .arg(said),
                    where, QCoreApplication::translate("athanor::ProviderError", "Try again later."));
    return make(Reason::BadRequest, status,
                QCoreApplication::translate("athanor::ProviderError", "%1 refused the request (HTTP %2%3)")
                    .arg(name)
                    .arg(status)
                    .arg(said),
                where, {});
}

ProviderError ProviderError::unreachable(ProviderKind kind, const QString& url, const QString& detail)
{
    return make(Reason::Unreachable, 0,
                QCoreApplication::translate("athanor::ProviderError", "Cannot reach %1: %2")
                    .arg(providerInfo(kind).displayName, detail),
                url,
                kind == ProviderKind::Ollama
                    ? QCoreApplication::translate("athanor::ProviderError",
                                                  "Is Ollama running? Start it with: ollama serve")
                    : QCoreApplication::translate("athanor::ProviderError",
                                                  "Check the network connection and the base URL."));
}

ProviderError ProviderError::timeout(ProviderKind kind, const QString& url, int ms)
{
    return make(Reason::Timeout, 0,
                QCoreApplication::translate("athanor::ProviderError", "%1 did not answer within %2 s")
                    .arg(providerInfo(kind).displayName)
                    .arg(ms / 1000.0, 0, 'g', 3),
                url,
                QCoreApplication::translate("athanor::ProviderError",
                                            "Try again, or raise the timeout in Edit ▸ Providers…"));
}

ProviderError ProviderError::malformed(ProviderKind kind, const QString& url, const QString& detail)
{
    return make(
        Reason::Malformed, 0,
        QCoreApplication::translate("athanor::ProviderError", "%1 sent an answer Athanor cannot read: %2")
            .arg(providerInfo(kind).displayName, detail),
        url,
        QCoreApplication::translate("athanor::ProviderError",
                                    "Check that the base URL points at a %1-compatible API.")
            .arg(providerInfo(kind).displayName));
}

ProviderError ProviderError::cancelled(ProviderKind kind, const QString& url)
{
    return make(Reason::Cancelled, 0,
                QCoreApplication::translate("athanor::ProviderError", "The request to %1 was cancelled")
                    .arg(providerInfo(kind).displayName),
                url, {});
}

QString redactSecret(QString text, const QString& secret)
{
    if (secret.size() < 4)
        return text;
    text.replace(secret, QStringLiteral("***"));
    // Providers echo keys masked ("sk-abc*****wxyz"): a word with a run of asterisks is such an
    // echo, and its visible ends are parts of the key. It goes whole.
    static const QRegularExpression masked(QStringLiteral("[^\\s\"',;()]*\\*{2,}[^\\s\"',;()]*"));
    text.replace(masked, QStringLiteral("***"));
    if (secret.size() >= 12) {
        text.replace(secret.left(8), QStringLiteral("***"));
        text.replace(secret.right(6), QStringLiteral("***"));
    }
    return text;
}

} // namespace athanor
