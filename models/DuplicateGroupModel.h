#pragma once

#include "storage/NearDuplicateFinder.h"

#include <QAbstractItemModel>

namespace athanor {

// Groups of near-identical prompts as a two-level tree: a row per group ("3 prompts"), its
// members under it with their similarity to the first one.
class DuplicateGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { PromptColumn, SimilarityColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ContentRole };

    explicit DuplicateGroupModel(QObject* parent = nullptr);

    void setGroups(const QList<DuplicateGroup>& groups);
    const QList<DuplicateGroup>& groups() const { return m_groups; }
    // The members of every group but its first (oldest) one: what "keep one of each" deletes.
    QStringList allButFirst() const;
    // Drops deleted prompts, and the groups left with fewer than two members.
    void removeIds(const QStringList& ids);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Group rows have internal id 0; member rows carry their group's row + 1.
    QList<DuplicateGroup> m_groups;
};

} // namespace athanor
