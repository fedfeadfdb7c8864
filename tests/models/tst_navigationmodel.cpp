#include "TestRegistry.h"
#include "models/NavigationModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace athanor;

class NavigationModelTest : public QObject
{
    Q_OBJECT
private slots:
    void modelIsConsistent()
    {
        NavigationModel model({{"a", "Alpha", "First pane", QKeySequence(Qt::CTRL | Qt::Key_1)},
                               {"b", "Beta", "Second pane", QKeySequence()}});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0)), 0);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(1).data(NavigationModel::PaneIdRole).toString(), QStringLiteral("b"));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains("First pane"));
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), QStringLiteral("Second pane"));
        QCOMPARE(model.rowOf("b"), 1);
        QCOMPARE(model.rowOf("zzz"), -1);
        QVERIFY(!model.index(0).data(Qt::EditRole).isValid());
    }
};

ATHANOR_TEST(NavigationModelTest)
#include "tst_navigationmodel.moc"
