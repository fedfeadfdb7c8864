#pragma once

#include "storage/FeedbackRepository.h"

#include <QAbstractTableModel>

namespace athanor {

// The ratings list beside the Trends charts: when, stars, helpful, met expectations, where it
// was given, the suggested improvement and the prompt. Sortable through a proxy (SortRole).
class RatingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Stars,
        Helpful,
        Met,
        Source,
        Improvement,
        Prompt,
        ColumnCount
    };
    enum Role
    {
        PromptIdRole = Qt::UserRole + 1,
        SortRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRatings(QList<FeedbackRepository::Given> ratings);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FeedbackRepository::Given> m_ratings;
};

} // namespace athanor
