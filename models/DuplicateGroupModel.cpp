#include "DuplicateGroupModel.h"

#include <QSet>

namespace athanor {

DuplicateGroupModel::DuplicateGroupModel(QObject* parent) : QAbstractItemModel(parent) {}

void DuplicateGroupModel::setGroups(const QList<DuplicateGroup>& groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

QStringList DuplicateGroupModel::allButFirst() const
{
    QStringList ids;
    for (const DuplicateGroup& group : m_groups)
        for (qsizetype i = 1; i < group.members.size(); ++i)
            ids << group.members.at(i).id;
    return ids;
}

void DuplicateGroupModel::removeIds(const QStringList& ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    // A reset: whole groups may go, and member rows carry their group's row in their index.
    beginResetModel();
    QList<DuplicateGroup> kept;
    for (DuplicateGroup group : m_groups) {
        group.members.removeIf([&](const SimilarPrompt& p) { return gone.contains(p.id); });
        if (group.members.size() >= 2)
            kept << group;
    }
    m_groups = kept;
    endResetModel();
}

QModelIndex DuplicateGroupModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DuplicateGroupModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DuplicateGroupModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).members.size());
}

int DuplicateGroupModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DuplicateGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const DuplicateGroup& group = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == PromptColumn)
            return tr("%L1 near-identical prompts").arg(group.members.size());
        if (role == IdRole)
            return group.members.first().id;
        return {};
    }
    const SimilarPrompt& member = m_groups.at(int(index.internalId() - 1)).members.at(index.row());
    switch (role) {
    case IdRole:
        return member.id;
    case ContentRole:
        return member.content;
    case Qt::ToolTipRole:
        return member.content.left(2000);
    case Qt::DisplayRole:
        if (index.column() == PromptColumn)
            return member.content.left(240).simplified();
        return index.row() == 0 ? tr("oldest") : QString::number(double(member.score), 'f', 3);
    }
    return {};
}

QVariant DuplicateGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PromptColumn ? tr("Prompt") : tr("Similarity");
}

} // namespace athanor
