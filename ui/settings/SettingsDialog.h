#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace athanor {

class Database;

// Settings ▸ (Ctrl+,): General (language, theme, data folder), Enhancement (the Composer's
// defaults), Providers and Server (their own dialogs, with what is set now). OK saves; the theme
// applies at once, the language and the data folder at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QString databasePath, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }

    void accept() override;

signals:
    void providersRequested();
    void serverRequested();
    void enhancementDefaultsChanged();

private:
    QWidget* createGeneralPage();
    QWidget* createEnhancementPage();
    QWidget* createConnectionsPage();
    void load();
    void chooseFolder();
    // Offers to copy the library into a newly chosen folder that has none; false to stay here.
    bool copyLibraryTo(const QString& folder);

    QString m_databasePath;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_folder = nullptr;
    QComboBox* m_persona = nullptr;
    QComboBox* m_targetModel = nullptr;
    QSpinBox* m_maxTechniques = nullptr;
    QLabel* m_serverSummary = nullptr;
};

} // namespace athanor
