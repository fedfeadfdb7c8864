#include "SettingsDialog.h"

#include "storage/Database.h"
#include "storage/ServerSettings.h"
#include "ui/composer/EnhancementDefaults.h"
#include "ui/shell/Theme.h"
#include "ui/shell/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace athanor {

SettingsDialog::SettingsDialog(QString databasePath, QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(createEnhancementPage(), tr("&Enhancement"));
    m_tabs->addTab(createConnectionsPage(), tr("&Providers and Server"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    load();
    resize(560, 380);
}

QWidget* SettingsDialog::createGeneralPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString& code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    form->addRow(tr("&Language:"), m_language);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("&Theme:"), m_theme);

    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("dataFolderEdit"));
    m_folder->setPlaceholderText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_folder->setAccessibleName(tr("Data folder"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* folderLabel = new QLabel(tr("&Data folder:"), page);
    folderLabel->setBuddy(m_folder); // the row is a layout: QFormLayout would not set it
    form->addRow(folderLabel, folderRow);
    auto* note = new QLabel(tr("The library open now: %1\nThe language and the data folder apply at the next start. "
                               "Empty means the app-data folder.")
                                .arg(QDir::toNativeSeparators(m_databasePath)),
                            page);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(note);
    if (qEnvironmentVariableIsSet("ATHANOR_DB")) {
        auto* env = new QLabel(tr("ATHANOR_DB is set: it names the library, whatever the folder."), page);
        env->setWordWrap(true);
        form->addRow(env);
    }
    return page;
}

QWidget* SettingsDialog::createEnhancementPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_persona = new QComboBox(page);
    m_persona->setObjectName(QStringLiteral("defaultPersonaCombo"));
    EnhancementDefaults::fillPersonas(m_persona);
    m_targetModel = new QComboBox(page);
    m_targetModel->setObjectName(QStringLiteral("defaultTargetModelCombo"));
    EnhancementDefaults::fillTargetModels(m_targetModel);
    m_maxTechniques = new QSpinBox(page);
    m_maxTechniques->setObjectName(QStringLiteral("defaultMaxTechniquesSpin"));
    m_maxTechniques->setRange(1, 6);
    form->addRow(tr("&Persona:"), m_persona);
    form->addRow(tr("&Target model:"), m_targetModel);
    form->addRow(tr("&Max techniques:"), m_maxTechniques);
    auto* note = new QLabel(tr("What the Composer starts with; you can change them there for each prompt."), page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget* SettingsDialog::createConnectionsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* providers = new QLabel(tr("Athanor works offline. Give it API keys (kept in the system keychain), base "
                                    "URLs and default models of OpenAI, Anthropic, Google Gemini, OpenRouter or "
                                    "Ollama to refine prompts and run them in the Playground."),
                                 page);
    providers->setWordWrap(true);
    auto* providersButton = new QPushButton(tr("Configure P&roviders…"), page);
    providersButton->setObjectName(QStringLiteral("providersButton"));
    connect(providersButton, &QPushButton::clicked, this, &SettingsDialog::providersRequested);
    m_serverSummary = new QLabel(page);
    m_serverSummary->setObjectName(QStringLiteral("serverSummary"));
    m_serverSummary->setWordWrap(true);
    auto* serverButton = new QPushButton(tr("Configure &Server…"), page);
    serverButton->setObjectName(QStringLiteral("serverButton"));
    connect(serverButton, &QPushButton::clicked, this, [this] {
        emit serverRequested();
        load(); // the summary follows
    });
    layout->addWidget(providers);
    layout->addWidget(providersButton, 0, Qt::AlignLeft);
    layout->addSpacing(16);
    layout->addWidget(m_serverSummary);
    layout->addWidget(serverButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::chosen())));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Theme::chosen())));
    m_folder->setText(QDir::toNativeSeparators(Database::dataFolderSetting()));
    const EnhancementDefaults defaults = EnhancementDefaults::load();
    EnhancementDefaults::select(m_persona, defaults.persona);
    EnhancementDefaults::select(m_targetModel, defaults.targetModel);
    m_maxTechniques->setValue(defaults.maxTechniques);
    const std::optional<ServerUrl> server = ServerSettings::load();
    m_serverSummary->setText(server ? tr("Your library syncs with %1.").arg(server->toString(false))
                                 : tr("No sync server is set: the library stays on this computer. A server "
                                      "syncs it across computers and shares the community library."));
}

void SettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Data Folder"),
        m_folder->text().isEmpty() ? QFileInfo(m_databasePath).absolutePath() : m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

bool SettingsDialog::copyLibraryTo(const QString& folder)
{
    const QString target = QDir(folder).filePath(QStringLiteral("athanor.db"));
    if (QFileInfo::exists(target) || !QFileInfo::exists(m_databasePath))
        return true; // that folder's library opens next time
    const auto answer = QMessageBox::question(
        this, tr("Data Folder"),
        tr("%1 has no library yet. Copy the library open now into it?\n\n"
           "Copy: the next start opens the copy there (this one stays where it is).\n"
           "Don't copy: the next start begins an empty library there.")
            .arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::No)
        return true;
    auto database = Database::open(m_databasePath, Database::OpenMode::ExistingOnly);
    const Status copied = database ? (*database)->copyTo(target) : Status(database.error());
    if (!copied) {
        QMessageBox::warning(this, tr("Data Folder"), tr("The library could not be copied: %1").arg(copied.error().message()));
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder != Database::dataFolderSetting()) {
        if (!folder.isEmpty() && !QDir().mkpath(folder)) {
            QMessageBox::warning(this, tr("Data Folder"), tr("%1 cannot be created.").arg(m_folder->text()));
            return;
        }
        if (!folder.isEmpty() && !copyLibraryTo(folder))
            return;
        Database::setDataFolderSetting(folder);
    }
    Translations::choose(m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    if (theme != Theme::chosen()) {
        Theme::choose(theme);
        Theme::apply(theme);
    }
    EnhancementDefaults defaults;
    defaults.persona = EnhancementDefaults::codeOf(m_persona);
    defaults.targetModel = EnhancementDefaults::codeOf(m_targetModel);
    defaults.maxTechniques = m_maxTechniques->value();
    defaults.save();
    emit enhancementDefaultsChanged();
    QDialog::accept();
}

} // namespace athanor
