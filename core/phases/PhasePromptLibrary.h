#pragma once

#include "Phase.h"
#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace athanor {

// The two messages of one chat request.
struct PhaseMessages
{
    QString system;
    QString user;
};

// The prompts of the three refinement phases and of the judge, as data: resources/phases/phases.yaml
// and judge.yaml (format in docs/phases.md). Files of the same names in a user's override folder
// replace shipped entries one by one, and phases.<lang>.yaml / judge.<lang>.yaml translate them,
// again entry by entry, so a partial translation or a single edited prompt is enough.
class PhasePromptLibrary
{
public:
    static QString shippedDir() { return QStringLiteral(":/phases"); }

    // Reads, lowest priority first: the shipped English files, the shipped translation for
    // `language` ("de", or "de_DE" then "de"), the override folder's English files, its translation.
    // A missing override folder or translation is no error; a malformed file is, with file and line.
    static Result<PhasePromptLibrary> load(const QString& overrideDir = {}, const QString& language = {});

    // The messages that run `phase` on `input`. An unknown or empty persona is "generic"; the target
    // model selects the family addendum (modelFamily) and fills {{target_model}}.
    PhaseMessages build(Phase phase, const QString& persona, const QString& targetModel,
                        const QString& input) const;
    // The messages that ask a judge to grade `candidate` against `original`; the reply ends "Score: N/10".
    PhaseMessages judge(const QString& original, const QString& candidate,
                        const QString& targetModel = {}) const;

    // The files read, lowest priority first.
    const QStringList& files() const { return m_files; }
    // One entry's text before placeholders are filled ("phases.solutio.personas.code.system"),
    // and "file:line" of where it came from; empty when the entry is not set.
    QString entry(const QString& path) const { return m_entries.value(path).text; }
    QString origin(const QString& path) const;

    struct Entry
    {
        QString text;
        QString file;
        int line = 0;
    };

private:
    PhasePromptLibrary() = default;
    static QString personaKey(const QString& persona);
    QString targetModelText(const QString& model) const;

    // Keys are dotted paths; judge entries are under "judge.".
    QHash<QString, Entry> m_entries;
    QStringList m_files;
};

} // namespace athanor
