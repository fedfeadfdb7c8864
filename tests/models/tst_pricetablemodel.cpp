#include "TestRegistry.h"
#include "models/PriceTableModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor;

namespace {

double cell(const PriceTableModel& model, const QString& name, int column)
{
    return model.index(model.rowOf(name), column).data(Qt::EditRole).toDouble();
}

} // namespace

class PriceTableModelTest : public QObject
{
    Q_OBJECT
    PriceTable m_shipped;

private slots:
    void initTestCase()
    {
        auto shipped = PriceTable::load();
        QVERIFY(shipped.ok());
        m_shipped = *shipped;
        QVERIFY(m_shipped.entry(QStringLiteral("gpt-4o-mini")).has_value());
    }

    void showsTheShippedTable()
    {
        PriceTableModel model(m_shipped, m_shipped);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_shipped.models().size()));
        QCOMPARE(cell(model, QStringLiteral("gpt-4o-mini"), PriceTableModel::Input), 0.15);
        QCOMPARE(cell(model, QStringLiteral("gpt-4o-mini"), PriceTableModel::Output), 0.60);
        QVERIFY(!model.index(0, 0).data(PriceTableModel::CustomRole).toBool());
        QVERIFY(!(model.flags(model.index(0, PriceTableModel::Model)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, PriceTableModel::Input)) & Qt::ItemIsEditable);
    }

    void editsAreTheUsersOwnAndResetBringsTheShippedPriceBack()
    {
        PriceTableModel model(m_shipped, m_shipped);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOf(QStringLiteral("gpt-4o-mini"));
        QVERIFY(!model.setData(model.index(row, PriceTableModel::Input), -1.0)); // no negative price
        QVERIFY(!model.setData(model.index(row, PriceTableModel::Input), QStringLiteral("cheap")));
        QVERIFY(!model.isModified());
        QVERIFY(model.setData(model.index(row, PriceTableModel::Input), 0.2));
        QVERIFY(model.isModified());
        QVERIFY(model.index(row, PriceTableModel::Model).data(PriceTableModel::CustomRole).toBool());
        QVERIFY(model.index(row, PriceTableModel::Model).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.table().entry(QStringLiteral("gpt-4o-mini"))->inputPerMillion, 0.2);
        QCOMPARE(model.table().entry(QStringLiteral("gpt-4o-mini"))->outputPerMillion, 0.60);
        model.resetRow(row);
        QCOMPARE(cell(model, QStringLiteral("gpt-4o-mini"), PriceTableModel::Input), 0.15);
        QVERIFY(!model.index(row, 0).data(PriceTableModel::CustomRole).toBool());
    }

    void addedModelsAreSortedInAndResetRemovesThem()
    {
        PriceTableModel model(m_shipped, m_shipped);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QCOMPARE(model.addModel(QStringLiteral("  ")), -1);
        const int row = model.addModel(QStringLiteral("my-finetune"));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("my-finetune"));
        QVERIFY(model.index(row - 1, 0).data().toString() < QStringLiteral("my-finetune"));
        QCOMPARE(model.addModel(QStringLiteral("my-finetune")), row); // once only
        QVERIFY(model.index(row, 0).data(PriceTableModel::CustomRole).toBool());
        model.resetRow(row);
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(model.rowOf(QStringLiteral("my-finetune")), -1);
    }

    void savedFileHoldsOnlyTheUsersEntriesAndReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/prices.yaml")); // the folder is created
        PriceTableModel model(m_shipped, m_shipped);
        model.setData(model.index(model.addModel(QStringLiteral("my-finetune")), PriceTableModel::Output),
                      3.5);
        model.setData(model.index(model.rowOf(QStringLiteral("gpt-4o")), PriceTableModel::Input), 2.0);
        QVERIFY(model.table().saveUserFile(path, m_shipped).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("my-finetune"));
        QVERIFY(written.contains("gpt-4o:"));
        QVERIFY(!written.contains("gpt-4o-mini")); // unchanged: left to the shipped table
        auto reloaded = PriceTable::load(path);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->entry(QStringLiteral("my-finetune"))->outputPerMillion, 3.5);
        QCOMPARE(reloaded->entry(QStringLiteral("gpt-4o"))->inputPerMillion, 2.0);
        QCOMPARE(reloaded->entry(QStringLiteral("gpt-4o"))->outputPerMillion, 10.0);
        QCOMPARE(reloaded->entry(QStringLiteral("gpt-4o-mini"))->inputPerMillion, 0.15);
    }
};

ATHANOR_TEST(PriceTableModelTest)
#include "tst_pricetablemodel.moc"
