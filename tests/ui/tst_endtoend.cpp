#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/SqlHelpers.h"
#include "ui/common/RatingPanel.h"
#include "ui/common/StarRating.h"
#include "ui/composer/ComposerPane.h"
#include "ui/import/ImportController.h"
#include "ui/library/LibraryPane.h"
#include "ui/library/PromptDetailView.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WelcomeDialog.h"
#include "ui/trends/TrendsPane.h"
#include "models/SearchResultModel.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace athanor;

namespace {

constexpr int kTimeout = 30000;

// Each series of a chart as "name: n points".
QStringList seriesOf(QChart* chart)
{
    QStringList all;
    const QList<QAbstractSeries*> series = chart->series();
    for (QAbstractSeries* s : series)
        if (auto* line = qobject_cast<QXYSeries*>(s))
            all << QStringLiteral("%1: %2").arg(line->name()).arg(line->count());
    return all;
}

} // namespace

// A new user's first session, driven through the real widgets as they would: the welcome, a
// folder of prompt files dropped on the window, a search, a prompt opened and taken to the
// Composer, enhanced, rated, and the Trends chart showing the rating.
class EndToEndTest : public QObject
{
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void firstSession()
    {
        test::TempDatabase db;
        QVERIFY(CatalogRepository(db.database()).ensureCurrent().ok()); // as main() does
        MainWindow window(db.database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. The welcome of the first start: no samples, just look around.
        QVERIFY(WelcomeDialog::isFirstRun());
        QTimer::singleShot(0, qApp, [] {
            auto* welcome = qobject_cast<WelcomeDialog*>(QApplication::activeModalWidget());
            QVERIFY(welcome);
            welcome->findChild<QCheckBox*>("welcomeSamples")->setChecked(false);
            QTest::mouseClick(welcome->findChild<QPushButton*>("welcomeClose"), Qt::LeftButton);
        });
        window.showWelcome();
        QVERIFY(!WelcomeDialog::isFirstRun());

        // 2. A folder of prompt files dropped on the window.
        QTemporaryDir drop;
        const QString folder = drop.filePath("my prompts");
        QVERIFY(QDir().mkpath(folder + "/nested"));
        QVERIFY(QFile::copy(ATHANOR_TEST_DATA_DIR "/import/prompts.jsonl", folder + "/prompts.jsonl"));
        QVERIFY(QFile::copy(ATHANOR_TEST_DATA_DIR "/import/plain-prompts.txt", folder + "/nested/plain.txt"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder)});
        QWidget* target = window.findChild<QListView*>("navigation")->viewport();
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy imported(window.importController(), &ImportController::importFinished);
        QDropEvent dropped(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        QVERIFY(imported.wait(kTimeout));
        QCOMPARE(imported.last().first().value<ImportReport>().imported, 8);

        // 3. A search in the Library.
        window.showPane("library");
        auto* library = window.findChild<LibraryPane*>();
        QSignalSpy searched(library, &LibraryPane::searchFinished);
        QTest::keyClicks(library->findChild<QLineEdit*>("librarySearch"), "sentiment");
        QVERIFY(searched.wait(kTimeout));
        QCOMPARE(library->searchModel()->rowCount(), 1);

        // 4. The prompt opened by clicking its row, then taken to the Composer.
        QTableView* results = library->currentView();
        QSignalSpy loaded(library->detailView(), &PromptDetailView::loaded);
        const QRect row = results->visualRect(results->model()->index(0, 0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
        QVERIFY(loaded.wait(kTimeout));
        library->detailView()->findChild<QAction*>("useInComposer")->trigger();
        QCOMPARE(window.currentPaneId(), QStringLiteral("composer"));
        auto* composer = window.findChild<ComposerPane*>();
        QVERIFY(composer->findChild<QPlainTextEdit*>("composerEditor")->toPlainText().contains("sentiment"));

        // 5. Enhanced.
        QTRY_VERIFY_WITH_TIMEOUT(composer->isEngineReady(), kTimeout);
        auto* enhanced = composer->findChild<QTextBrowser*>("enhancedView");
        const QString before = enhanced->toPlainText();
        QTRY_VERIFY_WITH_TIMEOUT(composer->findChild<QPushButton*>("enhanceButton")->isEnabled(), kTimeout);
        QTest::mouseClick(composer->findChild<QPushButton*>("enhanceButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(enhanced->toPlainText() != before, kTimeout);
        QVERIFY(enhanced->toPlainText().contains("sentiment"));

        // The Trends chart before any rating.
        window.showPane("trends");
        auto* trends = window.findChild<TrendsPane*>();
        QTest::qWait(500);
        const QStringList unrated = seriesOf(trends->trendChart());

        // 6. Rated five stars.
        window.showPane("composer");
        auto* panel = composer->findChild<RatingPanel*>("ratingPanel");
        QTRY_VERIFY_WITH_TIMEOUT(panel->isEnabled(), kTimeout);
        QTest::mouseClick(panel->stars()->findChild<QToolButton*>("star5"), Qt::LeftButton);
        QTest::mouseClick(composer->findChild<QPushButton*>("ratingSubmit"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!composer->findChild<QLabel*>("ratingMessage")->text().isEmpty(), kTimeout);
        auto stored = runSql(db.connection(), "SELECT rating FROM learning_feedback");
        QVERIFY(stored && stored->next());
        QCOMPARE(stored->value(0).toInt(), 5);

        // 7. The Trends chart shows it: a series per technique applied, with today's point.
        window.showPane("trends");
        QTRY_VERIFY_WITH_TIMEOUT(seriesOf(trends->trendChart()) != unrated, kTimeout);
        const QStringList rated = seriesOf(trends->trendChart());
        QVERIFY2(!rated.isEmpty() && rated.first().endsWith(": 1"), qPrintable(rated.join(" | ")));
    }
};

ATHANOR_TEST(EndToEndTest)
#include "tst_endtoend.moc"
