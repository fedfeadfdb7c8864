#include "WelcomeDialog.h"

#include "MainWindow.h"
#include "ui/import/ImportController.h"
#include "ui/trends/TrendsPane.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace athanor {

namespace {

const QString kShownKey = QStringLiteral("welcome/shown");

} // namespace

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Athanor"));
    auto* title = new QLabel(tr("<h2>Welcome to Athanor</h2>"), this);
    auto* intro = new QLabel(tr("A workbench for prompts: it finds what a prompt is for, applies the prompt-engineering "
                                "techniques that suit it, keeps your prompts searchable, and learns from your "
                                "ratings. Everything works offline; language-model providers and a sync server "
                                "are optional (Edit ▸ Settings…)."),
                             this);
    intro->setWordWrap(true);

    m_samples = new QCheckBox(tr("Add 12 &sample prompts to the library (tagged \"sample\", easy to delete)"), this);
    m_samples->setObjectName(QStringLiteral("welcomeSamples"));
    m_samples->setChecked(true);
    m_demo = new QCheckBox(tr("Show &demo analytics in Ratings & Trends (synthetic, in a separate database)"), this);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));

    auto* tryFirst = new QLabel(tr("<b>Two things to try first</b><ol>"
                                   "<li>Write a prompt in the <b>Composer</b> and press <b>Enhance</b> "
                                   "(Ctrl+Return): see its intent, the techniques chosen and the result.</li>"
                                   "<li><b>Import</b> your own prompt files: drop files or folders on the window, "
                                   "or use File ▸ Import… (text, Markdown, JSON, CSV, YAML, Prompty, "
                                   "Dotprompt…).</li></ol>"
                                   "Ctrl+K finds any command; F1 lists the keyboard shortcuts."),
                                this);
    tryFirst->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* compose = buttons->addButton(tr("Open the &Composer"), QDialogButtonBox::AcceptRole);
    compose->setObjectName(QStringLiteral("welcomeCompose"));
    compose->setDefault(true);
    QPushButton* import = buttons->addButton(tr("&Import Prompt Files…"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("welcomeImport"));
    QPushButton* close = buttons->addButton(tr("Just Look &Around"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("welcomeClose"));
    connect(compose, &QPushButton::clicked, this, [this] { m_next = Next::Compose; });
    connect(import, &QPushButton::clicked, this, [this] { m_next = Next::Import; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_samples);
    layout->addWidget(m_demo);
    layout->addSpacing(8);
    layout->addWidget(tryFirst);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

bool WelcomeDialog::samplePrompts() const
{
    return m_samples->isChecked();
}

bool WelcomeDialog::demoAnalytics() const
{
    return m_demo->isChecked();
}

bool WelcomeDialog::isFirstRun()
{
    return !QSettings().value(kShownKey, false).toBool();
}

void WelcomeDialog::markShown()
{
    QSettings().setValue(kShownKey, true);
}

QString WelcomeDialog::samplePromptsFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("athanor-sample-prompts.jsonl"));
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(":/samples/sample-prompts.jsonl"), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void WelcomeDialog::runFirstStart(MainWindow* window)
{
    WelcomeDialog welcome(window);
    welcome.exec();
    markShown();
    if (welcome.demoAnalytics())
        if (auto* trends = window->findChild<TrendsPane*>())
            trends->showDemo(true);
    const bool samples = welcome.samplePrompts();
    if (samples) {
        const QString file = samplePromptsFile();
        if (!file.isEmpty())
            window->importController()->importPaths({file}, {QStringLiteral("sample")});
    }
    switch (welcome.next()) {
    case Next::Compose:
        window->showPane(QStringLiteral("composer"));
        break;
    case Next::Import:
        window->showPane(QStringLiteral("library"));
        // After the samples: one import at a time.
        if (window->importController()->isBusy()) {
            auto* once = new QObject(window);
            connect(window->importController(), &ImportController::busyChanged, once, [window, once](bool busy) {
                if (busy)
                    return;
                once->deleteLater();
                window->importController()->chooseAndImport(window);
            });
        } else {
            window->importController()->chooseAndImport(window);
        }
        break;
    case Next::Nothing:
        if (welcome.demoAnalytics())
            window->showPane(QStringLiteral("trends"));
        else if (samples)
            window->showPane(QStringLiteral("library"));
        break;
    }
}

} // namespace athanor
