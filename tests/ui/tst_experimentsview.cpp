#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/ExperimentTableModel.h"
#include "storage/CatalogRepository.h"
#include "storage/ExperimentRepository.h"
#include "storage/SqlHelpers.h"
#include "ui/trends/ExperimentsView.h"
#include "ui/trends/NewExperimentDialog.h"
#include "ui/trends/RecordRunDialog.h"
#include "ui/trends/TrendsPane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace athanor;

// The Experiments tab, driven through its widgets: the empty state, creating an experiment in the
// dialog (and its refusals), recording runs, the table's counts, rates and verdict, a winner,
// Stop, and following the Trends pane's database (the demo data).
class ExperimentsViewTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;

    static QString cell(ExperimentsView& view, int column, int row = 0)
    {
        return view.findChild<QTableView*>("experimentsTable")->model()->index(row, column).data().toString();
    }

    // Opens "New experiment…" and waits until its dialog is on screen.
    static NewExperimentDialog* openNew(ExperimentsView& view)
    {
        QTest::mouseClick(view.findChild<QPushButton*>("experimentsNew"), Qt::LeftButton);
        auto* dialog = view.findChild<NewExperimentDialog*>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // Records one run through "Record a run…": `variant` empty keeps the one offered as next.
    void record(ExperimentsView& view, const QString& variant, int stars, const QString& expectedNext = {})
    {
        QTest::mouseClick(view.findChild<QPushButton*>("experimentsRecord"), Qt::LeftButton);
        QPointer<RecordRunDialog> dialog = view.findChild<RecordRunDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        if (!expectedNext.isEmpty()) {
            QCOMPARE(dialog->nextVariant(), expectedNext);
            QVERIFY(dialog->findChild<QRadioButton*>("recordVariant" + expectedNext)->isChecked());
        }
        if (!variant.isEmpty())
            QTest::mouseClick(dialog->findChild<QRadioButton*>("recordVariant" + variant), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QToolButton*>(QStringLiteral("star%1").arg(stars)),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton*>("recordOk"), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // closed and deleted
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
    }

    void emptyStateSaysHowToStart()
    {
        ExperimentsView view(m_db->database());
        view.resize(780, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* empty = view.findChild<QLabel*>("experimentsEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("New experiment…")));
        QVERIFY(empty->text().contains(QStringLiteral("athanor-cli experiment create")));
        QVERIFY(!view.findChild<QPushButton*>("experimentsRecord")->isEnabled());
        QVERIFY(!view.findChild<QPushButton*>("experimentsStop")->isEnabled());
        QVERIFY(!view.findChild<QTableView*>("experimentsTable")->accessibleName().isEmpty());
    }

    void createRecordAndStopThroughTheDialogs()
    {
        ExperimentsView view(m_db->database());
        view.resize(780, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QPointer<NewExperimentDialog> dialog = openNew(view);
        QVERIFY(dialog);
        QVERIFY(dialog->width() <= 790 && dialog->height() <= 560);
        auto* problem = dialog->findChild<QLabel*>("experimentProblem");
        QTest::mouseClick(dialog->findChild<QPushButton*>("experimentCreate"), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // refused, and says why
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("give the experiment a name")),
                 qPrintable(problem->text()));

        QTest::keyClicks(dialog->findChild<QLineEdit*>("experimentName"), QStringLiteral("limericks"));
        auto* intent = dialog->findChild<QComboBox*>("experimentIntent");
        QVERIFY(intent->count() > 5); // the catalog's intents
        intent->setCurrentIndex(intent->findData(QStringLiteral("creative")));
        QVERIFY(intent->currentIndex() >= 0);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("experimentPromptA"),
                         QStringLiteral("Write a limerick"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("experimentPromptB"),
                         QStringLiteral("Write a limerick about cats"));
        QCOMPARE(dialog->findChild<QSpinBox*>("experimentMinimum")->value(), 20);
        dialog->findChild<QSpinBox*>("experimentMinimum")->setValue(3);
        QTest::mouseClick(dialog->findChild<QPushButton*>("experimentCreate"), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        auto* table = view.findChild<QTableView*>("experimentsTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(view, ExperimentTableModel::Name), QStringLiteral("limericks"));
        QCOMPARE(cell(view, ExperimentTableModel::Intent), QStringLiteral("creative"));
        QCOMPARE(cell(view, ExperimentTableModel::State), QStringLiteral("Running"));
        QCOMPARE(cell(view, ExperimentTableModel::Verdict), QStringLiteral("No runs yet"));
        QVERIFY(!view.currentId().isEmpty());
        QVERIFY(view.findChild<QTextBrowser*>("experimentsDetail")
                    ->toPlainText()
                    .contains("Write a limerick about cats"));

        // Alternate assignment: A, then B, offered as next; a run needs stars first.
        QTest::mouseClick(view.findChild<QPushButton*>("experimentsRecord"), Qt::LeftButton);
        QPointer<RecordRunDialog> unrated = view.findChild<RecordRunDialog*>();
        QVERIFY(unrated);
        QVERIFY(QTest::qWaitForWindowExposed(unrated));
        QCOMPARE(unrated->findChild<QPlainTextEdit*>("recordVariantText")->toPlainText(),
                 QStringLiteral("Write a limerick"));
        QTest::mouseClick(unrated->findChild<QPushButton*>("recordOk"), Qt::LeftButton);
        QVERIFY(unrated->isVisible());
        QVERIFY(
            unrated->findChild<QLabel*>("recordProblem")->text().contains(QStringLiteral("1 to 5 stars")));
        QTest::mouseClick(unrated->findChild<QRadioButton*>("recordVariantB"), Qt::LeftButton);
        QCOMPARE(unrated->findChild<QPlainTextEdit*>("recordVariantText")->toPlainText(),
                 QStringLiteral("Write a limerick about cats"));
        unrated->reject();
        QTRY_VERIFY(unrated.isNull());

        for (int i = 0; i < 3; ++i) {
            record(view, {}, 5, QStringLiteral("A"));
            QCOMPARE(cell(view, ExperimentTableModel::RunsA), QString::number(i + 1));
            record(view, {}, 1, QStringLiteral("B"));
            QCOMPARE(cell(view, ExperimentTableModel::RunsB), QString::number(i + 1));
        }
        QCOMPARE(cell(view, ExperimentTableModel::RateA), QStringLiteral("100 % (44–100 %)"));
        QCOMPARE(cell(view, ExperimentTableModel::RateB), QStringLiteral("0 % (0–56 %)"));
        QCOMPARE(cell(view, ExperimentTableModel::PValue),
                 QStringLiteral("0.1 (Fisher)")); // fisher.test: 0.1
        QCOMPARE(cell(view, ExperimentTableModel::Verdict), QStringLiteral("No significant difference yet"));
        QVERIFY(view.findChild<QLabel*>("experimentsMessage")
                    ->text()
                    .contains(QStringLiteral("1-star run of B")));

        // Picking B explicitly, though A is next.
        record(view, QStringLiteral("B"), 4, QStringLiteral("A"));
        QCOMPARE(cell(view, ExperimentTableModel::RunsB), QStringLiteral("4"));
        QCOMPARE(cell(view, ExperimentTableModel::RateB), QStringLiteral("25 % (5–70 %)"));

        QTest::mouseClick(view.findChild<QPushButton*>("experimentsStop"), Qt::LeftButton);
        QCOMPARE(cell(view, ExperimentTableModel::State), QStringLiteral("Stopped"));
        QCOMPARE(cell(view, ExperimentTableModel::Verdict), QStringLiteral("Stopped, no winner"));
        QVERIFY(!view.findChild<QPushButton*>("experimentsRecord")->isEnabled());
        QVERIFY(!view.findChild<QPushButton*>("experimentsStop")->isEnabled());
        QVERIFY(view.findChild<QTextBrowser*>("experimentsDetail")
                    ->toPlainText()
                    .contains("stopped without a winner"));
    }

    void enoughDataShowsAWinner()
    {
        ExperimentRepository repository(m_db->database());
        auto id = repository.create(QStringLiteral("few-shot or chain-of-thought"),
                                    QStringLiteral("creative"), {{}, {QStringLiteral("few_shot")}},
                                    {{}, {QStringLiteral("chain_of_thought")}}, false, 5);
        QVERIFY(id.ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(repository.record(*id, QStringLiteral("A"), 5).ok());
        for (int i = 0; i < 4; ++i)
            QVERIFY(repository.record(*id, QStringLiteral("B"), 2).ok());
        ExperimentsView view(m_db->database());
        view.resize(780, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(cell(view, ExperimentTableModel::Verdict), QStringLiteral("Needs 5 runs per arm"));
        // B's fifth run: 5/5 against 0/5, Fisher's p = 0.0079 with five runs in each arm.
        record(view, {}, 2, QStringLiteral("B"));
        QCOMPARE(cell(view, ExperimentTableModel::PValue), QStringLiteral("0.0079 (Fisher)"));
        QCOMPARE(cell(view, ExperimentTableModel::Verdict), QStringLiteral("A wins"));
        QCOMPARE(cell(view, ExperimentTableModel::State), QStringLiteral("Completed"));
        QVERIFY(view.findChild<QLabel*>("experimentsMessage")->text().contains(QStringLiteral("complete")));
        const QString detail = view.findChild<QTextBrowser*>("experimentsDetail")->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("Variant A — the winner")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("Techniques: few_shot")));
        QVERIFY(detail.contains(QStringLiteral("A is better")));
        QVERIFY(!view.findChild<QPushButton*>("experimentsRecord")->isEnabled());
    }

    void newExperimentRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("promptA");
        QTest::addColumn<QString>("techniquesA");
        QTest::addColumn<QString>("promptB");
        QTest::addColumn<QString>("techniquesB");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << ""
                                 << "a"
                                 << ""
                                 << "b"
                                 << ""
                                 << "give the experiment a name";
        QTest::newRow("no variant B") << "x"
                                      << "a"
                                      << ""
                                      << ""
                                      << ""
                                      << "give variant B a prompt or technique codes";
        QTest::newRow("prompt against techniques") << "x"
                                                   << "a"
                                                   << ""
                                                   << ""
                                                   << "few_shot"
                                                   << "compare like with like";
        QTest::newRow("unknown technique") << "x"
                                           << ""
                                           << "few_shot"
                                           << ""
                                           << "few_shot, nonsense"
                                           << "no technique with the code nonsense";
    }
    void newExperimentRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, promptA);
        QFETCH(QString, techniquesA);
        QFETCH(QString, promptB);
        QFETCH(QString, techniquesB);
        QFETCH(QString, problem);
        ExperimentsView view(m_db->database());
        view.resize(780, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        NewExperimentDialog* dialog = openNew(view);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>("experimentName")->setText(name);
        dialog->findChild<QPlainTextEdit*>("experimentPromptA")->setPlainText(promptA);
        dialog->findChild<QLineEdit*>("experimentTechniquesA")->setText(techniquesA);
        dialog->findChild<QPlainTextEdit*>("experimentPromptB")->setPlainText(promptB);
        dialog->findChild<QLineEdit*>("experimentTechniquesB")->setText(techniquesB);
        QTest::mouseClick(dialog->findChild<QPushButton*>("experimentCreate"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        const QString shown = dialog->findChild<QLabel*>("experimentProblem")->text();
        QVERIFY2(shown.startsWith(QStringLiteral("Not created: ")) && shown.contains(problem),
                 qPrintable(shown));
        QVERIFY(ExperimentRepository(m_db->database()).all()->isEmpty());
        dialog->reject();
    }

    void unreadableDatabaseIsSaidInWords()
    {
        QVERIFY(runSql(m_db->connection(), QStringLiteral("DROP TABLE ab_experiments")).ok());
        ExperimentsView view(m_db->database());
        view.resize(780, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* message = view.findChild<QLabel*>("experimentsMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("The experiments could not be read")),
                 qPrintable(message->text()));
    }

    void followsTheTrendsPaneDatabase()
    {
        ExperimentRepository repository(m_db->database());
        QVERIFY(repository
                    .create(QStringLiteral("mine"), QStringLiteral("creative"), {QStringLiteral("a"), {}},
                            {QStringLiteral("b"), {}}, false, 20)
                    .ok());
        TrendsPane pane(m_db->database());
        pane.resize(780, 540);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto* tabs = pane.findChild<QTabWidget*>("trendsLowerTabs");
        auto* view = pane.findChild<ExperimentsView*>();
        QVERIFY(view);
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("Experiments"));
        QCOMPARE(view->model()->rowCount(), 1);
        // Made elsewhere (the CLI): there once the tab is shown.
        QVERIFY(repository
                    .create(QStringLiteral("also mine"), QStringLiteral("creative"),
                            {QStringLiteral("c"), {}}, {QStringLiteral("d"), {}}, false, 20)
                    .ok());
        tabs->setCurrentWidget(view);
        QCOMPARE(view->model()->rowCount(), 2);
        // Reachable without any enhancement history: the empty state takes only the chart's place.
        QVERIFY(pane.findChild<QLabel*>("trendsEmpty")->isVisible());
        QVERIFY(view->isVisible());
        // The demo data has no experiments of the user's; back to the user's data, they return.
        QTest::mouseClick(pane.findChild<QPushButton*>("trendsDemo"), Qt::LeftButton);
        QVERIFY(pane.isShowingDemo());
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(view->findChild<QLabel*>("experimentsEmpty")->isVisible());
        QTest::mouseClick(pane.findChild<QPushButton*>("trendsDemo"), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 2);
        // Small enough not to raise the pane's minimum size.
        QVERIFY(view->minimumSizeHint().width() <= 400 && view->minimumSizeHint().height() <= 200);
    }
};

ATHANOR_TEST(ExperimentsViewTest)
#include "tst_experimentsview.moc"
