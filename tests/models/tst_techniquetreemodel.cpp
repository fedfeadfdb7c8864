#include "TestRegistry.h"
#include "models/TechniqueFilterProxy.h"
#include "models/TechniqueTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace athanor;

namespace {

Technique technique(const QString& code, const QString& category, int complexity, const QString& description = {})
{
    Technique t;
    t.code = code;
    t.name = code;
    t.category = category;
    t.complexity = complexity;
    t.description = description;
    return t;
}

QList<Technique> fixture()
{
    return {technique("cot", "reasoning", 2, "step by step reasoning"), technique("tot", "reasoning", 5, "a tree"),
            technique("few", "examples", 1, "examples in the prompt"), technique("verify", "verification", 4, "check")};
}

int visibleTechniques(const QAbstractItemModel& model)
{
    int count = 0;
    for (int c = 0; c < model.rowCount(); ++c)
        count += model.rowCount(model.index(c, 0));
    return count;
}

} // namespace

class TechniqueTreeModelTest : public QObject
{
    Q_OBJECT
private slots:
    void structure()
    {
        TechniqueTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTechniques(fixture(), {"few"});
        QCOMPARE(model.rowCount(), 3); // examples, reasoning, verification
        QCOMPARE(model.columnCount(), 3);
        const QModelIndex examples = model.index(0, 0);
        QCOMPARE(examples.data().toString(), QStringLiteral("Examples (1)"));
        QVERIFY(examples.data(TechniqueTreeModel::IsCategoryRole).toBool());
        const QModelIndex few = model.index(0, 0, examples);
        QCOMPARE(few.data(TechniqueTreeModel::CodeRole).toString(), QStringLiteral("few"));
        QVERIFY(few.data(TechniqueTreeModel::FavouriteRole).toBool());
        QVERIFY(few.data().toString().startsWith(QStringLiteral("★")));
        QCOMPARE(model.parent(few), examples);
        QCOMPARE(model.indexOf("tot").parent().data(TechniqueTreeModel::SearchTextRole).toString(), QStringLiteral("Reasoning"));
        QCOMPARE(model.technique(model.indexOf("verify"))->complexity, 4);
        QVERIFY(!model.technique(examples));
    }

    void favouriteChangesData()
    {
        TechniqueTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTechniques(fixture(), {});
        QVERIFY(!model.indexOf("cot").data(TechniqueTreeModel::FavouriteRole).toBool());
        model.setFavourite("cot", true);
        QVERIFY(model.indexOf("cot").data(TechniqueTreeModel::FavouriteRole).toBool());
    }

    void filtering_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("techniques");
        QTest::addColumn<int>("categories");
        QTest::newRow("everything") << "" << 1 << 5 << 4 << 3;
        QTest::newRow("by name") << "tot" << 1 << 5 << 1 << 1;
        QTest::newRow("by description") << "step" << 1 << 5 << 1 << 1;
        QTest::newRow("by category title") << "reasoning" << 1 << 5 << 2 << 1;
        QTest::newRow("case-insensitive, two words") << "EXAMPLES prompt" << 1 << 5 << 1 << 1;
        QTest::newRow("simple only") << "" << 1 << 2 << 2 << 2;
        QTest::newRow("advanced reasoning") << "reasoning" << 4 << 5 << 1 << 1;
        QTest::newRow("nothing") << "zzz" << 1 << 5 << 0 << 0;
    }
    void filtering()
    {
        QFETCH(QString, text);
        QFETCH(int, minimum);
        QFETCH(int, maximum);
        QFETCH(int, techniques);
        QFETCH(int, categories);
        TechniqueTreeModel model;
        TechniqueFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTechniques(fixture(), {});
        proxy.setText(text);
        proxy.setComplexityRange(minimum, maximum);
        QCOMPARE(proxy.rowCount(), categories);
        QCOMPARE(visibleTechniques(proxy), techniques);
    }
};

ATHANOR_TEST(TechniqueTreeModelTest)
#include "tst_techniquetreemodel.moc"
