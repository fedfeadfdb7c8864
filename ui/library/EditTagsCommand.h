#pragma once

#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace athanor {

class Database;

// Setting a prompt's tags as an undo step.
class EditTagsCommand : public QUndoCommand
{
public:
    using Changed = std::function<void(const QString& id, const QString& error)>;

    EditTagsCommand(std::shared_ptr<Database> database, QString id, QStringList before, QStringList after, Changed changed);

    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const QStringList& tags);

    std::shared_ptr<Database> m_database;
    QString m_id;
    QStringList m_before;
    QStringList m_after;
    Changed m_changed;
};

} // namespace athanor
