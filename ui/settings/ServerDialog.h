#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace athanor {

struct ServerUrl;

// Edit ▸ Server…: the optional sync and community server — host, port, database, user, password
// (kept in the OS keychain, never shown back) and TLS mode — with a Test button that connects and
// says who the server takes you for, and Forget.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(QWidget* parent = nullptr);

    // What the fields say, as a URL (with the typed password); false with a message when incomplete.
    bool urlFromFields(ServerUrl* url, QString* problem) const;
    // Saves the fields (ServerSettings); shows why when it cannot.
    bool apply();

signals:
    // The connection test is over (tests wait for it).
    void tested(bool ok);

private:
    void load();
    void test();
    void forget();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QLabel* m_passwordStatus;
    QPushButton* m_test;
    QPushButton* m_forget;
    QLabel* m_result;
};

} // namespace athanor
