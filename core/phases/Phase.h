#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace athanor {

// The three stages of alchemical refinement a draft prompt goes through (docs/phases.md).
enum class Phase
{
    PrimaMateria,
    Solutio,
    Coagulatio
};

// All phases in their natural order.
const QList<Phase>& allPhases();

// "prima-materia", "solutio", "coagulatio": exactly the values of the prompts.phase CHECK constraint.
QString phaseName(Phase phase);

// A phase name, or a short form ("prima"); case-insensitive, surrounding spaces ignored.
std::optional<Phase> parsePhase(const QString& name);

// "prima,solutio,coagulatio" in the given order; an empty, unknown or repeated name is a usage error.
Result<QList<Phase>> parsePhaseList(const QString& list);

// code, writing, analysis, generic: the personas the phase prompts are written for; generic is the fallback.
QStringList personaNames();

// openai, anthropic, google, open, generic: the families the phase prompts have addenda for.
QStringList modelFamilyNames();

// The family of a model name ("claude-sonnet-4" -> anthropic, "openai/gpt-4o" -> openai,
// "qwen2.5:7b" -> open); a family name maps to itself. Empty or unrecognised -> "generic".
QString modelFamily(const QString& model);

} // namespace athanor
