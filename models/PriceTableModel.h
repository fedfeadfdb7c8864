#pragma once

#include "core/providers/PriceTable.h"

#include <QAbstractTableModel>

namespace athanor {

// The price table for editing: one row per model, US dollars per million input and output tokens.
// Entries that differ from the shipped table are the user's own (shown bold) and are what gets
// saved; Reset brings a row back to the shipped price or drops a model the shipped table lacks.
class PriceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Model,
        Input,
        Output,
        ColumnCount
    };
    enum Role
    {
        CustomRole = Qt::UserRole + 1
    };

    PriceTableModel(PriceTable shipped, PriceTable current, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a model at price zero (or selects it when it is there); returns its row, -1 for an empty name.
    int addModel(const QString& name);
    void resetRow(int row);
    int rowOf(const QString& model) const;

    const PriceTable& table() const { return m_current; }
    const PriceTable& shipped() const { return m_shipped; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

private:
    PriceTable m_shipped;
    PriceTable m_current;
    QStringList m_models; // sorted
    bool m_modified = false;
};

} // namespace athanor
