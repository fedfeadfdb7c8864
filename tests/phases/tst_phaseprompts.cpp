#include "TestRegistry.h"
#include "core/phases/Phase.h"
#include "core/phases/PhasePromptLibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor;

namespace {

// One representative model name per family, "" for generic.
const QStringList kModels{QStringLiteral("gpt-4o"), QStringLiteral("claude-sonnet-4"),
                          QStringLiteral("gemini-2.0-flash"), QStringLiteral("llama3.1:8b"), QString()};

void write(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(text);
}

QString joinNames(const QList<Phase>& phases)
{
    QStringList names;
    for (Phase phase : phases)
        names << phaseName(phase);
    return names.join(QLatin1Char(','));
}

} // namespace

class PhasePromptsTest : public QObject
{
    Q_OBJECT
private slots:
    void phaseNamesMatchTheSchema()
    {
        // prompts.phase stores these names; the CHECK constraint is the authority.
        QFile schema(QStringLiteral(":/sql/local/0001_initial.sql"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        const QRegularExpression check(QStringLiteral("phase TEXT CHECK \\(phase IN \\(([^)]*)\\)\\)"));
        const QRegularExpressionMatch match = check.match(QString::fromUtf8(schema.readAll()));
        QVERIFY(match.hasMatch());
        QStringList allowed;
        for (const QString& quoted : match.captured(1).split(QLatin1Char(',')))
            allowed << quoted.trimmed().remove(QLatin1Char('\''));
        QStringList names;
        for (Phase phase : allPhases())
            names << phaseName(phase);
        QCOMPARE(names, allowed);
        for (Phase phase : allPhases())
            QCOMPARE(parsePhase(phaseName(phase)), std::optional<Phase>(phase));
    }

    void parseList_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("expected"); // phase names joined by commas, or the error's text
        QTest::addColumn<bool>("ok");
        QTest::newRow("all") << "prima-materia,solutio,coagulatio"
                             << "prima-materia,solutio,coagulatio" << true;
        QTest::newRow("order kept") << "coagulatio, prima"
                                    << "coagulatio,prima-materia" << true;
        QTest::newRow("short and case") << " SOLUTIO "
                                        << "solutio" << true;
        QTest::newRow("underscore") << "prima_materia,coagulatio"
                                    << "prima-materia,coagulatio" << true;
        QTest::newRow("empty") << ""
                               << "no phase given" << false;
        QTest::newRow("blank item") << "solutio,,coagulatio"
                                    << "empty phase name" << false;
        QTest::newRow("duplicate") << "prima,solutio,prima-materia"
                                   << "'prima-materia' is given twice" << false;
        QTest::newRow("unknown") << "prima,gold"
                                 << "unknown phase 'gold'" << false;
    }
    void parseList()
    {
        QFETCH(QString, list);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const Result<QList<Phase>> parsed = parsePhaseList(list);
        QCOMPARE(parsed.ok(), ok);
        if (ok) {
            QCOMPARE(joinNames(*parsed), expected);
        } else {
            QCOMPARE(parsed.error().kind, Error::Kind::Usage);
            QVERIFY2(parsed.error().what.contains(expected), qPrintable(parsed.error().what));
            QVERIFY(parsed.error().hint.contains(QLatin1String("prima-materia")));
        }
    }

    void typoSuggestsThePhase()
    {
        const Result<QList<Phase>> parsed = parsePhaseList(QStringLiteral("solutoi"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().hint.startsWith(QLatin1String("did you mean solutio?")),
                 qPrintable(parsed.error().hint));
    }

    void personas() { QCOMPARE(personaNames(), (QStringList{"code", "writing", "analysis", "generic"})); }

    void family_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("family");
        QTest::newRow("gpt") << "gpt-4o-mini"
                             << "openai";
        QTest::newRow("chatgpt") << "chatgpt-4o-latest"
                                 << "openai";
        QTest::newRow("o1") << "o1-preview"
                            << "openai";
        QTest::newRow("o3") << "o3-mini"
                            << "openai";
        QTest::newRow("o4") << "O4-Mini"
                            << "openai";
        QTest::newRow("fine-tuned") << "ft:gpt-4o-mini:acme::abc123"
                                    << "openai";
        QTest::newRow("openrouter openai") << "openai/gpt-4.1"
                                           << "openai";
        QTest::newRow("claude") << "claude-3-5-sonnet-20241022"
                                << "anthropic";
        QTest::newRow("openrouter anthropic") << "anthropic/claude-sonnet-4"
                                              << "anthropic";
        QTest::newRow("gemini") << "gemini-2.0-flash"
                                << "google";
        QTest::newRow("gemma") << "gemma2:9b"
                               << "google";
        QTest::newRow("openrouter google") << "google/gemini-2.5-pro"
                                           << "google";
        QTest::newRow("llama") << "llama3.1"
                               << "open";
        QTest::newRow("openrouter llama") << "meta-llama/llama-3.3-70b-instruct"
                                          << "open";
        QTest::newRow("mistral") << "mistral-large-latest"
                                 << "open";
        QTest::newRow("mixtral") << "mixtral:8x7b"
                                 << "open";
        QTest::newRow("qwen") << "qwen2.5-coder:7b"
                              << "open";
        QTest::newRow("phi") << "phi4"
                             << "open";
        QTest::newRow("deepseek") << "deepseek-r1:14b"
                                  << "open";
        QTest::newRow("other ollama tag") << "starling-lm:7b"
                                          << "open";
        QTest::newRow("family name") << "anthropic"
                                     << "anthropic";
        QTest::newRow("gemini alias") << "Gemini"
                                      << "google";
        QTest::newRow("ollama alias") << "ollama"
                                      << "open";
        QTest::newRow("empty") << ""
                               << "generic";
        QTest::newRow("unknown") << "my-private-model"
                                 << "generic";
    }
    void family()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        QCOMPARE(modelFamily(model), family);
        QVERIFY(modelFamilyNames().contains(family));
    }

    void shippedLoads()
    {
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load();
        QVERIFY2(library.ok(), qPrintable(library ? QString() : library.error().message()));
        QCOMPARE(library->files(), (QStringList{":/phases/phases.yaml", ":/phases/judge.yaml"}));
        QVERIFY(!library->entry(QStringLiteral("output_rules")).isEmpty());
        QCOMPARE(library->origin(QStringLiteral("judge.user")).section(QLatin1Char(':'), 0, 1),
                 QStringLiteral(":/phases/judge.yaml"));
    }

    void everyCombinationBuilds_data()
    {
        QTest::addColumn<int>("phase");
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("model");
        for (Phase phase : allPhases())
            for (const QString& persona : personaNames())
                for (const QString& model : kModels)
                    QTest::addRow("%s/%s/%s", qPrintable(phaseName(phase)), qPrintable(persona),
                                  model.isEmpty() ? "none" : qPrintable(model))
                        << int(phase) << persona << model;
    }
    void everyCombinationBuilds()
    {
        QFETCH(int, phase);
        QFETCH(QString, persona);
        QFETCH(QString, model);
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load();
        QVERIFY(library.ok());
        const QString input = QStringLiteral("Write a cover letter for a junior data analyst job at ACME.");
        const PhaseMessages messages = library->build(Phase(phase), persona, model, input);
        QVERIFY(!messages.system.trimmed().isEmpty());
        QVERIFY(!messages.user.trimmed().isEmpty());
        QCOMPARE(messages.user.count(input), 1);
        QVERIFY(!messages.system.contains(input));
        static const QRegularExpression leftover(
            QStringLiteral("\\{\\{\\s*(input|persona|target_model)\\s*\\}\\}"));
        QVERIFY2(!leftover.match(messages.system).hasMatch(), qPrintable(messages.system));
        QVERIFY2(!leftover.match(messages.user).hasMatch(), qPrintable(messages.user));
        // The output contract closes every system message.
        QVERIFY(messages.system.endsWith(library->entry(QStringLiteral("output_rules"))));
        if (!model.isEmpty())
            QVERIFY(messages.system.contains(model) || messages.user.contains(model));
        // Each shipped persona has its own system prompt, not the generic fallback.
        if (persona != QLatin1String("generic"))
            QVERIFY(messages.system !=
                    library->build(Phase(phase), QStringLiteral("generic"), model, input).system);
    }

    void familyAddenda_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai") << "gpt-4o"
                                << "Markdown headings";
        QTest::newRow("reasoning") << "o3-mini"
                                   << "reasoning model";
        QTest::newRow("anthropic") << "claude-opus-4"
                                   << "XML tag";
        QTest::newRow("google") << "gemini-2.5-pro"
                                << "labelled sections";
        QTest::newRow("open") << "qwen2.5:7b"
                              << "### Instruction";
        QTest::newRow("generic") << ""
                                 << "unspecified model";
    }
    void familyAddenda()
    {
        QFETCH(QString, model);
        QFETCH(QString, expected);
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load();
        QVERIFY(library.ok());
        const PhaseMessages messages =
            library->build(Phase::Coagulatio, QStringLiteral("code"), model, QStringLiteral("x"));
        QVERIFY2(messages.system.contains(expected), qPrintable(messages.system));
        // Addenda are per family: no other family's advice leaks in.
        for (const QString& other : {QStringLiteral("XML tag"), QStringLiteral("### Instruction")})
            if (other != expected)
                QVERIFY(!messages.system.contains(other));
    }

    void unknownPersonaFallsBackToGeneric()
    {
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load();
        QVERIFY(library.ok());
        const auto build = [&](const QString& persona) {
            return library->build(Phase::Solutio, persona, QStringLiteral("gpt-4o"), QStringLiteral("draft"));
        };
        QCOMPARE(build(QStringLiteral("poetry")).system, build(QStringLiteral("generic")).system);
        QCOMPARE(build(QString()).user, build(QStringLiteral("generic")).user);
        QCOMPARE(build(QStringLiteral(" Code ")).system, build(QStringLiteral("code")).system);
        QVERIFY(build(QStringLiteral("code"))
                    .system.contains(library->entry(QStringLiteral("labels.personas.code"))));
    }

    void placeholdersAreFilledOnce()
    {
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load();
        QVERIFY(library.ok());
        // A draft that is itself a template keeps its placeholders, ours included.
        const QString input = QStringLiteral("Summarise {{document}} for {{persona}}; then {{ input }}.");
        const PhaseMessages messages =
            library->build(Phase::PrimaMateria, QStringLiteral("writing"), {}, input);
        QVERIFY(messages.user.contains(input));
        QVERIFY(messages.system.contains(library->entry(QStringLiteral("labels.unknown_target_model"))));
        QVERIFY(messages.system.contains(library->entry(QStringLiteral("labels.personas.writing"))));
    }

    void judgeMessages()
    {
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load();
        QVERIFY(library.ok());
        const PhaseMessages judge =
            library->judge(QStringLiteral("ORIGINAL {{candidate}}"), QStringLiteral("CANDIDATE"),
                           QStringLiteral("claude-sonnet-4"));
        QVERIFY(!judge.system.isEmpty());
        QVERIFY(judge.user.contains(QLatin1String("ORIGINAL {{candidate}}")));
        QCOMPARE(judge.user.count(QLatin1String("CANDIDATE")), 1);
        QVERIFY(judge.user.contains(QLatin1String("claude-sonnet-4")));
        QVERIFY(judge.user.indexOf(QLatin1String("ORIGINAL")) <
                judge.user.indexOf(QLatin1String("CANDIDATE")));
        for (const char* criterion : {"Clarity", "Specificity", "Structure", "Fidelity", "target model"})
            QVERIFY2(judge.user.contains(QLatin1String(criterion)), criterion);
        QVERIFY(judge.user.trimmed().endsWith(QLatin1String("Score: N/10")));
    }

    void overrideReplacesExactlyOneEntry()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.filePath(QStringLiteral("phases.yaml")),
              "# my edit\nphases:\n  solutio:\n    personas:\n      code:\n        system: |\n"
              "          Custom solutio for {{persona}}.\n");
        const Result<PhasePromptLibrary> shipped = PhasePromptLibrary::load();
        const Result<PhasePromptLibrary> edited = PhasePromptLibrary::load(dir.path());
        QVERIFY(shipped.ok());
        QVERIFY2(edited.ok(), qPrintable(edited ? QString() : edited.error().message()));
        QVERIFY(edited->files().contains(dir.filePath(QStringLiteral("phases.yaml"))));
        QCOMPARE(edited->origin(QStringLiteral("phases.solutio.personas.code.system")),
                 dir.filePath(QStringLiteral("phases.yaml")) + QStringLiteral(":6"));

        int changed = 0;
        for (Phase phase : allPhases())
            for (const QString& persona : personaNames())
                for (const QString& model : kModels) {
                    const PhaseMessages a = shipped->build(phase, persona, model, QStringLiteral("in"));
                    const PhaseMessages b = edited->build(phase, persona, model, QStringLiteral("in"));
                    QCOMPARE(b.user, a.user);
                    if (phase == Phase::Solutio && persona == QLatin1String("code")) {
                        QVERIFY(
                            b.system.startsWith(QLatin1String("Custom solutio for software development.")));
                        ++changed;
                    } else {
                        QCOMPARE(b.system, a.system);
                    }
                }
        QCOMPARE(changed, kModels.size());
        QCOMPARE(edited->judge(QStringLiteral("a"), QStringLiteral("b")).user,
                 shipped->judge(QStringLiteral("a"), QStringLiteral("b")).user);
    }

    void emptyOrMissingOverridesChangeNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.filePath(QStringLiteral("phases.yaml")), "# nothing yet\n");
        const Result<PhasePromptLibrary> empty = PhasePromptLibrary::load(dir.path());
        QVERIFY(empty.ok());
        const Result<PhasePromptLibrary> missing =
            PhasePromptLibrary::load(dir.filePath(QStringLiteral("absent")));
        QVERIFY(missing.ok());
        const Result<PhasePromptLibrary> shipped = PhasePromptLibrary::load();
        QVERIFY(shipped.ok());
        for (const Result<PhasePromptLibrary>* library : {&empty, &missing})
            QCOMPARE((*library)
                         ->build(Phase::Coagulatio, QStringLiteral("analysis"), QStringLiteral("gpt-4o"),
                                 QStringLiteral("x"))
                         .system,
                     shipped
                         ->build(Phase::Coagulatio, QStringLiteral("analysis"), QStringLiteral("gpt-4o"),
                                 QStringLiteral("x"))
                         .system);
    }

    void languageFileTranslatesEntryByEntry_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("translated");
        QTest::newRow("de") << "de" << true;
        QTest::newRow("de_DE") << "de_DE" << true;
        QTest::newRow("de-AT") << "de-AT" << true;
        QTest::newRow("fr") << "fr" << false;
        QTest::newRow("none") << "" << false;
    }
    void languageFileTranslatesEntryByEntry()
    {
        QFETCH(QString, language);
        QFETCH(bool, translated);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.filePath(QStringLiteral("phases.de.yaml")),
              "phases:\n  coagulatio:\n    personas:\n      generic:\n        user: \"Verfeinere: "
              "{{input}}\"\n");
        write(dir.filePath(QStringLiteral("judge.de.yaml")), "system: Du bist ein strenger Prüfer.\n");
        const Result<PhasePromptLibrary> shipped = PhasePromptLibrary::load();
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load(dir.path(), language);
        QVERIFY(shipped.ok());
        QVERIFY2(library.ok(), qPrintable(library ? QString() : library.error().message()));

        const auto user = [](const Result<PhasePromptLibrary>& l, Phase phase) {
            return l->build(phase, QStringLiteral("generic"), QString(), QStringLiteral("X")).user;
        };
        QCOMPARE(user(library, Phase::Coagulatio) == QLatin1String("Verfeinere: X"), translated);
        QCOMPARE(library->judge(QStringLiteral("a"), QStringLiteral("b")).system ==
                     QString::fromUtf8("Du bist ein strenger Prüfer."),
                 translated);
        // Entries the translation lacks stay English.
        QCOMPARE(user(library, Phase::Solutio), user(shipped, Phase::Solutio));
        QCOMPARE(library->judge(QStringLiteral("a"), QStringLiteral("b")).user,
                 shipped->judge(QStringLiteral("a"), QStringLiteral("b")).user);
    }

    void userTranslationBeatsUserEnglish()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.filePath(QStringLiteral("phases.yaml")), "output_rules: English rules.\n");
        write(dir.filePath(QStringLiteral("phases.de.yaml")), "output_rules: Deutsche Regeln.\n");
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load(dir.path(), QStringLiteral("de"));
        QVERIFY(library.ok());
        QCOMPARE(library->entry(QStringLiteral("output_rules")), QStringLiteral("Deutsche Regeln."));
        QCOMPARE(library->files().mid(library->files().size() - 3),
                 (QStringList{dir.filePath(QStringLiteral("phases.yaml")),
                              dir.filePath(QStringLiteral("phases.de.yaml")), ":/phases/judge.yaml"}));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("what");
        QTest::newRow("syntax") << "phases.yaml"
                                << QByteArray("output_rules: ok\nlabels:\n  personas: [code\n  x: y\n") << 4
                                << "invalid YAML";
        QTest::newRow("unknown key")
            << "phases.yaml"
            << QByteArray("phases:\n  solutio:\n    personaz:\n      code:\n        system: x\n") << 3
            << "unknown entry 'phases.solutio.personaz'; expected one of: families, personas";
        QTest::newRow("unknown phase")
            << "phases.yaml" << QByteArray("phases:\n  nigredo:\n    personas: {}\n") << 2
            << "unknown entry 'phases.nigredo'";
        QTest::newRow("unknown persona")
            << "phases.yaml"
            << QByteArray("phases:\n  solutio:\n    personas:\n      poet:\n        user: x\n") << 4
            << "unknown entry 'phases.solutio.personas.poet'";
        QTest::newRow("user without input")
            << "phases.yaml"
            << QByteArray("phases:\n  coagulatio:\n    personas:\n      generic:\n"
                          "        user: |\n          no input here\n")
            << 5 << "must contain {{input}}";
        QTest::newRow("unknown placeholder")
            << "phases.yaml" << QByteArray("\n\noutput_rules: \"Answer for {{target-model}}\"\n") << 3
            << "unknown placeholder {{target-model}}";
        QTest::newRow("list for text") << "phases.yaml" << QByteArray("output_rules:\n  - a\n  - b\n") << 2
                                       << "'output_rules' must be text";
        QTest::newRow("empty text") << "phases.yaml" << QByteArray("labels:\n  unknown_target_model: \"\"\n")
                                    << 2 << "'labels.unknown_target_model' is empty";
        QTest::newRow("not a map") << "phases.yaml" << QByteArray("- output_rules\n") << 1
                                   << "must hold a YAML map";
        QTest::newRow("judge without candidate")
            << "judge.yaml" << QByteArray("system: s\nuser: \"only {{original}}\"\n") << 2
            << "'user' must contain {{candidate}}";
        QTest::newRow("judge phase placeholder")
            << "judge.yaml" << QByteArray("system: \"{{input}}\"\n") << 1 << "unknown placeholder {{input}}";
        QTest::newRow("translation") << "phases.de.yaml" << QByteArray("output_rules: ok\nphases: [\n") << 3
                                     << "invalid YAML";
    }
    void malformedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, what);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.filePath(file), yaml);
        const Result<PhasePromptLibrary> library = PhasePromptLibrary::load(dir.path(), QStringLiteral("de"));
        QVERIFY(!library);
        QCOMPARE(library.error().kind, Error::Kind::Data);
        QCOMPARE(library.error().where, QStringLiteral("%1:%2").arg(dir.filePath(file)).arg(line));
        QVERIFY2(library.error().what.contains(what), qPrintable(library.error().what));
    }
};

ATHANOR_TEST(PhasePromptsTest)
#include "tst_phaseprompts.moc"
