#include "Phase.h"

#include "core/TextDistance.h"

#include <QCoreApplication>

namespace athanor {

const QList<Phase>& allPhases()
{
    static const QList<Phase> phases{Phase::PrimaMateria, Phase::Solutio, Phase::Coagulatio};
    return phases;
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::PrimaMateria:
        return QStringLiteral("prima-materia");
    case Phase::Solutio:
        return QStringLiteral("solutio");
    case Phase::Coagulatio:
        return QStringLiteral("coagulatio");
    }
    return {};
}

std::optional<Phase> parsePhase(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (Phase phase : allPhases())
        if (key == phaseName(phase))
            return phase;
    // Typing a hyphen on a command line is a nuisance; "prima" is what people say.
    if (key == QLatin1String("prima") || key == QLatin1String("prima_materia") ||
        key == QLatin1String("primamateria"))
        return Phase::PrimaMateria;
    return std::nullopt;
}

Result<QList<Phase>> parsePhaseList(const QString& list)
{
    QStringList known;
    for (Phase phase : allPhases())
        known << phaseName(phase);
    const QString hint =
        QCoreApplication::translate("athanor::Phase", "use a comma-separated list of %1 (or prima)")
            .arg(known.join(QStringLiteral(", ")));
    if (list.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("athanor::Phase", "no phase given"), {}, hint);

    QList<Phase> phases;
    for (const QString& item : list.split(QLatin1Char(','))) {
        const QString name = item.trimmed();
        if (name.isEmpty())
            return Error::usage(
                QCoreApplication::translate("athanor::Phase", "empty phase name in '%1'").arg(list), {},
                hint);
        const std::optional<Phase> phase = parsePhase(name);
        if (!phase) {
            const QStringList near = closestMatches(name, known + QStringList{QStringLiteral("prima")}, 1);
            return Error::usage(
                QCoreApplication::translate("athanor::Phase", "unknown phase '%1'").arg(name), {},
                near.isEmpty() ? hint
                               : QCoreApplication::translate("athanor::Phase", "did you mean %1? %2")
                                     .arg(near.first(), hint));
        }
        if (phases.contains(*phase))
            return Error::usage(QCoreApplication::translate("athanor::Phase", "phase '%1' is given twice")
                                    .arg(phaseName(*phase)),
                                {}, hint);
        phases << *phase;
    }
    return phases;
}

QStringList personaNames()
{
    return {QStringLiteral("code"), QStringLiteral("writing"), QStringLiteral("analysis"),
            QStringLiteral("generic")};
}

QStringList modelFamilyNames()
{
    return {QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("google"),
            QStringLiteral("open"), QStringLiteral("generic")};
}

QString modelFamily(const QString& model)
{
    QString name = model.trimmed().toLower();
    if (name.isEmpty())
        return QStringLiteral("generic");
    if (modelFamilyNames().contains(name))
        return name;
    if (name == QLatin1String("gemini"))
        return QStringLiteral("google");
    if (name == QLatin1String("ollama"))
        return QStringLiteral("open");

    // OpenRouter names say their vendor first; the three closed vendors decide the family outright,
    // any other vendor ("meta-llama/", "qwen/") hosts a model recognised by its own name below.
    if (name.contains(QLatin1Char('/'))) {
        const QString vendor = name.section(QLatin1Char('/'), 0, 0);
        if (vendor == QLatin1String("openai"))
            return QStringLiteral("openai");
        if (vendor == QLatin1String("anthropic"))
            return QStringLiteral("anthropic");
        if (vendor == QLatin1String("google"))
            return QStringLiteral("google");
        name = name.section(QLatin1Char('/'), -1);
    }

    // OpenAI's fine-tuned models are "ft:gpt-4o-mini:org::id".
    if (name.startsWith(QLatin1String("ft:")))
        name = name.mid(3);

    struct Prefix
    {
        const char* prefix;
        const char* family;
    };
    static const Prefix prefixes[] = {
        {"gpt", "openai"},   {"chatgpt", "openai"},   {"o1", "openai"},      {"o3", "openai"},
        {"o4", "openai"},    {"claude", "anthropic"}, {"gemini", "google"},  {"gemma", "google"},
        {"llama", "open"},   {"codellama", "open"},   {"tinyllama", "open"}, {"mistral", "open"},
        {"mixtral", "open"}, {"ministral", "open"},   {"codestral", "open"}, {"qwen", "open"},
        {"qwq", "open"},     {"phi", "open"},         {"deepseek", "open"},  {"command-r", "open"},
        {"falcon", "open"},  {"olmo", "open"},        {"granite", "open"},   {"starcoder", "open"},
        {"smollm", "open"},  {"nemotron", "open"},    {"vicuna", "open"},
    };
    for (const Prefix& p : prefixes)
        if (name.startsWith(QLatin1String(p.prefix)))
            return QString::fromLatin1(p.family);
    // "name:tag" is how Ollama names every model it serves.
    if (name.contains(QLatin1Char(':')))
        return QStringLiteral("open");
    return QStringLiteral("generic");
}

} // namespace athanor
