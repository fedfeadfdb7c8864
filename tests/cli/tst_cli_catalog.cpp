#include "CliRunner.h"
#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PromptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using athanor::test::Run;
using athanor::test::isErrorLine;
using athanor::test::runCli;

// The catalog commands of issue 4, against one database initialised once.
class CatalogCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QJsonDocument json(const QStringList& args, int expectedCode = 0)
    {
        const Run run = runCli(QStringList{"--db", m_db} + args);
        if (run.code != expectedCode)
            qWarning("%s", run.err.constData());
        [&] { QCOMPARE(run.code, expectedCode); }();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        [&] { QCOMPARE(error.error, QJsonParseError::NoError); }();
        return document;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("catalog.db");
        QCOMPARE(runCli({"--db", m_db, "init"}).code, 0);
    }

    void techniques()
    {
        const QJsonArray all = json({"techniques", "--json"}).array();
        QVERIFY(all.size() >= 30);
        for (const QJsonValue& value : all) {
            const QJsonObject t = value.toObject();
            for (const char* key : {"code", "name", "category", "complexity", "base_effectiveness", "description",
                                    "when_to_use", "when_not_to_use", "templates", "examples", "sources"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
            const QJsonObject firstTemplate = t.value("templates").toArray().first().toObject();
            QVERIFY(firstTemplate.contains("template") && firstTemplate.contains("variables"));
            const QJsonObject firstExample = t.value("examples").toArray().first().toObject();
            QVERIFY(!firstExample.value("before").toString().isEmpty());
            QVERIFY(!firstExample.value("after").toString().isEmpty());
        }
        const QJsonArray reasoning = json({"techniques", "--category", "reasoning", "--json"}).array();
        QVERIFY(!reasoning.isEmpty() && reasoning.size() < all.size());
        for (const QJsonValue& value : reasoning)
            QCOMPARE(value.toObject().value("category").toString(), QStringLiteral("reasoning"));
        const Run bad = runCli({"--db", m_db, "techniques", "--category", "astrology"});
        QCOMPARE(bad.code, 2);
        QVERIFY(isErrorLine(bad.err));
    }

    void oneTechnique()
    {
        const QJsonObject cot = json({"technique", "chain_of_thought", "--json"}).object();
        QCOMPARE(cot.value("code").toString(), QStringLiteral("chain_of_thought"));
        QVERIFY(!cot.value("sources").toArray().isEmpty());
        const Run typo = runCli({"--db", m_db, "technique", "chain_of_thougt"});
        QCOMPARE(typo.code, 2);
        QVERIFY(isErrorLine(typo.err));
        QVERIFY2(typo.err.contains("did you mean: chain_of_thought"), typo.err.constData());
    }

    void intents()
    {
        const QJsonArray intents = json({"intents", "--json"}).array();
        QVERIFY(intents.size() >= 50);
        const QJsonObject first = intents.first().toObject();
        for (const char* key : {"path", "name", "keywords", "examples"})
            QVERIFY(first.contains(QLatin1String(key)));
    }

    void recommend()
    {
        const QJsonArray result = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--json"}).array();
        QCOMPARE(result.size(), 5);
        double previous = 1.0;
        for (const QJsonValue& value : result) {
            const QJsonObject r = value.toObject();
            QCOMPARE(r.keys(), (QStringList{"catalog_effectiveness", "code", "effectiveness", "final_score", "learned_adjustment", "name",
                                        "personalization", "ratings"}));
            QVERIFY(r.value("final_score").toDouble() <= previous);
            QVERIFY(r.value("final_score").toDouble() <= 0.99);
            previous = r.value("final_score").toDouble();
        }
        const QJsonArray limited =
            json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40", "--json"}).array();
        QString lowest = limited.last().toObject().value("code").toString();
        auto personalization = [&](const QJsonArray& array, const QString& code) {
            for (const QJsonValue& v : array)
                if (v.toObject().value("code").toString() == code)
                    return v.toObject().value("personalization").toDouble();
            return -1.0;
        };
        QCOMPARE(personalization(limited, lowest), 0.0);
        // A one-off favourite on the command line...
        QJsonArray favoured = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40",
                                    "--favorite", lowest, "--json"})
                                  .array();
        QCOMPARE(personalization(favoured, lowest), 0.15);
        // ...and a stored one.
        QCOMPARE(runCli({"--db", m_db, "favorite", lowest}).code, 0);
        favoured = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40", "--json"}).array();
        QCOMPARE(personalization(favoured, lowest), 0.15);
        QCOMPARE(runCli({"--db", m_db, "favorite", lowest, "--off"}).code, 0);
        favoured = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40", "--json"}).array();
        QCOMPARE(personalization(favoured, lowest), 0.0);
    }

    void recommendFallbackAndErrors()
    {
        const Run fallback = runCli({"--db", m_db, "recommend", "--intent", "reasoning.math.olympiad", "--complexity", "4",
                                     "--json"});
        QCOMPARE(fallback.code, 0);
        QVERIFY(fallback.err.contains("reasoning.math"));
        QVERIFY(QJsonDocument::fromJson(fallback.out).isArray());
        QCOMPARE(runCli({"--db", m_db, "recommend", "--intent", "reasoning", "--complexity", "7"}).code, 1);
        QCOMPARE(runCli({"--db", m_db, "recommend", "--complexity", "3"}).code, 1);
        const Run unknown = runCli({"--db", m_db, "recommend", "--intent", "reasoning", "--complexity", "2", "--favorite",
                                    "nonsense_technique"});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(runCli({"--db", m_db, "favorite", "nonsense_technique"}).code, 2);
    }

    void templatesAndRender()
    {
        const QJsonArray code = json({"templates", "--intent", "code", "--json"}).array();
        QVERIFY(!code.isEmpty());
        for (const QJsonValue& value : code) {
            bool matches = false;
            for (const QJsonValue& intent : value.toObject().value("intents").toArray())
                matches |= intent.toString() == "code" || intent.toString().startsWith("code.");
            QVERIFY(matches);
        }
        const QJsonArray all = json({"templates", "--json"}).array();
        QVERIFY(all.size() >= 40);

        // A template with a required variable: without it, exit 2 naming it; with every variable, the prompt.
        QJsonObject chosen;
        QString requiredName;
        for (const QJsonValue& value : all) {
            for (const QJsonValue& v : value.toObject().value("variables").toArray())
                if (v.toObject().value("required").toBool()) {
                    chosen = value.toObject();
                    requiredName = v.toObject().value("name").toString();
                    break;
                }
            if (!chosen.isEmpty())
                break;
        }
        QVERIFY(!chosen.isEmpty());
        const QString name = chosen.value("name").toString();
        const Run missing = runCli({"--db", m_db, "render", name});
        QCOMPARE(missing.code, 2);
        QVERIFY(isErrorLine(missing.err));
        QVERIFY2(missing.err.contains(requiredName.toUtf8()), missing.err.constData());

        QStringList args{"--db", m_db, "render", name, "--json"};
        for (const QJsonValue& v : chosen.value("variables").toArray()) {
            const QJsonObject var = v.toObject();
            const QString type = var.value("type").toString();
            QString value = "VALUE_" + var.value("name").toString();
            if (type == "integer")
                value = "3";
            else if (type == "number")
                value = "1.5";
            else if (type == "boolean")
                value = "yes";
            else if (type == "enum")
                value = var.value("choices").toArray().first().toString();
            args << "--var" << var.value("name").toString() + "=" + value;
        }
        const Run rendered = runCli(args);
        QCOMPARE(rendered.code, 0);
        const QJsonObject prompt = QJsonDocument::fromJson(rendered.out).object();
        QCOMPARE(prompt.value("template").toString(), name);
        QVERIFY(prompt.value("prompt").toString().contains("VALUE_" + requiredName));
        QVERIFY(!prompt.value("prompt").toString().contains("{{"));

        const Run unknownVar = runCli({"--db", m_db, "render", name, "--var", "no_such_variable=1"});
        QCOMPARE(unknownVar.code, 2);
        QVERIFY(unknownVar.err.contains("no_such_variable"));
        QCOMPARE(runCli({"--db", m_db, "render", "No Such Template At All"}).code, 2);
        QCOMPARE(runCli({"--db", m_db, "render", name, "--var", "novalue"}).code, 1);
    }
};

ATHANOR_TEST(CatalogCliTest)
#include "tst_cli_catalog.moc"
