#include "NavigationModel.h"

namespace athanor {

NavigationModel::NavigationModel(QList<Entry> entries, QObject* parent)
    : QAbstractListModel(parent), m_entries(std::move(entries))
{
}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.shortcut.isEmpty()
                   ? entry.summary
                   : tr("%1 (%2)").arg(entry.summary, entry.shortcut.toString(QKeySequence::NativeText));
    case Qt::AccessibleDescriptionRole:
    case SummaryRole:
        return entry.summary;
    case PaneIdRole:
        return entry.id;
    case ShortcutRole:
        return entry.shortcut;
    default:
        return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(PaneIdRole, "paneId");
    names.insert(SummaryRole, "summary");
    names.insert(ShortcutRole, "shortcut");
    return names;
}

int NavigationModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return int(i);
    return -1;
}

} // namespace athanor
