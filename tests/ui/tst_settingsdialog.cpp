#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/PromptRepository.h"
#include "ui/composer/ComposerOptions.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace athanor;

namespace {

void choose(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

// Clicks `button` of the next message box that opens.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text); // not open yet
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

// Settings ▸: the theme applies at once, the Composer takes the enhancement defaults, the
// language is remembered for the next start, and a new data folder gets a copy of the library.
class SettingsDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }
    void cleanup() { Theme::apply(QStringLiteral("system")); }

    void themeAppliesAtOnce()
    {
        test::TempDatabase db;
        SettingsDialog dialog(db.path());
        choose(dialog.findChild<QComboBox*>("themeCombo"), "dark");
        dialog.accept();
        QCOMPARE(QSettings().value("ui/theme").toString(), QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);

        SettingsDialog again(db.path());
        auto* theme = again.findChild<QComboBox*>("themeCombo");
        QCOMPARE(theme->currentData().toString(), QStringLiteral("dark"));
        choose(theme, "light");
        again.accept();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    }

    void theComposerStartsWithTheDefaults()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        auto* options = window.findChild<ComposerOptions*>();
        QVERIFY(options);
        QCOMPARE(options->maxTechniques(), 3);
        QCOMPARE(options->persona(), QString());

        // Through the menu, as the user does: Edit ▸ Settings… (Ctrl+,).
        auto* action = window.findChild<QAction*>("settingsAction");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QTimer::singleShot(0, qApp, [] {
            auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            choose(dialog->findChild<QComboBox*>("defaultPersonaCombo"), "code");
            dialog->findChild<QComboBox*>("defaultTargetModelCombo")->setEditText("claude-sonnet-4");
            dialog->findChild<QSpinBox*>("defaultMaxTechniquesSpin")->setValue(5);
            dialog->accept();
        });
        action->trigger();
        QCOMPARE(options->persona(), QStringLiteral("code"));
        QCOMPARE(options->targetModel(), QStringLiteral("claude-sonnet-4"));
        QCOMPARE(options->maxTechniques(), 5);
        // And a Composer made later (the next start) too.
        ComposerOptions later;
        QCOMPARE(later.persona(), QStringLiteral("code"));
        QCOMPARE(later.maxTechniques(), 5);
    }

    void theLanguageIsRemembered()
    {
        test::TempDatabase db;
        SettingsDialog dialog(db.path());
        auto* language = dialog.findChild<QComboBox*>("languageCombo");
        QVERIFY(language->findData("de") > 0 && language->findData("fr") > 0 && language->findData("es") > 0);
        QCOMPARE(language->itemText(language->findData("de")), QStringLiteral("Deutsch"));
        choose(language, "fr");
        dialog.accept();
        QCOMPARE(QSettings().value("ui/language").toString(), QStringLiteral("fr"));
        SettingsDialog again(db.path());
        choose(again.findChild<QComboBox*>("languageCombo"), QString()); // back to the system's
        again.accept();
        QVERIFY(!QSettings().contains("ui/language"));
    }

    void aNewDataFolderGetsACopyOfTheLibrary()
    {
        test::TempDatabase db;
        Prompt p;
        p.content = QStringLiteral("A prompt that moves with the library.");
        QVERIFY(PromptRepository(db.database()).add(p).ok());
        QTemporaryDir elsewhere;
        const QString folder = elsewhere.filePath("library");

        SettingsDialog dialog(db.path());
        dialog.findChild<QLineEdit*>("dataFolderEdit")->setText(folder);
        QString asked;
        answerNextMessageBox(QMessageBox::Yes, &asked);
        dialog.accept();
        QVERIFY(asked.contains("Copy the library"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Database::dataFolderSetting(), folder);
        const QByteArray env = qgetenv("ATHANOR_DB");
        qunsetenv("ATHANOR_DB");
        QCOMPARE(Database::defaultPath(), folder + "/athanor.db");
        if (!env.isEmpty())
            qputenv("ATHANOR_DB", env);
        auto copy = Database::open(folder + "/athanor.db", Database::OpenMode::ExistingOnly);
        QVERIFY(copy.ok());
        QCOMPARE(*PromptRepository(*copy).count(), 1);

        // Cancel keeps the dialog open and the setting as it was.
        SettingsDialog again(db.path());
        again.findChild<QLineEdit*>("dataFolderEdit")->setText(elsewhere.filePath("other"));
        answerNextMessageBox(QMessageBox::Cancel);
        again.accept();
        QVERIFY(again.result() != int(QDialog::Accepted));
        QCOMPARE(Database::dataFolderSetting(), folder);
    }
};

ATHANOR_TEST(SettingsDialogTest)
#include "tst_settingsdialog.moc"
