#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/search/FtsQuery.h"
#include "storage/PromptArchive.h"
#include "storage/PromptQueries.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QTest>

using namespace athanor;
using Sort = PromptQueries::Sort;

Q_DECLARE_METATYPE(PromptQueries::Sort)

class PromptQueriesTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        PromptRepository prompts(m_db->database());
        // Ten prompts, seq 1..10, with uses 0,1,2,0,1,2,... so that ties need the seq to break them.
        for (int i = 1; i <= 10; ++i) {
            Prompt p;
            p.content = QStringLiteral("prompt number %1").arg(i);
            p.phase = i % 2 ? QStringLiteral("solutio") : QString();
            p.provider = i <= 3 ? QStringLiteral("ollama") : QStringLiteral("openai");
            p.model = i <= 3 ? QStringLiteral("llama3") : QStringLiteral("gpt-4o");
            p.tags = i % 3 == 0 ? QStringList{QStringLiteral("three"), QStringLiteral("all")}
                                : QStringList{QStringLiteral("all")};
            QVERIFY(prompts.add(p).ok());
            QVERIFY(runSql(m_db->connection(), "UPDATE prompts SET usage_count = ? WHERE seq = ?",
                           {(i - 1) % 3, i})
                        .ok());
        }
    }

    void pagesFollowTheSortOrder_data()
    {
        QTest::addColumn<Sort>("sort");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("newest") << Sort::Newest << QList<qint64>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        QTest::newRow("oldest") << Sort::Oldest << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QTest::newRow("most used") << Sort::MostUsed << QList<qint64>{9, 6, 3, 8, 5, 2, 10, 7, 4, 1};
        QTest::newRow("least used") << Sort::LeastUsed << QList<qint64>{1, 4, 7, 10, 2, 5, 8, 3, 6, 9};
    }
    void pagesFollowTheSortOrder()
    {
        QFETCH(Sort, sort);
        QFETCH(QList<qint64>, expected);
        // Pages of 3 stitched together must equal the whole order: the cursor never skips or repeats.
        PromptQueries queries(m_db->database());
        QList<qint64> seen;
        PromptQueries::Cursor cursor;
        for (int guard = 0; guard < 10; ++guard) {
            auto page = queries.page({}, sort, cursor, 3);
            QVERIFY(page.ok());
            for (const PromptSummary& s : *page)
                seen << s.seq;
            if (page->size() < 3)
                break;
            cursor = PromptQueries::Cursor::after(page->last());
        }
        QCOMPARE(seen, expected);
    }

    void filtersCombine()
    {
        PromptQueries::Filter filter;
        filter.tag = QStringLiteral("three");
        filter.provider = QStringLiteral("openai");
        auto page = PromptQueries(m_db->database()).page(filter, Sort::Oldest, {}, 50);
        QVERIFY(page.ok());
        QList<qint64> seqs;
        for (const auto& s : *page)
            seqs << s.seq;
        QCOMPARE(seqs, (QList<qint64>{6, 9}));
    }

    void tagIndexFollowsEditsDeletesAndRestores()
    {
        PromptQueries queries(m_db->database());
        PromptRepository prompts(m_db->database());
        auto idOf = [&](qint64 seq) {
            auto q = runSql(m_db->connection(), "SELECT id FROM prompts WHERE seq = ?", {seq});
            return q && q->next() ? q->value(0).toString() : QString();
        };
        auto tagged = [&](const QString& tag) {
            PromptQueries::Filter filter;
            filter.tag = tag;
            QList<qint64> seqs;
            const auto page = queries.page(filter, Sort::Newest, {}, 50);
            if (!page)
                return seqs;
            for (const PromptSummary& s : page.value())
                seqs << s.seq;
            return seqs;
        };
        QCOMPARE(tagged("three"), (QList<qint64>{9, 6, 3}));
        QVERIFY(prompts.setTags(idOf(9), {QStringLiteral("rare")}).ok());
        QCOMPARE(tagged("three"), (QList<qint64>{6, 3}));
        QCOMPARE(tagged("rare"), QList<qint64>{9});
        QVERIFY(prompts.addTags(idOf(2), {QStringLiteral("rare")}).ok());
        QCOMPARE(tagged("rare"), (QList<qint64>{9, 2}));
        auto snapshot = PromptArchive(m_db->database()).remove({idOf(9)});
        QVERIFY(snapshot.ok());
        QCOMPARE(tagged("rare"), QList<qint64>{2});
        QVERIFY(PromptArchive(m_db->database()).restore(*snapshot).ok());
        QCOMPARE(tagged("rare"), (QList<qint64>{9, 2}));
        QCOMPARE(tagged("nowhere"), QList<qint64>{});
        // No row of the tag table outlives its prompt or its tag.
        auto orphans = runSql(m_db->connection(), "SELECT count(*) FROM prompt_tags t WHERE NOT EXISTS "
                                                  "(SELECT 1 FROM prompts p, json_each(p.tags) j "
                                                  "WHERE p.seq = t.seq AND j.value = t.tag)");
        QVERIFY(orphans && orphans->next());
        QCOMPARE(orphans->value(0).toInt(), 0);
    }

    void ftsQueryFromTypedText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("last word a prefix") << "python func"
                                            << "\"python\" \"func\"*";
        QTest::newRow("short last word whole") << "without a"
                                               << "\"without\" \"a\"";
        QTest::newRow("two letters whole") << "go to"
                                           << "\"go\" \"to\"";
        QTest::newRow("three letters prefix") << "rem"
                                              << "\"rem\"*";
        QTest::newRow("operators are words") << "NEAR(a b) OR c*"
                                             << "\"NEAR(a\" \"b)\" \"OR\" \"c*\"";
        QTest::newRow("quotes doubled") << "say \"hi\""
                                        << "\"say\" \"\"\"hi\"\"\"*";
        QTest::newRow("nothing searchable") << " -- ** "
                                            << "";
        // Found by fuzzing (tests/fuzz): a NUL inside a word ended the FTS5 query early.
        QTest::newRow("control characters separate words")
            << QStringLiteral("caf\u00e9n") + QChar(0) + QStringLiteral("x\u0007bell") << "\"caf\u00e9n\" \"x\" \"bell\"*";
    }
    void ftsQueryFromTypedText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(toFtsQuery(typed), query);
    }

    // FTS5's snippet() compares every match of a row with every other: a 1 MB prompt holding a
    // word 16,000 times took seconds. Long prompts get a snippet of the same form made here.
    void longPromptsGetTheSameKindOfSnippet_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("marked");
        QTest::addColumn<bool>("fromStart"); // the first word found is at the start
        QTest::newRow("a word") << "Zephyr" << "zephyr" << false;
        QTest::newRow("a prefix") << "zeph" << "zephyr" << false;
        QTest::newRow("two words") << "harbour zephyr" << "harbour" << true;
    }
    void longPromptsGetTheSameKindOfSnippet()
    {
        QFETCH(QString, query);
        QFETCH(QString, marked);
        QFETCH(bool, fromStart);
        QString content;
        for (int i = 0; content.size() < 200000; ++i)
            content += QStringLiteral("the harbour report %1, ").arg(i);
        content += QStringLiteral("and then a zephyr came over the harbour at dawn. ");
        content += QStringLiteral("the end of it all ").repeated(500);
        Prompt p;
        p.content = content;
        QVERIFY(PromptRepository(m_db->database()).add(p).ok());
        auto found = PromptQueries(m_db->database()).search(query, 5, 5);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        const QString snippet = found->first().snippet;
        QCOMPARE(snippet.startsWith(QStringLiteral("…")), !fromStart);
        QVERIFY2(snippet.endsWith(QStringLiteral("…")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QChar(kSnippetOpen) + marked + QChar(kSnippetClose)), qPrintable(snippet));
        QVERIFY(snippet.size() < 200);
        QCOMPARE(found->first().content, content);

        // A short prompt keeps FTS5's own snippet, in the same form.
        const QString shortOne = snippetOf(QStringLiteral("a zephyr came over the harbour"), toFtsPhrases(query));
        QVERIFY2(shortOne.contains(QChar(kSnippetOpen) + marked + QChar(kSnippetClose)), qPrintable(shortOne));
        QVERIFY(!shortOne.startsWith(QStringLiteral("…")));
    }

    void aCommonQueryIsRankedAmongItsNewestMatches()
    {
        // prompts 1..10 all say "prompt number"; only the oldest says "zebra".
        QVERIFY(
            runSql(m_db->connection(), "UPDATE prompts SET content = content || ' zebra zebra' WHERE seq = 1")
                .ok());
        PromptQueries queries(m_db->database());
        auto common = queries.search(QStringLiteral("prompt number"), 3, 4);
        QVERIFY(common.ok());
        QCOMPARE(common->size(), 3);
        QStringList newest;
        for (qint64 seq : {7, 8, 9, 10}) {
            auto q = runSql(m_db->connection(), "SELECT id FROM prompts WHERE seq = ?", {seq});
            QVERIFY(q && q->next());
            newest << q->value(0).toString();
        }
        for (const SearchHit& hit : *common) // a common phrase is ranked among the newest four
            QVERIFY2(newest.contains(hit.id), qPrintable(hit.content));
        QVERIFY(common->at(0).score >= common->at(1).score && common->at(1).score >= common->at(2).score);
        QVERIFY(common->at(0).snippet.contains(QChar(kSnippetOpen)));

        auto rare = queries.search(QStringLiteral("zebra"), 3, 4); // its only match, however old
        QVERIFY(rare.ok());
        QCOMPARE(rare->size(), 1);
        QVERIFY(rare->first().content.endsWith(QStringLiteral("zebra zebra")));
        // Without so small a bound, every match is ranked: all ten for a limit of ten.
        QCOMPARE(queries.search(QStringLiteral("prompt"), 10)->size(), 10);
    }

    // With the whole library inside the sample, the estimated document frequencies are the exact
    // ones, and athanor_rank gives FTS5's own bm25() scores.
    void rankingIsBm25WhenTheSampleCoversTheLibrary()
    {
        const QStringList extra{QStringLiteral("zebra zebra zebra prompt"), QStringLiteral("a zebra among many other words in a long prompt"),
                                QStringLiteral("zebra crossing"), QStringLiteral("zebras and numbers")};
        PromptRepository prompts(m_db->database());
        for (const QString& text : extra) {
            Prompt p;
            p.content = text;
            QVERIFY(prompts.add(p).ok());
        }
        PromptQueries queries(m_db->database());
        // (A prefix longer than four characters has its share taken from the word itself, so the
        // equality holds where the prefix matches that word only: "prompt" here, not "zebra", which
        // also matches "zebras".)
        const QStringList typed{QStringLiteral("zeb"), QStringLiteral("prompt zebr"), QStringLiteral("number prompt")};
        for (const QString& text : typed) {
            auto hits = queries.search(text, 20);
            QVERIFY(hits.ok());
            auto expected = runSql(m_db->connection(),
                                   "SELECT p.id, -bm25(prompts_fts) FROM prompts_fts f JOIN prompts p ON p.seq = f.rowid "
                                   "WHERE prompts_fts MATCH ? ORDER BY bm25(prompts_fts), f.rowid DESC",
                                   {toFtsQuery(text)});
            QVERIFY(expected.ok());
            int row = 0;
            while (expected->next()) {
                QVERIFY2(row < hits->size(), qPrintable(text));
                QCOMPARE(hits->at(row).id, expected->value(0).toString());
                QVERIFY2(qAbs(hits->at(row).score - expected->value(1).toDouble()) < 1e-9,
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(text).arg(hits->at(row).score).arg(expected->value(1).toDouble())));
                ++row;
            }
            QCOMPARE(row, int(hits->size()));
            QVERIFY(row > 0);
        }
        // Three zebras in a short prompt outrank one in a long one; a long prefix still finds "zebras".
        QCOMPARE(queries.search(QStringLiteral("zebra"), 1)->first().content, extra.first());
        QCOMPARE(queries.search(QStringLiteral("zebra"), 20)->size(), 4);
    }

    void offersDistinctValuesAndTags()
    {
        PromptQueries queries(m_db->database());
        QCOMPARE(*queries.distinctValues(QStringLiteral("provider")), (QStringList{"ollama", "openai"}));
        QCOMPARE(*queries.distinctValues(QStringLiteral("phase")), QStringList{"solutio"});
        QCOMPARE(*queries.distinctValues(QStringLiteral("model")), (QStringList{"gpt-4o", "llama3"}));
        // A column name is never SQL from outside.
        QVERIFY(!queries.distinctValues(QStringLiteral("content; DROP TABLE prompts")).ok());
        QCOMPARE(*queries.tags(10), (QStringList{"all", "three"}));
        QCOMPARE(*queries.tags(1), QStringList{"all"});
    }
};

ATHANOR_TEST(PromptQueriesTest)
#include "tst_promptqueries.moc"
