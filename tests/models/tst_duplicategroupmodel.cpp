#include "TestRegistry.h"
#include "models/DuplicateGroupModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace athanor;

namespace {

DuplicateGroup group(const QStringList& ids)
{
    DuplicateGroup g;
    for (const QString& id : ids)
        g.members.append({id, 0, id == ids.first() ? 1.0f : 0.95f, QStringLiteral("content of ") + id});
    return g;
}

} // namespace

class DuplicateGroupModelTest : public QObject
{
    Q_OBJECT
private slots:
    void showsGroupsAsATree()
    {
        DuplicateGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups({group({"a1", "a2", "a3"}), group({"b1", "b2"})});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("3 near-identical prompts"));
        QCOMPARE(model.rowCount(first), 3);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0);
        const QModelIndex member = model.index(1, 0, first);
        QCOMPARE(member.parent(), first);
        QCOMPARE(member.data(DuplicateGroupModel::IdRole).toString(), QStringLiteral("a2"));
        QCOMPARE(model.index(1, 1, first).data().toString(), QStringLiteral("0.950"));
        QCOMPARE(model.index(0, 1, first).data().toString(), QStringLiteral("oldest"));
        QCOMPARE(model.rowCount(member), 0);
        QCOMPARE(model.allButFirst(), (QStringList{"a2", "a3", "b2"}));
    }

    void deletedMembersLeaveTheirGroups()
    {
        DuplicateGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups({group({"a1", "a2", "a3"}), group({"b1", "b2"})});
        model.removeIds({"a3", "b1"});
        QCOMPARE(model.rowCount(), 1); // b is down to one member: no longer a group
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.allButFirst(), QStringList{"a2"});
    }
};

ATHANOR_TEST(DuplicateGroupModelTest)
#include "tst_duplicategroupmodel.moc"
