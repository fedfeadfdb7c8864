#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "ui/settings/ProviderSettingsDialog.h"
#include "ui/settings/ServerDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WelcomeDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace athanor;

// Every control of every pane has a name a screen reader can say: its text, its accessible
// name, or the label that is its buddy.
class AccessibilityTest : public QObject
{
    Q_OBJECT

    static bool isControl(QWidget* w)
    {
        return qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
               qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractSlider*>(w) ||
               qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractItemView*>(w);
    }
    // Parts of composite widgets (a combo box's line edit, a spin box's, a scroll bar, a header)
    // are named by their owner.
    static bool isPart(QWidget* w)
    {
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p))
                return true;
        // A view's header is read with the view.
        return (qobject_cast<QAbstractSlider*>(w) && w->inherits("QScrollBar")) || w->inherits("QHeaderView");
    }

    static QStringList unnamedControls(QWidget* root)
    {
        QStringList unnamed;
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!isControl(w) || isPart(w) || !w->isVisibleTo(root))
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                       w->objectName().isEmpty() ? QStringLiteral("(no object name)")
                                                                                 : w->objectName());
        }
        return unnamed;
    }

private slots:
    void init() { QSettings().clear(); }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("pane");
        const QStringList panes{"techniques", "composer", "library", "playground", "trends", "community"};
        for (const QString& pane : panes)
            QTest::newRow(qPrintable(pane)) << pane;
    }
    void everyControlHasAName()
    {
        QFETCH(QString, pane);
        test::TempDatabase db;
        QVERIFY(CatalogRepository(db.database()).ensureCurrent().ok());
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(pane);
        QTest::qWait(300);
        QWidget* root = window.findChild<QStackedWidget*>("paneStack")->currentWidget();
        const QStringList unnamed = unnamedControls(root);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyDialogControlHasAName_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("Settings") << 0;
        QTest::newRow("Server") << 1;
        QTest::newRow("Providers") << 2;
        QTest::newRow("Welcome") << 3;
    }
    void everyDialogControlHasAName()
    {
        QFETCH(int, which);
        test::TempDatabase db;
        std::unique_ptr<QDialog> dialog;
        switch (which) {
        case 0: dialog = std::make_unique<SettingsDialog>(db.path()); break;
        case 1: dialog = std::make_unique<ServerDialog>(); break;
        case 2: dialog = std::make_unique<ProviderSettingsDialog>(); break;
        default: dialog = std::make_unique<WelcomeDialog>(); break;
        }
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList unnamed = unnamedControls(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
};

ATHANOR_TEST(AccessibilityTest)
#include "tst_accessibility.moc"
