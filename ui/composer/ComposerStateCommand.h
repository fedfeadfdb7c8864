#pragma once

#include "core/enhance/Enhancer.h"
#include "storage/EnhancementRepository.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace athanor {

// An enhancement as the Composer shows it: what the engine made, where it was recorded, and the
// enhanced text as it stands now (the user may have edited it further).
struct ComposerResult
{
    Enhancement enhancement;
    RecordedEnhancement recorded; // empty ids when recording failed
    QString text;
};

// Everything an undo step restores: the prompt in the editor and the result on show.
struct ComposerSnapshot
{
    QString editorText;
    std::optional<ComposerResult> result;
};

// One step of the Composer's history (an enhancement, an accept, a template opened). It keeps
// whole snapshots rather than edits: prompts are small, and a snapshot cannot drift from the
// widgets the way replayed edits could.
class ComposerStateCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const ComposerSnapshot&)>;

    ComposerStateCommand(const QString& text, ComposerSnapshot before, ComposerSnapshot after, Apply apply);

    void undo() override;
    void redo() override;

private:
    ComposerSnapshot m_before;
    ComposerSnapshot m_after;
    Apply m_apply;
};

} // namespace athanor
