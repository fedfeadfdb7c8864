#include "PriceTableModel.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

namespace athanor {

PriceTableModel::PriceTableModel(PriceTable shipped, PriceTable current, QObject* parent)
    : QAbstractTableModel(parent), m_shipped(std::move(shipped)), m_current(std::move(current)),
      m_models(m_current.models())
{
}

int PriceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int PriceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& model = m_models[index.row()];
    const PriceTable::Price price = m_current.entry(model).value_or(PriceTable::Price{});
    const bool custom = m_current.isCustom(model, m_shipped);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Model)
            return model;
        return QLocale().toString(index.column() == Input ? price.inputPerMillion : price.outputPerMillion,
                                  'f', 3);
    case Qt::EditRole:
        if (index.column() == Model)
            return model;
        return index.column() == Input ? price.inputPerMillion : price.outputPerMillion;
    case Qt::TextAlignmentRole:
        return index.column() == Model ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (custom) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (!custom)
            return tr("The shipped price");
        if (const auto theirs = m_shipped.entry(model))
            return tr("Your price; shipped: $%1 in, $%2 out per million tokens")
                .arg(QLocale().toString(theirs->inputPerMillion, 'f', 3),
                     QLocale().toString(theirs->outputPerMillion, 'f', 3));
        return tr("Your price; the shipped table does not know this model");
    case CustomRole:
        return custom;
    default:
        return {};
    }
}

bool PriceTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == Model)
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number < 0 || number > 1e6)
        return false;
    const QString& model = m_models[index.row()];
    PriceTable::Price price = m_current.entry(model).value_or(PriceTable::Price{});
    (index.column() == Input ? price.inputPerMillion : price.outputPerMillion) = number;
    m_current.set(model, price);
    m_modified = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == Model ? base : base | Qt::ItemIsEditable;
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model:
        return tr("Model");
    case Input:
        return tr("Input $/M tokens");
    case Output:
        return tr("Output $/M tokens");
    default:
        return {};
    }
}

int PriceTableModel::rowOf(const QString& model) const
{
    return int(m_models.indexOf(model));
}

int PriceTableModel::addModel(const QString& name)
{
    const QString model = name.trimmed();
    if (model.isEmpty())
        return -1;
    if (const int existing = rowOf(model); existing >= 0)
        return existing;
    const int row = int(std::lower_bound(m_models.begin(), m_models.end(), model) - m_models.begin());
    beginInsertRows({}, row, row);
    m_models.insert(row, model);
    m_current.set(model, {});
    endInsertRows();
    m_modified = true;
    return row;
}

void PriceTableModel::resetRow(int row)
{
    if (row < 0 || row >= m_models.size())
        return;
    const QString model = m_models[row];
    m_current.reset(model, m_shipped);
    m_modified = true;
    if (m_current.entry(model)) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginRemoveRows({}, row, row);
    m_models.removeAt(row);
    endRemoveRows();
}

} // namespace athanor
