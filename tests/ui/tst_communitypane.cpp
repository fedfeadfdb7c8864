#include "CommunityPaneDriver.h"
#include "PgServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/PromptRepository.h"
#include "storage/ServerSettings.h"
#include "storage/SqlHelpers.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <memory>

using namespace athanor;
using namespace athanor::test;

// The Community pane against a real PostgreSQL, driven through its widgets: the offline banner
// over the cache, publishing (pending: the author sees it, nobody else does), a moderator's
// queue (feature, verify, approve), another user liking, saving and remixing (a library copy
// whose context names the original), search and sort, and the server stopping under the pane.
class CommunityPaneTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PgServer> m_server;
    QMap<QString, ServerUrl> m_urls;
    QMap<QString, std::shared_ptr<test::TempDatabase>> m_libraries;
    QString m_triage; // the community ids of Ann's two prompts
    QString m_haiku;

    // The pane's settings point at this user's account, as Edit ▸ Server… would leave them.
    void as(const QString& user)
    {
        (void)ServerSettings::save(m_urls.value(user)); // no keychain: kept for this run
        QVERIFY(ServerSettings::load().has_value());
    }
    std::shared_ptr<Database> library(const QString& user)
    {
        if (!m_libraries.contains(user))
            m_libraries.insert(user, std::make_shared<test::TempDatabase>());
        return m_libraries.value(user)->database();
    }
    std::unique_ptr<CommunityPane> open(const QString& user) { return openPane(library(user)); }

private slots:
    void initTestCase()
    {
        qputenv("ATHANOR_KEYCHAIN", "off");
        qunsetenv("PGPASSWORD");
        ServerSettings::forget();
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        QVERIFY2(m_server->initSchema(), qPrintable(m_server->error()));
        const QStringList users{QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("mod")};
        for (const QString& name : users) {
            const ServerUrl url = m_server->addUser(name, name == QLatin1String("mod"));
            QVERIFY2(!url.user.isEmpty(), qPrintable(m_server->error()));
            m_urls.insert(name, url);
        }
    }
    void cleanupTestCase()
    {
        ServerSettings::forget();
        m_libraries.clear();
        m_server.reset();
    }

    void offlineShowsTheCache_data()
    {
        QTest::addColumn<int>("cached");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nothing cached") << 0 << "0 prompts";
        QTest::newRow("one") << 1 << "1 prompt";
        QTest::newRow("three") << 3 << "3 prompts";
    }
    void offlineShowsTheCache()
    {
        QFETCH(int, cached);
        QFETCH(QString, shown);
        ServerSettings::forget();
        test::TempDatabase db;
        for (int i = 0; i < cached; ++i)
            QVERIFY(runSql(db.connection(),
                           "INSERT INTO community_prompts (id, title, original_prompt, enhanced_prompt, "
                           "techniques_used, category, likes, moderation_status, author_name) VALUES "
                           "(?, ?, 'Write it.', ?, '[\"role_prompting\"]', 'writing', ?, 'approved', 'zoe')",
                           {QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i),
                            QStringLiteral("Cached %1").arg(i),
                            QStringLiteral("You are a poet. Write it %1.").arg(i), i})
                        .ok());
        auto opened = openPane(db.database());
        QVERIFY(opened);
        CommunityPane& pane = *opened;
        QVERIFY(!pane.isOnline());
        QCOMPARE(pane.bannerText(), QStringLiteral("Not connected — showing the %1 cached on this computer. "
                                                   "Set a server in Edit ▸ Server…")
                                        .arg(shown));
        QCOMPARE(pane.model()->rowCount(), cached);
        QCOMPARE(pane.findChild<QLabel*>("communityEmpty")->isVisible(), cached == 0);
        if (cached > 0) {
            QCOMPARE(pane.currentId(), pane.model()->prompt(0).id);
            QCOMPARE(pane.model()->prompt(0).author, QStringLiteral("zoe"));
            QVERIFY(pane.findChild<QTextBrowser*>("communityDetailText")
                        ->toPlainText()
                        .contains("You are a poet."));
            QVERIFY(!pane.findChild<QPushButton*>("communityLike")->isEnabled()); // no server to ask
            QVERIFY(!pane.findChild<QPushButton*>("communityRemix")->isEnabled());
        }
    }

    void publishIsPendingAndOnlyTheAuthorSeesIt()
    {
        PromptRepository prompts(library("ann"));
        Prompt triage;
        triage.title = QStringLiteral("Triage bugs");
        triage.content =
            QStringLiteral("Triage these bug reports by severity and suggest an owner for each.");
        triage.tags = QStringList{QStringLiteral("bugs")};
        auto triageId = prompts.add(triage);
        QVERIFY(triageId.ok());
        Prompt haiku;
        haiku.content = QStringLiteral("Write a haiku about the sea at dawn.");
        auto haikuId = prompts.add(haiku);
        QVERIFY(haikuId.ok());

        as("ann");
        auto pane = open("ann");
        QVERIFY(pane);
        QVERIFY(pane->isOnline());
        QCOMPARE(pane->bannerText(), QString());
        QCOMPARE(pane->model()->rowCount(), 0);

        // The dialog fills in the prompt's title, refuses an empty one, and says so in itself.
        QPointer<PublishDialog> dialog = pane->publishPrompt(*triageId);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->findChild<QLineEdit*>("publishTitle")->text(), QStringLiteral("Triage bugs"));
        dialog->findChild<QLineEdit*>("publishTitle")->clear();
        QTest::mouseClick(dialog->findChild<QPushButton*>("publishOk"), Qt::LeftButton);
        QCOMPARE(dialog->error(), QStringLiteral("A published prompt needs a title."));
        dialog->findChild<QLineEdit*>("publishPromptId")->setText(QStringLiteral("no-such-prompt"));
        QVERIFY(!dialog->findChild<QPushButton*>("publishOk")->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton*>("publishCancel"), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        m_triage = publish(*pane, *triageId, QStringLiteral("Bug triage"), QStringLiteral("engineering"));
        QVERIFY(!m_triage.isEmpty());
        m_haiku = publish(*pane, *haikuId, QStringLiteral("Sea haiku"), QStringLiteral("creative"));
        QVERIFY(!m_haiku.isEmpty());
        QCOMPARE(role(*pane, m_triage, CommunityListModel::StatusRole).toString(), QStringLiteral("pending"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::AuthorRole).toString(), QStringLiteral("ann"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::CategoryRole).toString(),
                 QStringLiteral("engineering"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::BadgesRole).toString(), QStringLiteral("pending"));
        QVERIFY(text(*pane, "communityMessage").contains("pending until a moderator approves it"));
        QVERIFY(pane->selectPrompt(m_triage));
        QVERIFY(!pane->findChild<QPushButton*>("communityLike")->isEnabled()); // not approved yet

        as("ben");
        auto other = open("ben");
        QVERIFY(other);
        QCOMPARE(other->model()->rowOf(m_triage), -1);
        QCOMPARE(other->model()->rowCount(), 0);
        // Ben is no moderator: no queue button; and a queue asked for anyway comes back empty.
        auto* queue = other->findChild<QToolButton*>("communityQueue");
        QVERIFY(!queue->isVisible());
        QSignalSpy loaded(other.get(), &CommunityPane::loaded);
        queue->setChecked(true);
        QVERIFY(arrived(loaded));
        QCOMPARE(other->model()->rowCount(), 0);
        QVERIFY(other->findChild<QLabel*>("communityEmpty")->isVisible());
        QVERIFY(text(*other, "communityEmpty").contains("Only moderators see the queue"));
    }

    void moderatorApprovesFromTheQueue()
    {
        QVERIFY(!m_triage.isEmpty());
        as("mod");
        auto pane = open("mod");
        QVERIFY(pane);
        QCOMPARE(pane->model()->rowOf(m_triage), -1); // pending: not in the public list
        QVERIFY(!pane->findChild<QWidget*>("communityModeration")->isVisible());
        QVERIFY(pane->findChild<QToolButton*>("communityQueue")->isVisible()); // a moderator
        QSignalSpy loaded(pane.get(), &CommunityPane::loaded);
        QTest::mouseClick(pane->findChild<QToolButton*>("communityQueue"), Qt::LeftButton);
        QVERIFY(arrived(loaded));
        QCOMPARE(pane->model()->rowCount(), 2);
        QVERIFY(pane->findChild<QWidget*>("communityModeration")->isVisible());
        QVERIFY(pane->selectPrompt(m_triage));
        QVERIFY(!pane->findChild<QPushButton*>("communityLike")->isEnabled());
        QVERIFY(press(*pane, "communityFeature"));
        QVERIFY(role(*pane, m_triage, CommunityListModel::FeaturedRole).toBool());
        QCOMPARE(button(*pane, "communityFeature"), QStringLiteral("Unfeature"));
        QVERIFY(press(*pane, "communityVerify"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::BadgesRole).toString(),
                 QStringLiteral("★ ✓ pending"));
        QVERIFY(press(*pane, "communityApprove"));
        QCOMPARE(pane->model()->rowOf(m_triage), -1); // it left the queue
        QVERIFY(text(*pane, "communityMessage").startsWith("Approved “Bug triage”"));
        QVERIFY(pane->selectPrompt(m_haiku));
        QVERIFY(press(*pane, "communityApprove"));
        QCOMPARE(pane->model()->rowCount(), 0);
        QVERIFY(text(*pane, "communityEmpty").contains("Nothing is waiting for approval"));

        // Out of the queue both are listed, badges and all.
        loaded.clear();
        QTest::mouseClick(pane->findChild<QToolButton*>("communityQueue"), Qt::LeftButton);
        QVERIFY(arrived(loaded));
        QCOMPARE(pane->model()->rowCount(), 2);
        QCOMPARE(role(*pane, m_triage, CommunityListModel::BadgesRole).toString(), QStringLiteral("★ ✓"));
    }

    void anotherUserLikesSavesAndRemixes()
    {
        QVERIFY(!m_triage.isEmpty());
        as("ben");
        auto pane = open("ben");
        QVERIFY(pane);
        QCOMPARE(pane->model()->rowCount(), 2);
        QCOMPARE(pane->model()->prompt(0).id, m_triage); // featured first
        QVERIFY(pane->selectPrompt(m_triage));
        QVERIFY(pane->findChild<QTextBrowser*>("communityDetailText")
                    ->toPlainText()
                    .contains("Triage these bug reports"));
        QCOMPARE(button(*pane, "communityLike"), QStringLiteral("Like"));
        QVERIFY(press(*pane, "communityLike"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::LikesRole).toInt(), 1);
        QVERIFY(role(*pane, m_triage, CommunityListModel::LikedRole).toBool());
        QCOMPARE(button(*pane, "communityLike"), QStringLiteral("Unlike"));
        QVERIFY(press(*pane, "communityLike")); // taken back
        QCOMPARE(role(*pane, m_triage, CommunityListModel::LikesRole).toInt(), 0);
        QCOMPARE(button(*pane, "communityLike"), QStringLiteral("Like"));
        QVERIFY(press(*pane, "communityLike"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::LikesRole).toInt(), 1);
        QVERIFY(press(*pane, "communitySave"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::SavesRole).toInt(), 1);
        QCOMPARE(button(*pane, "communitySave"), QStringLiteral("Unsave"));

        QSignalSpy remixed(pane.get(), &CommunityPane::remixed);
        QVERIFY(press(*pane, "communityRemix"));
        QCOMPARE(remixed.size(), 1);
        const QString copy = remixed.at(0).at(0).toString();
        QVERIFY(text(*pane, "communityMessage").startsWith("Remixed into your library"));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::RemixesRole).toInt(), 1);
        PromptRepository prompts(library("ben"));
        const std::optional<Prompt> local = prompts.find(copy);
        QVERIFY(local.has_value());
        QVERIFY(local->content.contains("Triage these bug reports"));
        auto context = prompts.context(copy);
        QVERIFY(context.ok());
        bool lineage = false;
        for (const auto& [type, content] : *context)
            lineage = lineage || (type == QLatin1String("remix_of") && content.contains(m_triage));
        QVERIFY(lineage);

        // The counts are the server's: Ben lists them again, Ann sees them in her own pane.
        QVERIFY(reload(*pane));
        QCOMPARE(role(*pane, m_triage, CommunityListModel::RemixesRole).toInt(), 1);
        QVERIFY(role(*pane, m_triage, CommunityListModel::SavedRole).toBool());
        pane.reset();
        as("ann");
        auto author = open("ann");
        QVERIFY(author);
        QCOMPARE(role(*author, m_triage, CommunityListModel::LikesRole).toInt(), 1);
        QCOMPARE(role(*author, m_triage, CommunityListModel::SavesRole).toInt(), 1);
        QCOMPARE(role(*author, m_triage, CommunityListModel::RemixesRole).toInt(), 1);
        QVERIFY(!role(*author, m_triage, CommunityListModel::LikedRole).toBool());
    }

    void searchAndSortNarrowTheList()
    {
        QVERIFY(!m_triage.isEmpty());
        as("ben");
        auto pane = open("ben");
        QVERIFY(pane);
        QCOMPARE(pane->model()->rowCount(), 2);
        auto* search = pane->findChild<QLineEdit*>("communitySearch");
        QSignalSpy loaded(pane.get(), &CommunityPane::loaded);
        QTest::keyClicks(search, "severity");
        QVERIFY(arrived(loaded)); // after a short pause in typing
        QCOMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(pane->model()->prompt(0).id, m_triage);
        search->clear();
        loaded.clear();
        QTest::keyClicks(search, "harpsichord");
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(arrived(loaded));
        QCOMPARE(pane->model()->rowCount(), 0);
        QVERIFY(text(*pane, "communityEmpty").contains("No community prompt matches “harpsichord”"));
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 2, 30000);

        auto* sort = pane->findChild<QComboBox*>("communitySort");
        const QStringList orders{QStringLiteral("Top"), QStringLiteral("New"), QStringLiteral("Trending")};
        for (const QString& order : orders) {
            loaded.clear();
            sort->setCurrentIndex(sort->findText(order));
            QVERIFY2(arrived(loaded), qPrintable(order));
            QCOMPARE(pane->model()->rowCount(), 2);
            QCOMPARE(pane->model()->prompt(0).id, m_triage); // liked, saved and featured
        }
    }

    void deadServerShowsTheCache()
    {
        QVERIFY(!m_triage.isEmpty());
        as("ben");
        auto pane = open("ben");
        QVERIFY(pane);
        QVERIFY(pane->isOnline());
        QVERIFY(pane->selectPrompt(m_haiku));
        QVERIFY(m_server->stop());
        QVERIFY(!press(*pane, "communityLike")); // refused, said in the pane
        QVERIFY(text(*pane, "communityMessage").contains("cannot connect to the server"));
        QVERIFY(reload(*pane));
        QVERIFY(!pane->isOnline());
        QVERIFY2(pane->bannerText().startsWith("The server cannot be reached: cannot connect to the server"),
                 qPrintable(pane->bannerText()));
        QVERIFY(pane->bannerText().endsWith("Showing the cache."));
        QVERIFY(pane->model()->rowOf(m_triage) >= 0);
        QVERIFY(pane->model()->rowOf(m_haiku) >= 0);
        QVERIFY(!pane->findChild<QPushButton*>("communityLike")->isEnabled());
        QSignalSpy loaded(pane.get(), &CommunityPane::loaded);
        QTest::keyClicks(pane->findChild<QLineEdit*>("communitySearch"), "haiku");
        QTest::keyClick(pane->findChild<QLineEdit*>("communitySearch"), Qt::Key_Return);
        QVERIFY(arrived(loaded));
        QCOMPARE(pane->model()->rowCount(), 1); // searched in the cache
        QCOMPARE(pane->model()->prompt(0).id, m_haiku);
        QVERIFY(m_server->start());
        QVERIFY(reload(*pane));
        QVERIFY(pane->isOnline());
        QCOMPARE(pane->bannerText(), QString());
    }
};

ATHANOR_TEST(CommunityPaneTest)
#include "tst_communitypane.moc"
