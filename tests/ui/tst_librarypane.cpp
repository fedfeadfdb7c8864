#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/DuplicateGroupModel.h"
#include "models/PromptTableModel.h"
#include "models/SearchResultModel.h"
#include "storage/ImportJob.h"
#include "storage/PromptQueries.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"
#include "ui/common/RatingPanel.h"
#include "ui/common/StarRating.h"
#include "ui/import/ImportController.h"
#include "ui/library/DuplicatesDialog.h"
#include "ui/library/LibraryIndexService.h"
#include "ui/library/LibraryPane.h"
#include "ui/library/PromptDetailView.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

using namespace athanor;

namespace {

constexpr int kTimeout = 15000;

// Everything about the library's prompts that a delete and its undo must give back.
QString libraryDump(const test::TempDatabase& db)
{
    QStringList lines;
    auto q = runSql(db.connection(),
                    "SELECT seq, id, content, tags, parent_id, created_at FROM prompts ORDER BY seq");
    while (q && q->next())
        lines << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString(), q->value(5).toString()}
                     .join(QLatin1Char('|'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class LibraryPaneTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_root, m_child, m_recursion;

    QString add(const QString& content, const QString& parent = {}, const QString& phase = {},
                const QStringList& tags = {})
    {
        Prompt p;
        p.content = content;
        p.parentId = parent;
        p.phase = phase;
        p.tags = tags;
        auto id = PromptRepository(m_db->database()).add(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        return *id;
    }

    // A pane with an index service that has finished its start-up work.
    std::unique_ptr<LibraryPane> makePane(std::unique_ptr<LibraryIndexService>& service)
    {
        service = std::make_unique<LibraryIndexService>(m_db->database());
        QSignalSpy idle(service.get(), &LibraryIndexService::idle);
        service->start();
        if (!idle.wait(kTimeout))
            qWarning("index service did not become idle");
        auto pane = std::make_unique<LibraryPane>(m_db->database());
        pane->setIndexService(service.get());
        // Within the offscreen platform's 800×600 screen: clicks outside it are lost.
        pane->resize(790, 560);
        pane->show();
        if (!QTest::qWaitFor([&] { return !pane->tableModel()->isLoading(); }, kTimeout))
            qWarning("the first page did not arrive");
        return pane;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_root = add(QStringLiteral("Write a haiku about autumn leaves falling in the park."), {},
                     QStringLiteral("prima-materia"), {QStringLiteral("poetry")});
        m_child = add(QStringLiteral("Write a haiku about autumn leaves falling in the park!"), m_root,
                      QStringLiteral("solutio"), {QStringLiteral("poetry"), QStringLiteral("refined")});
        m_recursion = add(QStringLiteral("Explain **recursion** to a child, with one example."), {}, {},
                          {QStringLiteral("teaching")});
        add(QStringLiteral("List three rivers in France and their lengths."));
    }

    void showsTheLibraryAndADetailWithLineage()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        auto* table = pane->findChild<QTableView*>(QStringLiteral("libraryTable"));
        QCOMPARE(table->model()->rowCount(), 4);
        // Newest first: the child of the haiku is row 2.
        const int childRow = pane->tableModel()->rowOf(m_child);
        QCOMPARE(childRow, 2);
        QSignalSpy loaded(pane->detailView(), &PromptDetailView::loaded);
        table->selectRow(childRow);
        QVERIFY(loaded.wait(kTimeout));
        const PromptDetails& details = pane->detailView()->details();
        QCOMPARE(details.prompt.id, m_child);
        QCOMPARE(details.ancestors.size(), 1);
        QCOMPARE(details.ancestors.first().id, m_root);
        QVERIFY(!details.similar.isEmpty());
        QCOMPARE(details.similar.first().id, m_root); // worded almost alike
        auto* info = pane->findChild<QTextBrowser*>(QStringLiteral("detailInfo"));
        QVERIFY(info->toHtml().contains(QStringLiteral("athanor-prompt:") + m_root));
        QCOMPARE(pane->findChild<QLineEdit*>(QStringLiteral("tagEditor"))->text(),
                 QStringLiteral("poetry, refined"));

        // Following the lineage link opens the parent and selects its row.
        loaded.clear();
        emit pane->detailView()->openPromptRequested(m_root);
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(pane->detailView()->details().prompt.id, m_root);
        QCOMPARE(pane->detailView()->details().children.size(), 1);
        QCOMPARE(pane->selectedIds(), QStringList{m_root});

        // The content is rendered as Markdown: the markup is gone, the text stays.
        loaded.clear();
        pane->openPrompt(m_recursion);
        QVERIFY(loaded.wait(kTimeout));
        auto* content = pane->findChild<QTextBrowser*>(QStringLiteral("detailContent"));
        QVERIFY(content->toPlainText().contains(QStringLiteral("Explain recursion to a child")));
    }

    void filtersNarrowTheTable()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        auto* phase = pane->findChild<QComboBox*>(QStringLiteral("phaseFilter"));
        QTRY_COMPARE_WITH_TIMEOUT(phase->count(), 3, kTimeout); // Any + the two phases in use
        phase->setCurrentIndex(phase->findText(QStringLiteral("solutio")));
        QTRY_COMPARE_WITH_TIMEOUT(pane->tableModel()->rowCount(), 1, kTimeout);
        QCOMPARE(pane->tableModel()->summary(0)->id, m_child);
        auto* tag = pane->findChild<QComboBox*>(QStringLiteral("tagFilter"));
        QTRY_VERIFY_WITH_TIMEOUT(tag->findText(QStringLiteral("poetry")) > 0, kTimeout);
        phase->setCurrentIndex(0);
        tag->setCurrentIndex(tag->findText(QStringLiteral("poetry")));
        emit tag->activated(tag->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(pane->tableModel()->rowCount(), 2, kTimeout);
        QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("clearFilters")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pane->tableModel()->rowCount(), 4, kTimeout);
    }

    void searchesByWordsAndByMeaning()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        QSignalSpy finished(pane.get(), &LibraryPane::searchFinished);
        auto* box = pane->findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        QTest::keyClicks(box, QStringLiteral("rivers"));
        QVERIFY(finished.wait(kTimeout)); // after the typing pause
        QCOMPARE(pane->currentView()->objectName(), QStringLiteral("searchResults"));
        QCOMPARE(pane->searchModel()->rowCount(), 1);
        QVERIFY(pane->searchModel()
                    ->index(0, 0)
                    .data(SearchResultModel::SnippetHtmlRole)
                    .toString()
                    .contains("<b>rivers</b>"));

        // Syntax is searched as words, never an error.
        finished.clear();
        pane->search(QStringLiteral("\"unbalanced AND ( OR; DROP TABLE prompts"));
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(pane->searchModel()->rowCount(), 0);
        QVERIFY(!pane->findChild<QLabel*>(QStringLiteral("libraryInfo"))
                     ->text()
                     .contains(QStringLiteral("failed")));

        finished.clear();
        pane->findChild<QCheckBox*>(QStringLiteral("semanticSearch"))->setChecked(true);
        pane->search(QStringLiteral("a short poem about autumn leaves"));
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(pane->searchModel()->kind(), SearchResultModel::Kind::Semantic);
        QVERIFY(pane->searchModel()->rowCount() >= 2);
        const QStringList top{pane->searchModel()->idAt(0), pane->searchModel()->idAt(1)};
        QVERIFY(top.contains(m_root) && top.contains(m_child));

        finished.clear();
        box->clear();
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(pane->currentView()->objectName(), QStringLiteral("libraryTable"));
    }

    void deletesAndUndoes()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        const QString before = libraryDump(*m_db);
        QSignalSpy deleted(pane.get(), &LibraryPane::promptsDeleted);
        auto* table = pane->findChild<QTableView*>(QStringLiteral("libraryTable"));
        table->setFocus();
        table->selectionModel()->select(pane->tableModel()->index(pane->tableModel()->rowOf(m_root), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(pane->tableModel()->index(pane->tableModel()->rowOf(m_recursion), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(pane->selectedIds().size(), 2);
        QTest::mouseClick(pane->findChild<QPushButton*>(QStringLiteral("libraryDelete")), Qt::LeftButton);
        QCOMPARE(*PromptRepository(m_db->database()).count(), 2);
        QCOMPARE(pane->tableModel()->rowCount(), 2);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().first().value<QList<qint64>>().size(), 2);
        QCOMPARE(PromptRepository(m_db->database()).find(m_child)->parentId, QString());

        pane->undoStack()->undo();
        QCOMPARE(libraryDump(*m_db), before);
        QTRY_COMPARE_WITH_TIMEOUT(pane->tableModel()->rowCount(), 4, kTimeout);
        QCOMPARE(PromptRepository(m_db->database()).find(m_child)->parentId, m_root);
        pane->undoStack()->redo();
        QCOMPARE(*PromptRepository(m_db->database()).count(), 2);
        QCOMPARE(deleted.size(), 2);
        pane->undoStack()->undo();
        QCOMPARE(libraryDump(*m_db), before);
    }

    void editsTagsWithUndo()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        QSignalSpy loaded(pane->detailView(), &PromptDetailView::loaded);
        pane->openPrompt(m_recursion);
        QVERIFY(loaded.wait(kTimeout));
        auto* editor = pane->findChild<QLineEdit*>(QStringLiteral("tagEditor"));
        editor->setText(QStringLiteral("teaching, kids ,  kids, , cs"));
        QSignalSpy edited(pane->detailView(), &PromptDetailView::tagsEdited);
        auto* apply = pane->findChild<QPushButton*>(QStringLiteral("applyTags"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(PromptRepository(m_db->database()).find(m_recursion)->tags,
                 (QStringList{"teaching", "kids", "cs"}));
        const int row = pane->tableModel()->rowOf(m_recursion);
        QCOMPARE(pane->tableModel()->index(row, PromptTableModel::TagsColumn).data().toString(),
                 QStringLiteral("teaching, kids, cs"));
        pane->undoStack()->undo();
        QCOMPARE(PromptRepository(m_db->database()).find(m_recursion)->tags, QStringList{"teaching"});
        QCOMPARE(pane->tableModel()->index(row, PromptTableModel::TagsColumn).data().toString(),
                 QStringLiteral("teaching"));
    }

    void ratesTheShownPrompt()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
        QSignalSpy loaded(pane->detailView(), &PromptDetailView::loaded);
        pane->openPrompt(m_recursion);
        QVERIFY(loaded.wait(kTimeout));
        RatingPanel* panel = pane->detailView()->ratingPanel();
        QVERIFY(panel->isEnabled());
        QCOMPARE(panel->promptId(), m_recursion);
        QTest::mouseClick(panel->stars()->findChild<QToolButton*>(QStringLiteral("star5")), Qt::LeftButton);
        panel->findChild<QComboBox*>(QStringLiteral("ratingMet"))->setCurrentIndex(1);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("ratingSubmit")), Qt::LeftButton);
        QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("ratingMessage"))->text(),
                 QStringLiteral("Rated 5 stars."));
        auto row = runSql(m_db->connection(),
                          "SELECT prompt_id, rating, met_expectations, json_extract(context, '$.source') "
                          "FROM learning_feedback");
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), m_recursion);
        QCOMPARE(row->value(1).toInt(), 5);
        QCOMPARE(row->value(2).toInt(), 1);
        QCOMPARE(row->value(3).toString(), QStringLiteral("library"));
        // Another prompt starts a fresh rating.
        pane->openPrompt(m_root);
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(panel->stars()->rating(), 0);
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("ratingMessage"))->text().isEmpty());
    }

    void acceptsDroppedFilesOnly()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        QSignalSpy dropped(pane.get(), &LibraryPane::filesDropped);
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane.get(), &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData files;
        const QString path = QStringLiteral(ATHANOR_TEST_DATA_DIR "/import");
        files.setUrls({QUrl::fromLocalFile(path), QUrl(QStringLiteral("https://example.org/x.csv"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane.get(), &drop);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().first().toStringList(),
                 QStringList{path}); // the web URL is not a local file
    }

    void filesDroppedOnThePaneInTheWindowAreImportedAndListed()
    {
        MainWindow window(m_db->database());
        window.importController()->setDialogsEnabled(false);
        window.resize(790, 560);
        window.show();
        window.showPane(QStringLiteral("library"));
        auto* pane = window.findChild<LibraryPane*>();
        QVERIFY(pane && pane->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(pane->tableModel()->rowCount(), 4, kTimeout);
        QSignalSpy finished(window.importController(), &ImportController::importFinished);
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(
            QStringLiteral(ATHANOR_TEST_DATA_DIR "/import/awesome-chatgpt-prompts.csv"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(pane, &drop);
        QVERIFY(finished.wait(kTimeout));
        const int imported = finished.first().first().value<ImportReport>().imported;
        QVERIFY(imported > 0);
        QTRY_COMPARE_WITH_TIMEOUT(pane->tableModel()->rowCount(), 4 + imported,
                                  kTimeout); // listed without a restart
        // The pane's undo stack is the window's while the pane is shown.
        QCOMPARE(window.undoGroup()->activeStack(), pane->undoStack());
    }

    // Copy and "Use in" take the shown prompt elsewhere; each is counted as a use of it, which the
    // detail shows with its relevance.
    void usesThePromptElsewhereAndCountsIt()
    {
        MainWindow window(m_db->database());
        window.resize(790, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(QStringLiteral("library"));
        auto* pane = window.findChild<LibraryPane*>();
        QSignalSpy loaded(pane->detailView(), &PromptDetailView::loaded);
        pane->openPrompt(m_recursion);
        QVERIFY(loaded.wait(kTimeout));
        const QString content = PromptRepository(m_db->database()).find(m_recursion)->content;

        QTest::mouseClick(pane->detailView()->findChild<QPushButton*>(QStringLiteral("copyPrompt")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), content);
        QVERIFY(loaded.wait(kTimeout)); // shown again with its usage
        QVERIFY(pane->detailView()
                    ->findChild<QTextBrowser*>(QStringLiteral("detailInfo"))
                    ->toPlainText()
                    .contains(QStringLiteral("used 1")));

        pane->detailView()->findChild<QAction*>(QStringLiteral("useInComposer"))->trigger();
        QCOMPARE(window.currentPaneId(), QStringLiteral("composer"));
        QCOMPARE(window.findChild<QPlainTextEdit*>(QStringLiteral("composerEditor"))->toPlainText(), content);
        window.showPane(QStringLiteral("library"));
        pane->detailView()->findChild<QAction*>(QStringLiteral("useInPlayground"))->trigger();
        QCOMPARE(window.currentPaneId(), QStringLiteral("playground"));
        QCOMPARE(window.findChild<QPlainTextEdit*>(QStringLiteral("playgroundPrompt"))->toPlainText(),
                 content);

        auto row =
            runSql(m_db->connection(),
                   "SELECT usage_count, last_used_at IS NOT NULL, (SELECT group_concat(usage_context, ',') "
                   "FROM (SELECT usage_context FROM usage_analytics WHERE prompt_id = p.id AND kind = 'used' "
                   "ORDER BY rowid)) FROM prompts p WHERE id = ?",
                   {m_recursion});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toInt(), 3);
        QCOMPARE(row->value(1).toInt(), 1);
        QCOMPARE(row->value(2).toString(), QStringLiteral("copy,composer,playground"));

        // Publishing is not a use: it opens the Community pane's Publish… with this prompt.
        window.showPane(QStringLiteral("library"));
        pane->detailView()->findChild<QAction*>(QStringLiteral("publishToCommunity"))->trigger();
        QCOMPARE(window.currentPaneId(), QStringLiteral("community"));
        auto* publish = window.findChild<QDialog*>(QStringLiteral("publishDialog"));
        QVERIFY(publish);
        QCOMPARE(publish->findChild<QLineEdit*>(QStringLiteral("publishPromptId"))->text(), m_recursion);
        publish->close();
    }

    void groupsNearDuplicatesAndDeletesThemUndoably()
    {
        std::unique_ptr<LibraryIndexService> service;
        auto pane = makePane(service);
        pane->showDuplicates();
        auto* dialog = pane->findChild<DuplicatesDialog*>();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &DuplicatesDialog::searchFinished);
        dialog->find();
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(dialog->model()->allButFirst(), QStringList{m_child});
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteAllButOldest")),
                          Qt::LeftButton);
        QVERIFY(!PromptRepository(m_db->database()).find(m_child));
        QCOMPARE(dialog->model()->rowCount(), 0);
        pane->undoStack()->undo();
        QVERIFY(PromptRepository(m_db->database()).find(m_child));
        dialog->close();
    }
};

ATHANOR_TEST(LibraryPaneTest)
#include "tst_librarypane.moc"
