#include "ServerDialog.h"

#include "storage/ServerSession.h"
#include "storage/ServerSettings.h"
#include "ui/composer/AsyncTask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace athanor {

namespace {

struct TestOutcome
{
    bool ok = false;
    QString text;
};

// Connects as the user and asks who they are and what the server runs.
TestOutcome testConnection(const ServerUrl& url)
{
    ServerSession session(url);
    if (!session.db())
        return {false, session.db().error().what};
    QSqlQuery query(*session.db());
    if (!query.exec(QStringLiteral("SELECT to_regclass('athanor.schema_migrations') IS NOT NULL")) ||
        !query.next() || !query.value(0).toBool())
        return {false,
                ServerDialog::tr("Connected, but this database has no Athanor schema yet: its administrator "
                                 "runs athanor-cli server init.")};
    if (!query.exec(QStringLiteral("SELECT (SELECT max(version) FROM athanor.schema_migrations), "
                                   "athanor.current_user_id() IS NOT NULL, athanor.is_moderator()")) ||
        !query.next())
        return {false, serverMessage(query.lastError())};
    if (!query.value(1).toBool())
        return {false, ServerDialog::tr("Connected as %1, who is not an Athanor user of this server: its "
                                        "administrator runs athanor-cli server add-user %1.")
                           .arg(url.user)};
    return {true, (query.value(2).toBool()
                       ? ServerDialog::tr("Connected as %1 (moderator); server schema version %2.")
                       : ServerDialog::tr("Connected as %1; server schema version %2."))
                      .arg(url.user)
                      .arg(query.value(0).toInt())};
}

} // namespace

ServerDialog::ServerDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Server"));
    setObjectName(QStringLiteral("serverDialog"));
    setMinimumWidth(460);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("athanor"), this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordStatus = new QLabel(this);
    m_passwordStatus->setObjectName(QStringLiteral("serverPasswordStatus"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("serverTls"));
    m_tls->addItem(tr("Prefer TLS"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and verify the server"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS (loopback only)"), QStringLiteral("disable"));
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(QStringLiteral("serverTest"));
    m_forget = new QPushButton(tr("&Forget this server"), this);
    m_forget->setObjectName(QStringLiteral("serverForget"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("serverTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host"), m_host);
    form->addRow(tr("P&ort"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("&Password"), m_password);
    form->addRow(QString(), m_passwordStatus);
    form->addRow(tr("T&LS"), m_tls);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_forget);
    testRow->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("An optional PostgreSQL server syncs your library between computers and shares "
                      "the community library. Its administrator gives you these details."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_test, &QPushButton::clicked, this, &ServerDialog::test);
    connect(m_forget, &QPushButton::clicked, this, &ServerDialog::forget);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

void ServerDialog::load()
{
    const std::optional<ServerUrl> url = ServerSettings::load();
    if (url) {
        m_host->setText(url->host);
        m_port->setValue(url->port);
        m_database->setText(url->database);
        m_user->setText(url->user);
        const int tls = m_tls->findData(url->sslMode.isEmpty() ? QStringLiteral("prefer") : url->sslMode);
        m_tls->setCurrentIndex(std::max(0, tls));
    }
    const QString source = ServerSettings::passwordSource();
    m_passwordStatus->setText(source == QLatin1String("keychain")
                                  ? tr("A password is stored in the keychain; type "
                                       "one to replace it.")
                              : source.isEmpty() ? tr("No password stored.")
                                                 : tr("The password comes from %1.").arg(source));
    m_forget->setEnabled(url.has_value());
}

bool ServerDialog::urlFromFields(ServerUrl* url, QString* problem) const
{
    if (m_host->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty() ||
        m_database->text().trimmed().isEmpty()) {
        *problem = tr("Give the host, the database and your user name.");
        return false;
    }
    url->host = m_host->text().trimmed();
    url->port = m_port->value();
    url->database = m_database->text().trimmed();
    url->user = m_user->text().trimmed();
    url->sslMode = m_tls->currentData().toString();
    url->password = m_password->text();
    if (url->password.isEmpty())
        if (const std::optional<ServerUrl> stored = ServerSettings::load();
            stored && stored->user == url->user && stored->host == url->host)
            url->password = stored->password; // the one already stored
    return true;
}

void ServerDialog::test()
{
    ServerUrl url;
    QString problem;
    if (!urlFromFields(&url, &problem)) {
        m_result->setText(problem);
        emit tested(false);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(url.host));
    runAsync(
        this, [url] { return testConnection(url); },
        [this](const TestOutcome& outcome) {
            m_test->setEnabled(true);
            m_result->setStyleSheet(outcome.ok ? QString() : QStringLiteral("color: #b00020"));
            m_result->setText(outcome.text);
            emit tested(outcome.ok);
        });
}

bool ServerDialog::apply()
{
    ServerUrl url;
    QString problem;
    if (!urlFromFields(&url, &problem)) {
        m_result->setText(problem);
        return false;
    }
    if (Status saved = ServerSettings::save(url); !saved) {
        // Saved all the same, but the password only for this session.
        m_result->setText(saved.error().message() + QLatin1Char(' ') + saved.error().hint);
        return true;
    }
    return true;
}

void ServerDialog::forget()
{
    ServerSettings::forget();
    m_password->clear();
    m_result->setText(tr("The server and its password are forgotten. The library keeps what it synced."));
    load();
}

} // namespace athanor
