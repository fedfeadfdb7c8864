#include "TestRegistry.h"
#include "models/VariantTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace athanor;

namespace {

VariantOutcome variant(Phase phase, int index, double score, const QString& text, int round = 1)
{
    VariantOutcome v;
    v.phase = phase;
    v.index = index;
    v.round = round;
    v.temperature = 0.3 + index * 0.35;
    v.result.text = text;
    v.result.usage = {100, 50};
    v.result.latencyMs = 1234;
    v.score.total = score;
    v.promptId = QStringLiteral("id-") + text;
    return v;
}

} // namespace

class VariantTreeModelTest : public QObject
{
    Q_OBJECT
private slots:
    void buildsTheChainAsARunGoes()
    {
        VariantTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.startPhase(Phase::PrimaMateria);
        QCOMPARE(model.rowCount(), 1);
        model.addVariant(variant(Phase::PrimaMateria, 0, 0.61, "a"));
        model.addVariant(variant(Phase::PrimaMateria, 1, 0.72, "b"));
        model.setBest(Phase::PrimaMateria, 1);
        model.startPhase(Phase::PrimaMateria); // a second round stays under the same phase
        model.addVariant(variant(Phase::PrimaMateria, 0, 0.5, "c", 2));
        model.addVariant(variant(Phase::Coagulatio, 0, 0.8, "d")); // starts its phase row
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex prima = model.index(0, 0);
        QCOMPARE(model.rowCount(prima), 3);
        QCOMPARE(prima.data().toString(), QStringLiteral("Prima materia"));
        QCOMPARE(model.index(0, VariantTreeModel::Score).data().toString(), QStringLiteral("0.720"));
        QCOMPARE(prima.data(VariantTreeModel::ContentRole).toString(), QStringLiteral("b"));
        const QModelIndex best = model.index(1, 0, prima);
        QVERIFY(best.data(VariantTreeModel::IsBestRole).toBool());
        QVERIFY(best.data().toString().startsWith(QStringLiteral("★")));
        QVERIFY(!model.index(0, 0, prima).data(VariantTreeModel::IsBestRole).toBool());
        QCOMPARE(model.index(2, 0, prima).data().toString(), QStringLiteral("Variant 1 (round 2)"));
        QCOMPARE(model.index(1, VariantTreeModel::Tokens, prima).data().toString(), QStringLiteral("150"));
        QCOMPARE(model.index(1, VariantTreeModel::Latency, prima).data().toString(), QStringLiteral("1.2 s"));
        QCOMPARE(model.index(1, VariantTreeModel::Cost, prima).data().toString(), QString()); // unknown price
        QCOMPARE(model.variant(best)->result.text, QStringLiteral("b"));
        QCOMPARE(model.variant(prima), nullptr);
        QCOMPARE(best.parent(), prima);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void failedVariantsSayWhy()
    {
        VariantTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VariantOutcome failed = variant(Phase::Solutio, 0, 0, QString());
        failed.error = QStringLiteral("OpenAI had a server error (HTTP 500)");
        failed.promptId.clear();
        model.addVariant(failed);
        const QModelIndex row = model.index(0, 0, model.index(0, 0));
        QVERIFY(row.data().toString().contains(QStringLiteral("failed")));
        QCOMPARE(row.data(VariantTreeModel::ContentRole).toString(), failed.error);
        QCOMPARE(model.index(0, VariantTreeModel::Score, model.index(0, 0)).data().toString(), QString());
    }
};

ATHANOR_TEST(VariantTreeModelTest)
#include "tst_varianttreemodel.moc"
