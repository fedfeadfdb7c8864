#include "ComposerStateCommand.h"

namespace athanor {

ComposerStateCommand::ComposerStateCommand(const QString& text, ComposerSnapshot before,
                                           ComposerSnapshot after, Apply apply)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
{
}

void ComposerStateCommand::undo()
{
    m_apply(m_before);
}

void ComposerStateCommand::redo()
{
    m_apply(m_after);
}

} // namespace athanor
