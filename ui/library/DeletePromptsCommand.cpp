#include "DeletePromptsCommand.h"

#include <QCoreApplication>

namespace athanor {

DeletePromptsCommand::DeletePromptsCommand(std::shared_ptr<Database> database, PromptSnapshot snapshot, Changed changed)
    : m_database(std::move(database)), m_snapshot(std::move(snapshot)), m_changed(std::move(changed))
{
    setText(m_snapshot.ids.size() == 1
                ? QCoreApplication::translate("DeletePromptsCommand", "Delete Prompt")
                : QCoreApplication::translate("DeletePromptsCommand", "Delete %L1 Prompts").arg(m_snapshot.ids.size()));
}

void DeletePromptsCommand::undo()
{
    if (Status restored = PromptArchive(m_database).restore(m_snapshot); !restored) {
        // Nothing was restored (one transaction); the step cannot be replayed either way.
        setObsolete(true);
        m_changed({}, true, restored.error().message());
        return;
    }
    m_done = false;
    m_changed(m_snapshot.seqs, true, {});
}

void DeletePromptsCommand::redo()
{
    if (m_done)
        return;
    auto removed = PromptArchive(m_database).remove(m_snapshot.ids);
    if (!removed) {
        setObsolete(true);
        m_changed({}, false, removed.error().message());
        return;
    }
    m_snapshot = *removed;
    m_done = true;
    m_changed(m_snapshot.seqs, false, {});
}

} // namespace athanor
