#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/TemplateListModel.h"
#include "storage/CatalogRepository.h"
#include "storage/TemplateRepository.h"
#include "ui/techniques/TemplatesView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace athanor;

namespace {

const QString kReview = QStringLiteral("Code review checklist"); // a shipped template with typed variables

// Clicks the table row of the template called `name`; false when it is not listed.
bool clickTemplate(QTableView* table, const QString& name)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TemplateListModel::NameColumn);
        if (index.data().toString() != name)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return table->currentIndex().row() == row;
    }
    return false;
}

} // namespace

class TemplatesViewTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<TemplatesView> m_view;

    template <typename T> T* child(const char* name) const
    {
        auto* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<test::TempDatabase>();
        auto installed = CatalogRepository(m_db->database()).ensureCurrent();
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message()));
        m_view = std::make_unique<TemplatesView>(m_db->database());
        m_view->resize(1280, 860);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_db.reset();
    }

    void formFillsThePreview()
    {
        auto* table = child<QTableView>("templateTable");
        auto* preview = child<QPlainTextEdit>("templatePreview");
        auto* error = child<QLabel>("templateError");
        QVERIFY(table->model()->rowCount() >= 40);
        QVERIFY(clickTemplate(table, kReview));
        QCOMPARE(child<QLabel>("templateName")->text(), kReview);
        QVERIFY(!child<QLabel>("templateDescription")->text().isEmpty());

        // The editors follow the variable types.
        auto* language = child<QLineEdit>("var_language");
        auto* code = child<QPlainTextEdit>("var_code");
        QVERIFY(m_view->findChild<QLineEdit*>("var_focus"));               // list
        QVERIFY(m_view->findChild<QAbstractSpinBox*>("var_max_snippets")); // integer

        // Nothing typed yet: the first required variable is named, and copying is off.
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains("'language'"), qPrintable(error->text()));
        QVERIFY(!child<QPushButton>("templateCopy")->isEnabled());

        QVERIFY(preview->toPlainText().contains("You are a senior {{language}} engineer"));
        QTest::keyClicks(language, "Rust");
        QVERIFY2(error->text().contains("'code'"), qPrintable(error->text())); // the next one still missing
        // The preview follows anyway, keeping the placeholder of what is missing.
        QVERIFY(preview->toPlainText().contains("You are a senior Rust engineer"));
        QVERIFY(preview->toPlainText().contains("{{code}}"));
        QTest::keyClicks(code, "fn main() {}");
        QVERIFY(!error->isVisible());
        QVERIFY(preview->toPlainText().contains("You are a senior Rust engineer"));
        QVERIFY(preview->toPlainText().contains("fn main() {}"));
        QVERIFY(preview->toPlainText().contains("Up to 3 corrected")); // the integer's default
        QVERIFY(child<QPushButton>("templateCopy")->isEnabled());

        QTest::keyClicks(language, " and C");
        QVERIFY(preview->toPlainText().contains("You are a senior Rust and C engineer"));

        // Clearing a required value names it again.
        language->clear();
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains("'language'"), qPrintable(error->text()));

        // "Use in Composer" hands over the template and the values.
        QTest::keyClicks(language, "Go");
        QSignalSpy used(m_view.get(), &TemplatesView::useTemplate);
        QTest::mouseClick(child<QPushButton>("templateUse"), Qt::LeftButton);
        QCOMPARE(used.count(), 1);
        QCOMPARE(used.first().at(0).value<PromptTemplate>().name, kReview);
        const auto values = used.first().at(1).value<QMap<QString, QString>>();
        QCOMPARE(values.value("language"), QStringLiteral("Go"));
        QCOMPARE(values.value("code"), QStringLiteral("fn main() {}"));
    }

    void searchAndIntentFilterReduceTheRows()
    {
        auto* table = child<QTableView>("templateTable");
        auto* search = child<QLineEdit>("templateSearch");
        auto* intents = child<QComboBox>("templateIntentFilter");
        const int all = table->model()->rowCount();

        QTest::keyClicks(search, "review");
        const int found = table->model()->rowCount();
        QVERIFY(found >= 1);
        QVERIFY(found < all);
        for (int row = 0; row < found; ++row)
            QVERIFY(table->model()
                        ->index(row, 0)
                        .data(TemplateListModel::SearchTextRole)
                        .toString()
                        .contains("review", Qt::CaseInsensitive));
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);

        QCOMPARE(intents->itemText(0), QStringLiteral("All intents"));
        QVERIFY(intents->count() >= 6);
        const int code = intents->findData("code");
        QVERIFY(code > 0);
        intents->setCurrentIndex(code);
        const int coding = table->model()->rowCount();
        QVERIFY(coding >= 1 && coding < all);
        for (int row = 0; row < coding; ++row) {
            const QString paths =
                table->model()->index(row, 0).data(TemplateListModel::IntentsRole).toString();
            QVERIFY2(paths.startsWith("code") || paths.contains(" code"), qPrintable(paths));
        }
        // Both filters together.
        QTest::keyClicks(search, "review");
        QVERIFY(table->model()->rowCount() <= std::min(coding, found));
        QVERIFY(clickTemplate(table, kReview));
        intents->setCurrentIndex(0);
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);
    }

    void historyShowsVersionsAndDiff()
    {
        auto* table = child<QTableView>("templateTable");
        auto* versions = child<QListWidget>("templateVersions");
        auto* diff = child<QTextBrowser>("templateDiff");
        auto* restore = child<QPushButton>("templateRestore");
        QVERIFY(clickTemplate(table, kReview));
        QCOMPARE(versions->count(), 1);
        QVERIFY(versions->item(0)->text().startsWith("v1 · official · "));
        QTest::keyClicks(child<QLineEdit>("var_language"), "Rust");

        // An edit made elsewhere, then a reload.
        TemplateRepository templates(m_db->database());
        const QString family = m_view->currentFamilyId();
        PromptTemplate edited = *templates.current(family);
        edited.text += QStringLiteral("\nBe kind to the author.");
        QVERIFY(templates.saveNewVersion(edited).ok());
        m_view->reload();

        QCOMPARE(m_view->currentFamilyId(), family);                                // still chosen
        QCOMPARE(child<QLineEdit>("var_language")->text(), QStringLiteral("Rust")); // typed values kept
        QCOMPARE(versions->count(), 2);
        QVERIFY(versions->item(0)->text().startsWith("v2 · edited · "));
        QVERIFY(versions->item(1)->text().startsWith("v1 · official · "));
        QVERIFY(child<QPlainTextEdit>("templatePreview")->toPlainText().contains("Be kind to the author."));
        QVERIFY(table->currentIndex()
                    .siblingAtColumn(TemplateListModel::VersionColumn)
                    .data()
                    .toString()
                    .startsWith("v2"));

        // Choosing v1 compares it with the current text: the added sentence is an insertion.
        QVERIFY(!restore->isEnabled());
        versions->setCurrentRow(1);
        const QString html = diff->toHtml();
        QVERIFY(diff->toPlainText().contains("Be kind to the author."));
        QVERIFY2(html.contains("#c6efce"), qPrintable(html));
        QVERIFY(restore->isEnabled());
        versions->setCurrentRow(0); // the current one: nothing to restore
        QVERIFY(!restore->isEnabled());

        // Restoring v1 adds v3 with v1's text.
        versions->setCurrentRow(1);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(versions->count(), 3);
        QVERIFY(versions->item(0)->text().startsWith("v3 · edited · "));
        QVERIFY(!child<QPlainTextEdit>("templatePreview")->toPlainText().contains("Be kind to the author."));
        QCOMPARE(templates.current(family)->text, templates.versions(family)->first().text);
    }

    void editDialogRefusesUndeclaredVariables()
    {
        auto* table = child<QTableView>("templateTable");
        QVERIFY(clickTemplate(table, kReview));
        const QString family = m_view->currentFamilyId();
        bool sawProblem = false;
        QString problemText;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* text = dialog->findChild<QPlainTextEdit*>("editText");
            auto* problems = dialog->findChild<QLabel*>("editProblems");
            auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            text->setPlainText(text->toPlainText() + "\nIn {{tone}} tone.");
            QTest::mouseClick(save, Qt::LeftButton);
            sawProblem = dialog->isVisible() && problems->isVisible();
            problemText = problems->text();
            text->setPlainText(text->toPlainText().replace("\nIn {{tone}} tone.", "\nBe brief."));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("templateEdit"), Qt::LeftButton);
        QVERIFY(sawProblem);
        QVERIFY2(problemText.contains("{{tone}}"), qPrintable(problemText));
        auto versions = TemplateRepository(m_db->database()).versions(family);
        QCOMPARE(versions->size(), 2);
        QVERIFY(versions->last().text.endsWith("\nBe brief."));
        QCOMPARE(child<QListWidget>("templateVersions")->count(), 2);
    }
};

ATHANOR_TEST(TemplatesViewTest)
#include "tst_templatesview.moc"
