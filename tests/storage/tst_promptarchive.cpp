#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/PromptArchive.h"
#include "storage/PromptQueries.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QSqlRecord>
#include <QTest>

using namespace athanor;

namespace {

// Everything the database holds about prompts, as text, to compare before and after.
QString dump(const QSqlDatabase& db)
{
    QStringList lines;
    for (const char* sql :
         {"SELECT seq, id, content, tags, parent_id, title, source, created_at, updated_at FROM prompts ORDER BY seq",
          "SELECT prompt_id, context_type, content FROM prompt_context ORDER BY rowid",
          "SELECT rowid, prompt_id, rating FROM learning_feedback ORDER BY rowid",
          "SELECT id, original_prompt_id, enhanced_prompt_id FROM prompt_history ORDER BY id",
          "SELECT rowid, content FROM prompts_fts ORDER BY rowid"}) {
        auto q = runSql(db, QString::fromLatin1(sql));
        if (!q)
            return q.error().message();
        while (q->next()) {
            QStringList row;
            for (int i = 0; i < q->record().count(); ++i)
                row << q->value(i).toString();
            lines << row.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class PromptArchiveTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_parent, m_child, m_grandchild, m_other;

    QString add(const QString& content, const QString& parent = {})
    {
        Prompt p;
        p.content = content;
        p.parentId = parent;
        p.tags = {QStringLiteral("t")};
        auto id = PromptRepository(m_db->database()).add(p);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        return *id;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_parent = add(QStringLiteral("Explain recursion to a child."));
        m_child = add(QStringLiteral("Explain recursion to a child, with an example."), m_parent);
        m_grandchild = add(QStringLiteral("Explain recursion with a drawing."), m_child);
        m_other = add(QStringLiteral("List three rivers in France."));
        PromptRepository prompts(m_db->database());
        QVERIFY(prompts.addContext(m_child, QStringLiteral("system"), QStringLiteral("You are a teacher.")).ok());
        QVERIFY(runSql(m_db->connection(), "INSERT INTO learning_feedback (id, prompt_id, rating) VALUES (?, ?, 4)",
                       {QStringLiteral("f0000000-0000-0000-0000-000000000001"), m_child}).ok());
        QVERIFY(runSql(m_db->connection(),
                       "INSERT INTO prompt_history (id, session_id, original_prompt, original_length, enhanced_prompt, "
                       "enhanced_length, techniques_applied, original_prompt_id, enhanced_prompt_id) "
                       "VALUES ('h0000000-0000-0000-0000-000000000001', 's', 'x', 1, 'y', 1, '[]', ?, ?)",
                       {m_parent, m_child}).ok());
    }

    void removeThenRestoreGivesBackEverything()
    {
        const QString before = dump(m_db->connection());
        auto snapshot = PromptArchive(m_db->database()).remove({m_child});
        QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().message()));
        QCOMPARE(snapshot->ids, QStringList{m_child});
        QCOMPARE(snapshot->seqs.size(), 1);
        PromptRepository prompts(m_db->database());
        QVERIFY(!prompts.find(m_child));
        QCOMPARE(prompts.find(m_grandchild)->parentId, QString()); // ON DELETE SET NULL
        QCOMPARE(*prompts.count(), 3);
        QVERIFY(dump(m_db->connection()) != before);

        QVERIFY(PromptArchive(m_db->database()).restore(*snapshot).ok());
        QCOMPARE(dump(m_db->connection()), before);
        QCOMPARE(prompts.find(m_grandchild)->parentId, m_child);
        auto hits = PromptQueries(m_db->database()).search(QStringLiteral("example"), 5);
        QCOMPARE(hits->size(), 1); // back in the full-text index
        QCOMPARE(hits->first().id, m_child);
    }

    void removingAChainRestoresItsLinks()
    {
        const QString before = dump(m_db->connection());
        // Children before parents in the list: restore must still put the links back.
        auto snapshot = PromptArchive(m_db->database()).remove({m_grandchild, m_parent, m_child});
        QVERIFY(snapshot.ok());
        QCOMPARE(*PromptRepository(m_db->database()).count(), 1);
        QVERIFY(PromptArchive(m_db->database()).restore(*snapshot).ok());
        QCOMPARE(dump(m_db->connection()), before);
    }

    void unknownIdDeletesNothing()
    {
        const QString before = dump(m_db->connection());
        auto snapshot = PromptArchive(m_db->database()).remove({m_other, QStringLiteral("00000000-0000-0000-0000-000000000000")});
        QVERIFY(!snapshot.ok());
        QVERIFY(snapshot.error().message().contains(QStringLiteral("nothing was deleted")));
        QCOMPARE(dump(m_db->connection()), before);
    }

    void restoredPromptsAreEmbeddedAgain()
    {
        QVERIFY(runSql(m_db->connection(), "UPDATE prompts SET embedding = x'00', embedding_model = 'm' WHERE id = ?",
                       {m_other}).ok());
        auto snapshot = PromptArchive(m_db->database()).remove({m_other});
        QVERIFY(snapshot.ok());
        QVERIFY(PromptArchive(m_db->database()).restore(*snapshot).ok());
        auto q = runSql(m_db->connection(), "SELECT embedding IS NULL, embedding_model IS NULL FROM prompts WHERE id = ?",
                        {m_other});
        QVERIFY(q->next());
        QVERIFY(q->value(0).toBool());
        QVERIFY(q->value(1).toBool());
    }

    void restoreOverAnExistingPromptFailsWhole()
    {
        auto snapshot = PromptArchive(m_db->database()).remove({m_other, m_grandchild});
        QVERIFY(snapshot.ok());
        // Someone re-added one of them meanwhile: its hash is taken, the restore is all or nothing.
        add(QStringLiteral("List three rivers in France."));
        QVERIFY(!PromptArchive(m_db->database()).restore(*snapshot).ok());
        QVERIFY(!PromptRepository(m_db->database()).find(m_grandchild));
    }
};

ATHANOR_TEST(PromptArchiveTest)
#include "tst_promptarchive.moc"
