#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/PromptTableModel.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace athanor;

namespace {

// Pages are read off the GUI thread: wait until the one asked for is in.
bool settled(const PromptTableModel& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 5000);
}

} // namespace

class PromptTableModelTest : public QObject
{
    Q_OBJECT
private slots:
    void pagesLazily()
    {
        test::TempDatabase db;
        PromptRepository prompts(db.database());
        for (int i = 0; i < 25; ++i) {
            Prompt p;
            p.content = QStringLiteral("Prompt number %1").arg(i);
            p.tags = {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
            QVERIFY(prompts.add(p).ok());
        }
        // Counting pages needs a model nobody else fetches on: the tester fetches on its own.
        PromptTableModel model(db.database());
        model.setPageSize(10);
        model.reload();
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 10); // one page, not everything
        QCOMPARE(model.index(0, PromptTableModel::PreviewColumn).data().toString(), QStringLiteral("Prompt number 24"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(24, 0).data().toString(), QStringLiteral("Prompt number 0"));
        QCOMPARE(model.index(4, PromptTableModel::TagsColumn).data().toString(), QStringLiteral("even")); // prompt 20

        PromptQueries::Filter odd;
        odd.tag = "odd";
        model.setFilter(odd);
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 10);
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!model.canFetchMore({}));

        // And the same moves under the tester's eye.
        PromptTableModel checked(db.database());
        QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checked.setPageSize(7);
        checked.reload();
        QVERIFY(settled(checked));
        while (settled(checked) && checked.canFetchMore({}))
            checked.fetchMore({});
        QCOMPARE(checked.rowCount(), 25);
        checked.setFilter(odd);
        QVERIFY(settled(checked));
        while (settled(checked) && checked.canFetchMore({}))
            checked.fetchMore({});
        QCOMPARE(checked.rowCount(), 12);
    }

    void sortsByCreatedAndUses()
    {
        test::TempDatabase db;
        PromptRepository prompts(db.database());
        for (int i = 0; i < 12; ++i) {
            Prompt p;
            p.content = QStringLiteral("Prompt %1").arg(i);
            QVERIFY(prompts.add(p).ok());
        }
        QVERIFY(runSql(db.connection(), "UPDATE prompts SET usage_count = seq % 4").ok());
        PromptTableModel model(db.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.sort(PromptTableModel::CreatedColumn, Qt::AscendingOrder);
        QVERIFY(settled(model));
        QCOMPARE(model.sortOrder(), PromptQueries::Sort::Oldest);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Prompt 0"));
        model.sort(PromptTableModel::UsesColumn, Qt::DescendingOrder);
        QVERIFY(settled(model));
        while (settled(model) && model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 12);
        QList<int> uses;
        for (int row = 0; row < model.rowCount(); ++row)
            uses << model.index(row, PromptTableModel::UsesColumn).data().toInt();
        QCOMPARE(uses, (QList<int>{3, 3, 3, 2, 2, 2, 1, 1, 1, 0, 0, 0}));
        // A column without an index to page by leaves the order as it was.
        model.sort(PromptTableModel::PreviewColumn, Qt::AscendingOrder);
        QVERIFY(settled(model));
        QCOMPARE(model.sortOrder(), PromptQueries::Sort::MostUsed);
        QVERIFY(!PromptTableModel::sortable(PromptTableModel::PreviewColumn));
    }

    void removesAndRefreshesRowsInPlace()
    {
        test::TempDatabase db;
        PromptRepository prompts(db.database());
        QStringList ids;
        for (int i = 0; i < 8; ++i) {
            Prompt p;
            p.content = QStringLiteral("Prompt %1").arg(i);
            ids << *prompts.add(p);
        }
        PromptTableModel model(db.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.reload();
        QVERIFY(settled(model));
        // Rows show prompts 7..3; remove 6, 5 (a run) and 3, and one not loaded (0).
        model.removeIds({ids[6], ids[5], ids[3], ids[0]});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Prompt 7"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Prompt 4"));
        QVERIFY(prompts.setTags(ids[4], {QStringLiteral("fresh")}).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshRows({ids[4]});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, PromptTableModel::TagsColumn).data().toString(), QStringLiteral("fresh"));
    }

    void dragsOutTheText()
    {
        test::TempDatabase db;
        Prompt p;
        p.content = QStringLiteral("Full text of the prompt,\nwith a second line.");
        QVERIFY(PromptRepository(db.database()).add(p).ok());
        PromptTableModel model(db.database());
        model.reload();
        QVERIFY(settled(model));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(0, 1)}));
        QCOMPARE(mime->text(), p.content);
    }

    void emptyLibrary()
    {
        test::TempDatabase db;
        PromptTableModel model(db.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.lastError().isEmpty());
    }
};

ATHANOR_TEST(PromptTableModelTest)
#include "tst_prompttablemodel.moc"
