#include "TestRegistry.h"
#include "models/TemplateListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace athanor;

namespace {

PromptTemplate promptTemplate(const QString& name, const QStringList& intents, double quality, int uses,
                              int version)
{
    PromptTemplate t;
    t.id = name + QStringLiteral("-id");
    t.familyId = name + QStringLiteral("-family");
    t.name = name;
    t.description = QStringLiteral("About %1").arg(name.toLower());
    t.intents = intents;
    t.tags = {QStringLiteral("tag-%1").arg(name.toLower())};
    t.qualityScore = quality;
    t.usageCount = uses;
    t.version = version;
    t.official = version == 1;
    return t;
}

} // namespace

class TemplateListModelTest : public QObject
{
    Q_OBJECT
private slots:
    void columnsAndRoles()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(TemplateListModel::ColumnCount));

        model.setTemplates({promptTemplate("Review", {"code.review", "code"}, 0.9, 12, 1),
                            promptTemplate("Plot", {"creative.writing"}, 0.755, 0, 3),
                            promptTemplate("Bare", {}, 1.0, 2, 1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);

        QCOMPARE(model.headerData(TemplateListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model.headerData(TemplateListModel::IntentColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Intent"));
        QCOMPARE(model.headerData(TemplateListModel::QualityColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Quality"));
        QCOMPARE(model.headerData(TemplateListModel::UsesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Uses"));
        QCOMPARE(model.headerData(TemplateListModel::VersionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Version"));

        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, TemplateListModel::NameColumn).toString(), QStringLiteral("Review"));
        QCOMPARE(cell(0, TemplateListModel::IntentColumn).toString(),
                 QStringLiteral("code.review")); // the first
        QCOMPARE(cell(2, TemplateListModel::IntentColumn).toString(), QString());
        QCOMPARE(cell(0, TemplateListModel::QualityColumn).toString(), QStringLiteral("0.90"));
        QCOMPARE(cell(2, TemplateListModel::QualityColumn).toString(), QStringLiteral("1.00"));
        QCOMPARE(cell(0, TemplateListModel::UsesColumn).toInt(), 12);
        QCOMPARE(cell(0, TemplateListModel::VersionColumn).toString(), QStringLiteral("v1"));
        QVERIFY(cell(1, TemplateListModel::VersionColumn).toString().startsWith("v3"));

        // Numbers sort as numbers.
        QCOMPARE(cell(1, TemplateListModel::QualityColumn, TemplateListModel::SortRole).toDouble(), 0.755);
        QCOMPARE(cell(1, TemplateListModel::VersionColumn, TemplateListModel::SortRole).toInt(), 3);
        QCOMPARE(cell(0, TemplateListModel::UsesColumn, TemplateListModel::SortRole).toInt(), 12);

        QCOMPARE(cell(1, TemplateListModel::IntentColumn, TemplateListModel::IdRole).toString(),
                 QStringLiteral("Plot-id"));
        QCOMPARE(cell(1, TemplateListModel::NameColumn, TemplateListModel::FamilyIdRole).toString(),
                 QStringLiteral("Plot-family"));
        QCOMPARE(cell(0, 0, TemplateListModel::IntentsRole).toString(), QStringLiteral("code.review code"));
        const QString search = cell(0, 0, TemplateListModel::SearchTextRole).toString();
        for (const char* part : {"Review", "About review", "tag-review", "code.review"})
            QVERIFY2(search.contains(QLatin1String(part)), part);
        QCOMPARE(cell(0, 0, Qt::ToolTipRole).toString(), QStringLiteral("About review"));

        QCOMPARE(model.rowOfFamily("Bare-family"), 2);
        QCOMPARE(model.rowOfFamily("nope"), -1);
        QCOMPARE(model.promptTemplate(1).name, QStringLiteral("Plot"));
        QVERIFY(!model.index(0, 0).data(Qt::EditRole).isValid());
        QVERIFY(!model.roleNames().value(TemplateListModel::SearchTextRole).isEmpty());
    }

    void setTemplatesResets()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTemplates({promptTemplate("A", {"x"}, 0.5, 1, 1), promptTemplate("B", {"y"}, 0.5, 1, 1)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.setTemplates({promptTemplate("C", {"z"}, 0.5, 1, 1)});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("C"));
        model.setTemplates({});
        QCOMPARE(model.rowCount(), 0);
    }
};

ATHANOR_TEST(TemplateListModelTest)
#include "tst_templatelistmodel.moc"
