#include "ExperimentTableModel.h"

#include <QFont>

namespace athanor {

namespace {

using Arm = ExperimentStatistics::Arm;

QString percent(double share)
{
    return QString::number(qRound(share * 100));
}

QString moreRuns(int runs)
{
    return runs == 1 ? ExperimentTableModel::tr("1 more run")
                     : ExperimentTableModel::tr("%1 more runs").arg(runs);
}

} // namespace

ExperimentTableModel::ExperimentTableModel(std::shared_ptr<Database> database, QObject* parent)
    : QAbstractTableModel(parent), m_database(std::move(database))
{
}

void ExperimentTableModel::setDatabase(std::shared_ptr<Database> database)
{
    m_database = std::move(database);
}

Status ExperimentTableModel::reload()
{
    auto experiments = ExperimentRepository(m_database).all();
    if (!experiments)
        return experiments.error();
    setExperiments(*experiments);
    return {};
}

void ExperimentTableModel::setExperiments(QList<ExperimentRepository::Experiment> experiments)
{
    beginResetModel();
    m_experiments = std::move(experiments);
    endResetModel();
}

int ExperimentTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_experiments.size(); ++row)
        if (m_experiments[row].id == id)
            return row;
    return -1;
}

int ExperimentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_experiments.size());
}

int ExperimentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExperimentRepository::Experiment& e = m_experiments[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(e, column);
    case IdRole:
        return e.id;
    case SortRole:
        return sortValue(e, column);
    case Qt::ToolTipRole:
        if (column == RateA || column == RateB) {
            const Arm& arm = column == RateA ? e.armA : e.armB;
            return tr("%1 of %2 runs rated 4 or 5 stars; the success rate is between the bracketed "
                      "figures with 95 % confidence (Wilson interval)")
                .arg(arm.successes)
                .arg(arm.runs);
        }
        if (column == Name)
            return e.name;
        return column == Verdict || column == PValue ? QVariant(explanation(e)) : QVariant();
    case Qt::FontRole:
        if ((column == RateA && e.verdict.winner == QLatin1String("A")) ||
            (column == RateB && e.verdict.winner == QLatin1String("B")) ||
            (column == Verdict && !e.verdict.winner.isEmpty())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == RunsA || column == RunsB)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ExperimentTableModel::display(const ExperimentRepository::Experiment& e, int column) const
{
    switch (column) {
    case Name:
        return e.name;
    case Intent:
        return e.intent;
    case State:
        return statusText(e.status);
    case RunsA:
        return e.armA.runs;
    case RateA:
        return rateText(e.armA);
    case RunsB:
        return e.armB.runs;
    case RateB:
        return rateText(e.armB);
    case PValue:
        return pValueText(e.verdict, e.armA, e.armB);
    case Verdict:
        return verdictText(e);
    default:
        return {};
    }
}

QVariant ExperimentTableModel::sortValue(const ExperimentRepository::Experiment& e, int column) const
{
    switch (column) {
    case RateA:
        return e.armA.runs > 0 ? e.armA.rate() : -1.0;
    case RateB:
        return e.armB.runs > 0 ? e.armB.rate() : -1.0;
    case PValue:
        return e.armA.runs > 0 && e.armB.runs > 0 ? e.verdict.p : 2.0;
    default:
        return display(e, column);
    }
}

QVariant ExperimentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && (section == RateA || section == RateB))
        return tr("Share of runs rated 4 or 5 stars, with its 95 % confidence interval");
    if (role == Qt::ToolTipRole && section == PValue)
        return tr("The chance of a difference this large if both variants were equally good; a winner needs "
                  "under 0.05");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Intent:
        return tr("Intent");
    case State:
        return tr("Status");
    case RunsA:
        return tr("A runs");
    case RateA:
        return tr("A success rate");
    case RunsB:
        return tr("B runs");
    case RateB:
        return tr("B success rate");
    case PValue:
        return tr("p-value (test)");
    case Verdict:
        return tr("Verdict");
    default:
        return {};
    }
}

QString ExperimentTableModel::rateText(const Arm& arm)
{
    if (arm.runs == 0)
        return QStringLiteral("—");
    const auto [low, high] = ExperimentStatistics::wilsonInterval(arm);
    return tr("%1 % (%2–%3 %)").arg(percent(arm.rate()), percent(low), percent(high));
}

QString ExperimentTableModel::pValueText(const ExperimentStatistics::Verdict& verdict, const Arm& a,
                                         const Arm& b)
{
    if (a.runs == 0 || b.runs == 0)
        return QStringLiteral("—");
    const QString p = verdict.p < 0.001 ? tr("< 0.001") : QString::number(verdict.p, 'g', 2);
    return verdict.test == QLatin1String("z") ? tr("%1 (z-test)").arg(p) : tr("%1 (Fisher)").arg(p);
}

QString ExperimentTableModel::statusText(const QString& status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("stopped"))
        return tr("Stopped");
    return status;
}

QString ExperimentTableModel::variantText(const ExperimentRepository::Variant& variant)
{
    QStringList lines;
    if (!variant.prompt.isEmpty())
        lines << variant.prompt;
    if (!variant.techniques.isEmpty())
        lines << tr("Techniques: %1").arg(variant.techniques.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

QString ExperimentTableModel::verdictText(const ExperimentRepository::Experiment& e)
{
    if (!e.verdict.winner.isEmpty())
        return tr("%1 wins").arg(e.verdict.winner);
    if (e.status == QLatin1String("stopped"))
        return tr("Stopped, no winner");
    if (e.armA.runs == 0 && e.armB.runs == 0)
        return tr("No runs yet");
    if (!e.verdict.enoughRuns)
        return tr("Needs %1 runs per arm").arg(e.minimumPerArm);
    return tr("No significant difference yet");
}

QString ExperimentTableModel::explanation(const ExperimentRepository::Experiment& e)
{
    const Arm& a = e.armA;
    const Arm& b = e.armB;
    const bool stopped = e.status == QLatin1String("stopped");
    if (a.runs == 0 && b.runs == 0)
        return stopped ? tr("Stopped before any run.")
                       : tr("No runs yet. Record a run for each use of a variant: 4 or 5 stars count as a "
                            "success, and a winner needs p under 0.05 with at least %1 runs in each arm.")
                             .arg(e.minimumPerArm);
    QStringList words;
    if (a.runs == 0 || b.runs == 0) {
        words << tr("Only %1 has runs so far: nothing to compare yet.")
                     .arg(a.runs > 0 ? QStringLiteral("A") : QStringLiteral("B"));
    } else {
        words << (e.verdict.test == QLatin1String("z")
                      ? tr("The two-proportion z-test is used, as every expected count of successes and "
                           "failures "
                           "is at least 5.")
                      : tr("Fisher's exact test is used, as some expected count of successes or failures is "
                           "under 5, too few for the z-test."));
        words << tr("If A and B were equally good, a difference at least this large would turn up by chance "
                    "with probability %1.")
                     .arg(e.verdict.p < 0.001 ? tr("under 0.001") : QString::number(e.verdict.p, 'g', 2));
    }
    QStringList missing;
    if (a.runs < e.minimumPerArm)
        missing << tr("A needs %1").arg(moreRuns(e.minimumPerArm - a.runs));
    if (b.runs < e.minimumPerArm)
        missing << tr("B needs %1").arg(moreRuns(e.minimumPerArm - b.runs));
    if (stopped && e.verdict.winner.isEmpty())
        words << tr("The experiment was stopped without a winner: it takes no more runs.");
    else if (!e.verdict.winner.isEmpty())
        words << tr("%1 is better: that probability is under 0.05 and each arm has at least %2 runs.")
                     .arg(e.verdict.winner)
                     .arg(e.minimumPerArm);
    else if (!missing.isEmpty() && e.verdict.p < 0.05)
        words << tr("The difference looks real, but no winner is declared before each arm has %1 runs: %2.")
                     .arg(e.minimumPerArm)
                     .arg(missing.join(tr(", ")));
    else if (!missing.isEmpty())
        words << tr("No winner yet: a winner needs at least %1 runs in each arm (%2) and a probability under "
                    "0.05.")
                     .arg(e.minimumPerArm)
                     .arg(missing.join(tr(", ")));
    else
        words << tr("No significant difference yet: the probability must be under 0.05. Record more runs, or "
                    "stop the experiment if the difference does not matter.");
    if (e.status == QLatin1String("completed"))
        words << tr("The experiment is complete: it takes no more runs.");
    return words.join(QLatin1Char(' '));
}

} // namespace athanor
