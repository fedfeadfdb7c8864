#pragma once

#include "core/providers/ProviderKind.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace athanor {

class ProviderCall;
class PriceTableModel;

// Edit ▸ Providers…: per provider the API key (kept in the OS keychain, never shown back),
// base URL, default model and timeout, and a Test button that lists the provider's models; and
// the price table (US dollars per million tokens) that costs are recorded with.
class ProviderSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProviderSettingsDialog(QWidget* parent = nullptr);

    void selectProvider(ProviderKind kind);
    void showPrices();
    void showSearch();
    // Saves the visible provider's fields (base URL, model, timeout, and a typed key) and the
    // price table when it was edited.
    bool apply();
    PriceTableModel* priceModel() const { return m_prices; }

private:
    ProviderKind current() const;
    void load();
    void refreshKeyStatus();
    void test();
    void removeKey();
    QWidget* buildPricesPage();
    QWidget* buildSearchPage();
    bool savePrices();

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
    QTabWidget* m_tabs;
    PriceTableModel* m_prices = nullptr;
    QTableView* m_priceView = nullptr;
    QLabel* m_priceStatus = nullptr;
    QComboBox* m_embedder = nullptr;
    QLabel* m_embedderStatus = nullptr;
};

} // namespace athanor
