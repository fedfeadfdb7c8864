#include "Enhancer.h"

#include "PromptLayout.h"
#include "core/TextDistance.h"
#include "core/catalog/TemplateRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>

namespace athanor {

namespace {

const QStringList& sectionOrder()
{
    static const QStringList order{QStringLiteral("persona"), QStringLiteral("context"),
                                   QStringLiteral("task"),    QStringLiteral("reasoning"),
                                   QStringLiteral("output"),  QStringLiteral("verification")};
    return order;
}

// The role a persona gives role prompting, and the style line it adds to the instructions.
struct PersonaWording
{
    const char* role;
    const char* style;
};

PersonaWording wordingFor(const QString& persona)
{
    if (persona == QLatin1String("code"))
        return {
            "a senior software engineer who writes correct, idiomatic and well-tested code",
            "Prefer working code to prose, name the language of every code block, and point out edge cases."};
    if (persona == QLatin1String("writing"))
        return {"an experienced writer and editor with a clear, vivid and consistent voice",
                "Keep the voice consistent, choose concrete words, and cut filler."};
    if (persona == QLatin1String("analysis"))
        return {"a meticulous analyst who reasons from evidence and states every assumption",
                "Separate facts from inferences, state assumptions, and quantify uncertainty where you can."};
    return {"an expert in the subject of this task", nullptr};
}

// Without an explicit persona, the intent suggests one.
QString personaFor(const QString& intent)
{
    const QString top = intent.section(QLatin1Char('.'), 0, 0);
    if (top == QLatin1String("code"))
        return QStringLiteral("code");
    if (top == QLatin1String("creative") || top == QLatin1String("translation") ||
        top == QLatin1String("conversation"))
        return QStringLiteral("writing");
    if (top == QLatin1String("data_analysis") || top == QLatin1String("reasoning") ||
        top == QLatin1String("problem_solving"))
        return QStringLiteral("analysis");
    return QStringLiteral("generic");
}

bool hasExamples(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "\\b(for example|for instance|e\\.g\\.|examples?\\s*:|input\\s*:[\\s\\S]*output\\s*:)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

} // namespace

Enhancer::Enhancer(Catalog catalog, IntentClassifier classifier)
    : m_catalog(std::move(catalog)), m_classifier(std::move(classifier)),
      m_recommender(Recommender::fromCatalog(m_catalog))
{
}

const QStringList& Enhancer::personas()
{
    static const QStringList values{QStringLiteral("code"), QStringLiteral("writing"),
                                    QStringLiteral("analysis"), QStringLiteral("generic")};
    return values;
}

const QStringList& Enhancer::modelFamilies()
{
    static const QStringList values{QStringLiteral("openai"), QStringLiteral("anthropic"),
                                    QStringLiteral("gemini"), QStringLiteral("open"),
                                    QStringLiteral("generic")};
    return values;
}

Result<QString> Enhancer::modelFamily(const QString& targetModel)
{
    QString name = targetModel.trimmed().toLower();
    if (name.isEmpty())
        return QStringLiteral("generic");
    if (modelFamilies().contains(name))
        return name;
    // OpenRouter-style "vendor/model" names say their family first.
    const QString vendor = name.section(QLatin1Char('/'), 0, 0);
    if (name.contains(QLatin1Char('/'))) {
        if (vendor == QLatin1String("openai"))
            return QStringLiteral("openai");
        if (vendor == QLatin1String("anthropic"))
            return QStringLiteral("anthropic");
        if (vendor == QLatin1String("google") && name.contains(QLatin1String("gemini")))
            return QStringLiteral("gemini");
        name = name.section(QLatin1Char('/'), 1);
    }
    struct Prefix
    {
        const char* prefix;
        const char* family;
    };
    static const Prefix prefixes[] = {
        {"gpt", "openai"},     {"chatgpt", "openai"},   {"o1", "openai"},     {"o3", "openai"},
        {"o4", "openai"},      {"claude", "anthropic"}, {"gemini", "gemini"}, {"google", "gemini"},
        {"llama", "open"},     {"meta-llama", "open"},  {"mistral", "open"},  {"mixtral", "open"},
        {"codestral", "open"}, {"qwen", "open"},        {"phi", "open"},      {"gemma", "open"},
        {"deepseek", "open"},  {"command-r", "open"},   {"falcon", "open"},   {"yi", "open"},
        {"olmo", "open"},      {"granite", "open"},     {"ollama", "open"},
    };
    for (const Prefix& p : prefixes)
        if (name.startsWith(QLatin1String(p.prefix)))
            return QString::fromLatin1(p.family);
    return Error::data(
        QCoreApplication::translate("athanor::Enhancer", "unknown target model '%1'").arg(targetModel),
        QStringLiteral("--target-model"),
        QCoreApplication::translate(
            "athanor::Enhancer",
            "use a model name such as gpt-4o, claude-sonnet-4, gemini-2.0-flash or llama3.1, "
            "or a family: %1")
            .arg(modelFamilies().join(QStringLiteral(", "))));
}

QList<AppliedTechnique> Enhancer::select(const QString& intent, int complexity,
                                         const EnhancementOptions& options, bool promptHasExamples) const
{
    QList<AppliedTechnique> chosen;
    auto conflicts = [&](const Technique& t) {
        for (const AppliedTechnique& a : chosen) {
            const Technique* other = m_catalog.technique(a.code);
            if (t.conflictsWith.contains(a.code) || (other && other->conflictsWith.contains(t.code)))
                return true;
        }
        return false;
    };
    const QString intentName = [&] {
        const Intent* i = m_catalog.intent(m_recommender.resolveIntent(intent));
        return i ? i->name : intent;
    }();

    if (!options.techniques.isEmpty()) {
        for (const QString& code : options.techniques)
            if (const Technique* t = m_catalog.technique(code))
                chosen.append({t->code, t->name, t->apply.section,
                               QCoreApplication::translate("athanor::Enhancer", "chosen by you")});
    } else {
        const auto result = m_recommender.recommend(intent, complexity, options.favourites, -1);
        QSet<QString> sectionsUsed;
        // Techniques the catalog rates for this intent come first; a technique with no rating here
        // only fills a place none of them could (a high base score says nothing about fit).
        for (const bool mappedPass : {true, false}) {
            for (const Recommendation& r : result.techniques) {
                if (chosen.size() >= std::max(1, options.maxTechniques))
                    break;
                const Technique* t = m_catalog.technique(r.code);
                // Composition rules: no conflicting pair, one technique per section, and techniques that
                // need examples only when the prompt brings some (the engine cannot invent them).
                if (!t || r.mapped != mappedPass || conflicts(*t) ||
                    sectionsUsed.contains(t->apply.section) || (t->requiresExamples && !promptHasExamples))
                    continue;
                sectionsUsed.insert(t->apply.section);
                QString reason =
                    r.mapped ? QCoreApplication::translate("athanor::Enhancer", "rated %1 for %2")
                                   .arg(r.effectiveness, 0, 'f', 2)
                                   .arg(intentName)
                             : QCoreApplication::translate("athanor::Enhancer", "base effectiveness %1")
                                   .arg(r.effectiveness, 0, 'f', 2);
                if (r.ratings > 0) { // the catalog's value next to what the ratings made of it
                    const QString change = (r.learnedAdjustment >= 0 ? QStringLiteral("+") : QString()) +
                                           QString::number(r.learnedAdjustment, 'f', 2);
                    const QString catalog = QString::number(r.catalogEffectiveness, 'f', 2);
                    reason += r.ratings == 1 ? QCoreApplication::translate("athanor::Enhancer",
                                                                           " (catalog %1, %2 from 1 rating)")
                                                   .arg(catalog, change)
                                             : QCoreApplication::translate(
                                                   "athanor::Enhancer", " (catalog %1, %2 from %3 ratings)")
                                                   .arg(catalog, change)
                                                   .arg(r.ratings);
                }
                if (r.complexityAdjustment > 0)
                    reason += QCoreApplication::translate("athanor::Enhancer", ", fits complexity %1")
                                  .arg(complexity);
                if (r.personalization > 0)
                    reason += QCoreApplication::translate("athanor::Enhancer", ", one of your favourites");
                chosen.append({t->code, t->name, t->apply.section, reason});
            }
        }
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const AppliedTechnique& a, const AppliedTechnique& b) {
        return sectionOrder().indexOf(a.section) < sectionOrder().indexOf(b.section);
    });
    return chosen;
}

Result<Enhancement> Enhancer::enhance(const QString& prompt, const EnhancementOptions& options) const
{
    QElapsedTimer timer;
    timer.start();
    if (prompt.trimmed().isEmpty())
        return Error::data(QCoreApplication::translate("athanor::Enhancer", "the prompt is empty"),
                           QStringLiteral("input"),
                           QCoreApplication::translate(
                               "athanor::Enhancer",
                               "give the prompt as an argument, or '-' to read it from standard input"));
    if (!options.persona.isEmpty() && !personas().contains(options.persona))
        return Error::data(
            QCoreApplication::translate("athanor::Enhancer", "unknown persona '%1'").arg(options.persona),
            QStringLiteral("--persona"),
            QCoreApplication::translate("athanor::Enhancer", "choose one of: %1")
                .arg(personas().join(QStringLiteral(", "))));
    for (const QString& code : options.techniques)
        if (!m_catalog.technique(code)) {
            const QStringList close = closestMatches(code, m_catalog.techniqueCodes(), 3);
            return Error::data(
                QCoreApplication::translate("athanor::Enhancer", "unknown technique '%1'").arg(code),
                QStringLiteral("--techniques"),
                close.isEmpty() ? QCoreApplication::translate("athanor::Enhancer", "valid codes: %1")
                                      .arg(m_catalog.techniqueCodes().join(QStringLiteral(", ")))
                                : QCoreApplication::translate("athanor::Enhancer", "did you mean: %1?")
                                      .arg(close.join(QStringLiteral(", "))));
        }
    for (qsizetype i = 0; i < options.techniques.size(); ++i)
        for (qsizetype j = i + 1; j < options.techniques.size(); ++j) {
            const Technique* a = m_catalog.technique(options.techniques.at(i));
            if (a->conflictsWith.contains(options.techniques.at(j)) ||
                m_catalog.technique(options.techniques.at(j))->conflictsWith.contains(a->code))
                return Error::data(
                    QCoreApplication::translate("athanor::Enhancer", "%1 and %2 do not go together")
                        .arg(a->code, options.techniques.at(j)),
                    QStringLiteral("--techniques"),
                    QCoreApplication::translate("athanor::Enhancer", "choose one of them"));
        }
    auto family = modelFamily(options.targetModel);
    if (!family)
        return family.error();

    Enhancement e;
    e.original = prompt;
    e.modelFamily = *family;
    if (options.intent.isEmpty()) {
        const Classification c = m_classifier.classify(prompt);
        e.intent = c.intent;
        e.confidence = c.confidence;
        e.alternatives = c.alternatives;
    } else {
        e.intent = options.intent;
        e.confidence = 1.0;
    }
    const ComplexityAssessment complexity = ComplexityEstimator::estimate(prompt);
    e.complexity = complexity.level;
    e.complexityReasons = complexity.reasons;
    e.persona = options.persona.isEmpty() ? personaFor(e.intent) : options.persona;
    e.techniques = select(e.intent, e.complexity, options, hasExamples(prompt));

    const PersonaWording wording = wordingFor(e.persona);
    PromptLayout layout(e.modelFamily);
    for (const AppliedTechnique& applied : e.techniques) {
        const Technique* t = m_catalog.technique(applied.code);
        QMap<QString, QString> values;
        for (const TemplateVariable& v : t->apply.variables)
            if (v.name == QLatin1String("role"))
                values.insert(v.name, QString::fromLatin1(wording.role));
        auto instruction = TemplateRenderer::render(t->apply.instruction, t->apply.variables, values);
        layout.add(applied.section, instruction ? *instruction : t->apply.instruction);
        e.improvements << QCoreApplication::translate("athanor::Enhancer", "Applied %1 (%2): %3")
                              .arg(t->name, applied.section, t->description);
    }
    if (wording.style)
        layout.add(QStringLiteral("task"), QString::fromLatin1(wording.style));
    e.enhanced = layout.render(prompt);
    e.improvements.prepend(layout.summary());
    e.processingMicros = timer.nsecsElapsed() / 1000;
    return e;
}

} // namespace athanor
