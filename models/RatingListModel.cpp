#include "RatingListModel.h"

#include <QDateTime>
#include <QLocale>

namespace athanor {

namespace {

QString yesNo(const std::optional<bool>& value)
{
    return !value ? QString() : *value ? RatingListModel::tr("yes") : RatingListModel::tr("no");
}

} // namespace

void RatingListModel::setRatings(QList<FeedbackRepository::Given> ratings)
{
    beginResetModel();
    m_ratings = std::move(ratings);
    endResetModel();
}

int RatingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ratings.size());
}

int RatingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedbackRepository::Given& r = m_ratings[index.row()];
    if (role == PromptIdRole)
        return r.promptId;
    if (role == SortRole)
        return index.column() == When    ? QVariant(r.createdAt)
               : index.column() == Stars ? QVariant(r.stars)
                                         : data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == Prompt)
        return r.preview;
    if (role == Qt::TextAlignmentRole && index.column() == Stars)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromString(r.createdAt, Qt::ISODateWithMs).toLocalTime(),
                                  QLocale::ShortFormat);
    case Stars:
        return QString(r.stars, QChar(0x2605));
    case Helpful:
        return yesNo(r.helpful);
    case Met:
        return yesNo(r.metExpectations);
    case Source:
        return r.source;
    case Improvement:
        return r.improvement;
    case Prompt:
        return r.preview;
    default:
        return {};
    }
}

QVariant RatingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Stars:
        return tr("Rating");
    case Helpful:
        return tr("Helpful");
    case Met:
        return tr("Met expectations");
    case Source:
        return tr("Where");
    case Improvement:
        return tr("Suggested improvement");
    case Prompt:
        return tr("Prompt");
    default:
        return {};
    }
}

} // namespace athanor
