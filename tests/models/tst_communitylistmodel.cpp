#include "TestRegistry.h"
#include "models/CommunityListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace athanor;

namespace {

CommunityPrompt prompt(const QString& id, const QString& title)
{
    CommunityPrompt p;
    p.id = id;
    p.title = title;
    p.author = QStringLiteral("ann");
    p.description = QStringLiteral("Sorts bug reports.");
    p.original = QStringLiteral("Triage these bugs.");
    p.enhanced = QStringLiteral("You are a triage lead. Triage these bugs by severity.");
    p.techniques = QStringList{QStringLiteral("role_prompting"), QStringLiteral("chain_of_thought")};
    p.tags = QStringList{QStringLiteral("bugs")};
    p.category = QStringLiteral("engineering");
    p.likes = 3;
    p.saves = 2;
    p.remixes = 1;
    p.trending = 5;
    p.featured = true;
    p.verified = false;
    p.status = QStringLiteral("approved");
    p.liked = true;
    p.saved = false;
    p.createdAt = QStringLiteral("2024-05-01T10:00:00.000Z");
    return p;
}

} // namespace

// The Community pane's list model: every role of a row, the badges, one row updated in place
// after a like or save, a row removed when it leaves the moderation queue, and resets.
class CommunityListModelTest : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel()
    {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(!model.updatePrompt(prompt(QStringLiteral("nope"), QStringLiteral("x"))));
        QVERIFY(!model.removePrompt(QStringLiteral("nope")));
    }

    void roles_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("display") << int(Qt::DisplayRole) << QVariant(QStringLiteral("Bug triage"));
        QTest::newRow("id") << int(CommunityListModel::IdRole) << QVariant(QStringLiteral("a"));
        QTest::newRow("title") << int(CommunityListModel::TitleRole)
                               << QVariant(QStringLiteral("Bug triage"));
        QTest::newRow("author") << int(CommunityListModel::AuthorRole) << QVariant(QStringLiteral("ann"));
        QTest::newRow("tooltip") << int(Qt::ToolTipRole) << QVariant(QStringLiteral("Sorts bug reports."));
        QTest::newRow("content") << int(CommunityListModel::ContentRole)
                                 << QVariant(QStringLiteral(
                                        "You are a triage lead. Triage these bugs by severity."));
        QTest::newRow("original") << int(CommunityListModel::OriginalRole)
                                  << QVariant(QStringLiteral("Triage these bugs."));
        QTest::newRow("techniques") << int(CommunityListModel::TechniquesRole)
                                    << QVariant(QStringList{QStringLiteral("role_prompting"),
                                                            QStringLiteral("chain_of_thought")});
        QTest::newRow("tags") << int(CommunityListModel::TagsRole)
                              << QVariant(QStringList{QStringLiteral("bugs")});
        QTest::newRow("category") << int(CommunityListModel::CategoryRole)
                                  << QVariant(QStringLiteral("engineering"));
        QTest::newRow("likes") << int(CommunityListModel::LikesRole) << QVariant(3);
        QTest::newRow("saves") << int(CommunityListModel::SavesRole) << QVariant(2);
        QTest::newRow("remixes") << int(CommunityListModel::RemixesRole) << QVariant(1);
        QTest::newRow("trending") << int(CommunityListModel::TrendingRole) << QVariant(qint64(5));
        QTest::newRow("featured") << int(CommunityListModel::FeaturedRole) << QVariant(true);
        QTest::newRow("verified") << int(CommunityListModel::VerifiedRole) << QVariant(false);
        QTest::newRow("status") << int(CommunityListModel::StatusRole)
                                << QVariant(QStringLiteral("approved"));
        QTest::newRow("liked") << int(CommunityListModel::LikedRole) << QVariant(true);
        QTest::newRow("saved") << int(CommunityListModel::SavedRole) << QVariant(false);
        QTest::newRow("created") << int(CommunityListModel::CreatedRole)
                                 << QVariant(QStringLiteral("2024-05-01T10:00:00.000Z"));
        QTest::newRow("badges") << int(CommunityListModel::BadgesRole) << QVariant(QStringLiteral("★"));
        QTest::newRow("spoken") << int(Qt::AccessibleTextRole)
                                << QVariant(QStringLiteral(
                                       "Bug triage, by ann, featured, 3 likes, 2 saves, 1 remix"));
    }
    void roles()
    {
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        CommunityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPrompts({prompt(QStringLiteral("a"), QStringLiteral("Bug triage"))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(role), expected);
        QVERIFY(model.roleNames().contains(CommunityListModel::IdRole));
    }

    void badges_data()
    {
        QTest::addColumn<bool>("featured");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << false << false << "approved"
                               << "";
        QTest::newRow("featured") << true << false << "approved"
                                  << "★";
        QTest::newRow("verified") << false << true << "approved"
                                  << "✓";
        QTest::newRow("both") << true << true << "approved"
                              << "★ ✓";
        QTest::newRow("pending") << false << false << "pending"
                                 << "pending";
        QTest::newRow("featured, pending") << true << false << "pending"
                                           << "★ pending";
        QTest::newRow("rejected") << false << true << "rejected"
                                  << "✓ rejected";
    }
    void badges()
    {
        QFETCH(bool, featured);
        QFETCH(bool, verified);
        QFETCH(QString, status);
        QFETCH(QString, expected);
        CommunityPrompt p = prompt(QStringLiteral("a"), QStringLiteral("Bug triage"));
        p.featured = featured;
        p.verified = verified;
        p.status = status;
        QCOMPARE(CommunityListModel::badges(p), expected);
    }

    void updateChangesOneRow()
    {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPrompts({prompt(QStringLiteral("a"), QStringLiteral("First")),
                          prompt(QStringLiteral("b"), QStringLiteral("Second")),
                          prompt(QStringLiteral("c"), QStringLiteral("Third"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        CommunityPrompt liked = model.prompt(1);
        liked.likes = 4;
        liked.liked = true;
        liked.saved = true;
        QVERIFY(model.updatePrompt(liked));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(1).data(CommunityListModel::LikesRole).toInt(), 4);
        QCOMPARE(model.index(1).data(CommunityListModel::SavedRole).toBool(), true);
        QCOMPARE(model.index(0).data(CommunityListModel::LikesRole).toInt(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
    }

    void removeDropsTheRow()
    {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPrompts({prompt(QStringLiteral("a"), QStringLiteral("First")),
                          prompt(QStringLiteral("b"), QStringLiteral("Second"))});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.removePrompt(QStringLiteral("a")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Second"));
        QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
    }

    void setPromptsResets()
    {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPrompts({prompt(QStringLiteral("a"), QStringLiteral("First"))});
        model.setPrompts({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0).isValid());
    }
};

ATHANOR_TEST(CommunityListModelTest)
#include "tst_communitylistmodel.moc"
