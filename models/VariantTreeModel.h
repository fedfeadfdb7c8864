#pragma once

#include "core/phases/GenerationTypes.h"

#include <QAbstractItemModel>

namespace athanor {

// A three-phase run as a tree: one row per phase, its variants (of every round) beneath, with
// temperature, score, judge, tokens, cost and latency; the best of each phase is marked. Fed by
// PhaseRunner's signals as the run goes.
class VariantTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Temperature,
        Score,
        Judge,
        Tokens,
        Cost,
        Latency,
        ColumnCount
    };
    enum Role
    {
        ContentRole = Qt::UserRole + 1,
        PromptIdRole,
        IsBestRole,
        ErrorRole
    };

    explicit VariantTreeModel(QObject* parent = nullptr);

    void clear();
    // Adds the phase's row unless it is the last one already (a new round of the same phase).
    void startPhase(Phase phase);
    void addVariant(const VariantOutcome& variant);
    void setBest(Phase phase, int variantRow);

    const VariantOutcome* variant(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct PhaseRow
    {
        Phase phase;
        QList<VariantOutcome> variants;
        int best = -1;
    };
    int phaseRow(Phase phase) const;
    QVariant phaseData(const PhaseRow& row, int column, int role) const;
    QVariant variantData(const PhaseRow& row, int variantRow, int column, int role) const;

    QList<PhaseRow> m_phases;
};

} // namespace athanor
