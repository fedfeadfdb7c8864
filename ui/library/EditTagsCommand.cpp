#include "EditTagsCommand.h"

#include "storage/PromptRepository.h"

#include <QCoreApplication>

namespace athanor {

EditTagsCommand::EditTagsCommand(std::shared_ptr<Database> database, QString id, QStringList before, QStringList after,
                                 Changed changed)
    : m_database(std::move(database)), m_id(std::move(id)), m_before(std::move(before)), m_after(std::move(after)),
      m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("EditTagsCommand", "Edit Tags"));
}

void EditTagsCommand::apply(const QStringList& tags)
{
    Status set = PromptRepository(m_database).setTags(m_id, tags);
    if (!set)
        setObsolete(true); // the prompt is gone: nothing left to undo or redo
    m_changed(m_id, set ? QString() : set.error().message());
}

} // namespace athanor
