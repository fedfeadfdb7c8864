// The shipped catalog, linted: every technique complete, variables declared = used, examples and
// sources present, references resolvable, and the sizes the product promises.
#include "TestRegistry.h"
#include "core/catalog/CatalogLint.h"
#include "core/catalog/CatalogLoader.h"

#include <QSet>
#include <QTest>

using namespace athanor;

class CatalogDataTest : public QObject
{
    Q_OBJECT
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        auto loaded = CatalogLoader::loadDirectory();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
        m_catalog = *loaded;
    }

    void lintIsClean()
    {
        const QStringList problems = CatalogLint::check(m_catalog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

    void techniques()
    {
        QVERIFY(m_catalog.techniques.size() >= 30);
        const QStringList required{
            "zero_shot", "few_shot", "chain_of_thought", "zero_shot_cot", "tree_of_thoughts", "self_consistency", "react",
            "step_by_step", "role_prompting", "structured_output", "constraints", "emotional_stimulus",
            "analogical_reasoning", "step_back", "least_to_most", "plan_and_solve", "self_refine",
            "chain_of_verification", "generated_knowledge", "self_ask", "program_of_thoughts", "skeleton_of_thought",
            "rephrase_and_respond", "prompt_chaining", "delimiters", "output_prefill", "audience_persona",
            "meta_prompting", "contrastive_examples", "recursive_criticism"};
        for (const QString& code : required)
            QVERIFY2(m_catalog.technique(code), qPrintable("missing technique " + code));
        QSet<QString> categories;
        for (const Technique& t : m_catalog.techniques) {
            categories.insert(t.category);
            QVERIFY2(!t.examples.isEmpty() && !t.sources.isEmpty() && !t.patterns.isEmpty(), qPrintable(t.code));
        }
        QVERIFY(categories.size() >= 7);
    }

    void conflictsAreSymmetric()
    {
        for (const Technique& t : m_catalog.techniques)
            for (const QString& other : t.conflictsWith)
                QVERIFY2(m_catalog.technique(other)->conflictsWith.contains(t.code),
                         qPrintable(t.code + " conflicts with " + other + " but not the reverse"));
    }

    void taxonomy()
    {
        QSet<QString> parents;
        int topLevel = 0;
        for (const Intent& i : m_catalog.intents) {
            if (i.level() == 1)
                ++topLevel;
            parents.insert(i.parentPath());
        }
        QVERIFY(topLevel >= 10);
        for (const char* top : {"question_answering", "creative", "code", "data_analysis", "reasoning", "summarization",
                                "translation", "conversation", "planning", "problem_solving"})
            QVERIFY2(m_catalog.intent(QString::fromLatin1(top)), top);
        int leaves = 0;
        QSet<QString> examples;
        for (const Intent& i : m_catalog.intents) {
            if (parents.contains(i.path))
                continue;
            ++leaves;
            QVERIFY2(i.examples.size() >= 5, qPrintable(i.path));
            QVERIFY2(!i.keywords.isEmpty(), qPrintable(i.path));
            for (const QString& e : i.examples) {
                QVERIFY2(!examples.contains(e), qPrintable("duplicate example: " + e));
                examples.insert(e);
            }
        }
        QVERIFY2(leaves >= 40, qPrintable(QString::number(leaves)));
    }

    void effectivenessAndTemplates()
    {
        QVERIFY(m_catalog.effectiveness.size() >= 60);
        QVERIFY(m_catalog.templates.size() >= 40);
        QSet<QString> served;
        for (const PromptTemplate& t : m_catalog.templates)
            for (const QString& intent : t.intents)
                served.insert(intent.section('.', 0, 0));
        QVERIFY2(served.size() >= 10, "templates cover every top-level intent");
    }
};

ATHANOR_TEST(CatalogDataTest)
#include "tst_catalogdata.moc"
