#pragma once

#include "storage/PromptArchive.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace athanor {

class Database;

// Deleting prompts as an undo step. The pane deletes first (so that it can report a failure)
// and pushes the command with what was taken; undo restores it, redo deletes it again.
class DeletePromptsCommand : public QUndoCommand
{
public:
    // After each change: the seqs that left (deleted) or came back (restored), or an error.
    using Changed = std::function<void(const QList<qint64>& seqs, bool restored, const QString& error)>;

    DeletePromptsCommand(std::shared_ptr<Database> database, PromptSnapshot snapshot, Changed changed);

    void undo() override;
    void redo() override;

private:
    std::shared_ptr<Database> m_database;
    PromptSnapshot m_snapshot;
    Changed m_changed;
    bool m_done = true; // the first redo() comes with the push: already deleted
};

} // namespace athanor
