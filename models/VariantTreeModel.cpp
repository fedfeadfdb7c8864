#include "VariantTreeModel.h"

#include <QFont>
#include <QLocale>

namespace athanor {

namespace {

// Phase rows have an internal id of 0; a variant row stores its phase row + 1.
constexpr quintptr kPhaseId = 0;

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::PrimaMateria:
        return VariantTreeModel::tr("Prima materia");
    case Phase::Solutio:
        return VariantTreeModel::tr("Solutio");
    case Phase::Coagulatio:
        return VariantTreeModel::tr("Coagulatio");
    }
    return {};
}

QString money(double dollars)
{
    return QStringLiteral("$") + QLocale().toString(dollars, 'f', dollars < 0.01 ? 5 : 3);
}

} // namespace

VariantTreeModel::VariantTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void VariantTreeModel::clear()
{
    beginResetModel();
    m_phases.clear();
    endResetModel();
}

void VariantTreeModel::startPhase(Phase phase)
{
    if (!m_phases.isEmpty() && m_phases.last().phase == phase)
        return;
    beginInsertRows({}, int(m_phases.size()), int(m_phases.size()));
    m_phases.append({phase, {}, -1});
    endInsertRows();
}

void VariantTreeModel::addVariant(const VariantOutcome& variant)
{
    startPhase(variant.phase);
    const int row = int(m_phases.size()) - 1;
    PhaseRow& phase = m_phases[row];
    const QModelIndex parent = index(row, 0);
    beginInsertRows(parent, int(phase.variants.size()), int(phase.variants.size()));
    phase.variants.append(variant);
    endInsertRows();
}

void VariantTreeModel::setBest(Phase phase, int variantRow)
{
    const int row = phaseRow(phase);
    if (row < 0 || variantRow < 0 || variantRow >= m_phases[row].variants.size())
        return;
    const int previous = m_phases[row].best;
    m_phases[row].best = variantRow;
    const QModelIndex parent = index(row, 0);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    for (int changed : {previous, variantRow})
        if (changed >= 0)
            emit dataChanged(index(changed, 0, parent), index(changed, ColumnCount - 1, parent));
}

const VariantOutcome* VariantTreeModel::variant(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kPhaseId)
        return nullptr;
    const PhaseRow& phase = m_phases[int(index.internalId() - 1)];
    return &phase.variants[index.row()];
}

int VariantTreeModel::phaseRow(Phase phase) const
{
    for (int i = int(m_phases.size()) - 1; i >= 0; --i)
        if (m_phases[i].phase == phase)
            return i;
    return -1;
}

QModelIndex VariantTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kPhaseId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex VariantTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kPhaseId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kPhaseId);
}

int VariantTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_phases.size());
    if (parent.internalId() != kPhaseId || parent.column() != 0)
        return 0;
    return int(m_phases[parent.row()].variants.size());
}

int VariantTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant VariantTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kPhaseId)
        return phaseData(m_phases[index.row()], index.column(), role);
    return variantData(m_phases[int(index.internalId() - 1)], index.row(), index.column(), role);
}

QVariant VariantTreeModel::phaseData(const PhaseRow& row, int column, int role) const
{
    const VariantOutcome* best = row.best >= 0 ? &row.variants[row.best] : nullptr;
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == ContentRole)
        return best ? best->result.text : QString();
    if (role == PromptIdRole)
        return best ? best->promptId : QString();
    if (role != Qt::DisplayRole)
        return {};
    if (column == Name)
        return phaseTitle(row.phase);
    if (column == Score && best)
        return QLocale().toString(best->score.total, 'f', 3);
    return {};
}

QVariant VariantTreeModel::variantData(const PhaseRow& row, int variantRow, int column, int role) const
{
    const VariantOutcome& variant = row.variants[variantRow];
    const bool best = variantRow == row.best;
    switch (role) {
    case ContentRole:
        return variant.ok() ? variant.result.text : variant.error;
    case PromptIdRole:
        return variant.promptId;
    case IsBestRole:
        return best;
    case ErrorRole:
        return variant.error;
    case Qt::FontRole:
        if (best) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return variant.ok() ? variant.result.text.left(600) : variant.error;
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Name: {
        QString name = variant.round > 1
                           ? tr("Variant %1 (round %2)").arg(variant.index + 1).arg(variant.round)
                           : tr("Variant %1").arg(variant.index + 1);
        if (!variant.ok())
            name += QStringLiteral(" — ") + tr("failed");
        return best ? QStringLiteral("★ ") + name : name;
    }
    case Temperature:
        return QLocale().toString(variant.temperature, 'f', 2);
    case Score:
        return variant.ok() ? QLocale().toString(variant.score.total, 'f', 3) : QString();
    case Judge:
        return variant.score.judge ? QLocale().toString(*variant.score.judge * 9 + 1, 'f', 1) : QString();
    case Tokens:
        return variant.ok() ? QLocale().toString(variant.result.usage.total()) : QString();
    case Cost:
        return variant.cost ? money(*variant.cost) : QString();
    case Latency:
        return variant.ok() ? tr("%1 s").arg(QLocale().toString(variant.result.latencyMs / 1000.0, 'f', 1))
                            : QString();
    default:
        return {};
    }
}

QVariant VariantTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Phase / variant");
    case Temperature:
        return tr("Temp.");
    case Score:
        return tr("Score");
    case Judge:
        return tr("Judge");
    case Tokens:
        return tr("Tokens");
    case Cost:
        return tr("Cost");
    case Latency:
        return tr("Latency");
    }
    return {};
}

} // namespace athanor
