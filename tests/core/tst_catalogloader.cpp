#include "TestRegistry.h"
#include "core/catalog/CatalogLoader.h"

#include <QTest>

using namespace athanor;

class CatalogLoaderTest : public QObject
{
    Q_OBJECT
private slots:
    void errorsSayFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        const QByteArray good = "- code: t\n"
                                "  name: T\n"
                                "  category: reasoning\n"
                                "  role: reasoning\n"
                                "  description: d\n"
                                "  complexity: 2\n"
                                "  base_effectiveness: 0.5\n"
                                "  when_to_use: [a]\n"
                                "  when_not_to_use: [b]\n"
                                "  apply: {section: reasoning, instruction: go}\n"
                                "  sources: [{title: x, authors: y, year: 2022, url: 'http://x', kind: paper}]\n"
                                "  patterns: [{name: p, template: '{{task}}', variables: [{name: task, type: text}]}]\n"
                                "  examples: [{before: a, after: b}]\n";
        QTest::newRow("not a list") << QByteArray("code: x\n") << "t.yaml:1" << "list";
        QTest::newRow("syntax") << QByteArray("- code: [unclosed\n") << "t.yaml:2" << "";
        QByteArray missing = good;
        missing.replace("  name: T\n", "");
        QTest::newRow("missing name") << missing << "t.yaml:1" << "missing 'name'";
        QByteArray badNumber = good;
        badNumber.replace("complexity: 2", "complexity: high");
        QTest::newRow("not a number") << badNumber << "t.yaml:6" << "'complexity' must be a number";
        QByteArray range = good;
        range.replace("base_effectiveness: 0.5", "base_effectiveness: 1.5");
        QTest::newRow("out of range") << range << "t.yaml:7" << "between 0 and 1";
        QByteArray type = good;
        type.replace("type: text", "type: colour");
        QTest::newRow("unknown variable type") << type << "t.yaml:12" << "unknown variable type 'colour'";
    }
    void errorsSayFileAndLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, where);
        QFETCH(QString, what);
        auto result = CatalogLoader::parseTechniques(yaml, "t.yaml");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, where);
        QVERIFY2(result.error().what.contains(what), qPrintable(result.error().what));
    }

    void intentCodesMustNest()
    {
        auto result = CatalogLoader::parseIntents("- code: a\n  name: A\n  children:\n    - code: b.c\n      name: C\n", "i.yaml");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, QStringLiteral("i.yaml:4"));
        QVERIFY(result.error().what.contains("parent"));

        auto ok = CatalogLoader::parseIntents("- code: a\n  name: A\n  children:\n    - code: a.b\n      name: B\n", "i.yaml");
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 2);
        QCOMPARE(ok->at(1).parentPath(), QStringLiteral("a"));
        QCOMPARE(ok->at(1).level(), 2);
    }

    void blockTextKeepsLayout()
    {
        const QByteArray yaml = "- name: N\n  category: code\n  techniques: [x]\n  template: |\n    line one\n\n    {{a}}\n"
                                "  variables: [{name: a, type: text}]\n";
        auto result = CatalogLoader::parseTemplates(yaml, "t.yaml");
        QVERIFY(result.ok());
        QCOMPARE(result->first().text, QStringLiteral("line one\n\n{{a}}"));
    }
};

ATHANOR_TEST(CatalogLoaderTest)
#include "tst_catalogloader.moc"
