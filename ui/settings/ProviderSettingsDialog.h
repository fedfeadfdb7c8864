#pragma once

#include "core/providers/ProviderKind.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace athanor {

class ProviderCall;

// Settings ▸ Providers: per provider the API key (kept in the OS keychain, never shown back),
// base URL, default model and timeout, and a Test button that lists the provider's models.
class ProviderSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProviderSettingsDialog(QWidget* parent = nullptr);

    void selectProvider(ProviderKind kind);
    // Saves the visible provider's fields (base URL, model, timeout, and a typed key).
    bool apply();

private:
    ProviderKind current() const;
    void load();
    void refreshKeyStatus();
    void test();
    void removeKey();

    QListWidget* m_list;
    QLineEdit* m_key;
    QLabel* m_keyStatus;
    QPushButton* m_forget;
    QLineEdit* m_baseUrl;
    QLineEdit* m_model;
    QSpinBox* m_timeout;
    QPushButton* m_test;
    QLabel* m_testResult;
    int m_shown = -1;
};

} // namespace athanor
