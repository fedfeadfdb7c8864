#pragma once

#include "storage/ExperimentRepository.h"

#include <QAbstractTableModel>
#include <memory>

namespace athanor {

class Database;

// The A/B experiments (ExperimentRepository::all) as a table for the Trends pane's Experiments
// tab: each arm's runs and success rate with its Wilson 95 % interval, the p-value and the test
// that gave it, and the verdict in words. reload() reads them again from the database, which
// setDatabase() can change (the Trends pane's demo database). Sortable through a proxy (SortRole).
class ExperimentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Intent,
        State,
        RunsA,
        RateA,
        RunsB,
        RateB,
        PValue,
        Verdict,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the experiment's id
        SortRole,                  // the column's value as a number or plain text
    };

    explicit ExperimentTableModel(std::shared_ptr<Database> database, QObject* parent = nullptr);

    void setDatabase(std::shared_ptr<Database> database);
    // Reads the experiments again; on an error the rows stay as they were.
    Status reload();
    void setExperiments(QList<ExperimentRepository::Experiment> experiments);
    const ExperimentRepository::Experiment& experiment(int row) const { return m_experiments.at(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The texts the table shows, for the detail panel too.
    // "62 % (41–79 %)": the success rate and its Wilson 95 % interval; "—" without runs.
    static QString rateText(const ExperimentStatistics::Arm& arm);
    // "0.0098 (z-test)" or "0.1 (Fisher)"; "—" while an arm has no runs.
    static QString pValueText(const ExperimentStatistics::Verdict& verdict,
                              const ExperimentStatistics::Arm& a, const ExperimentStatistics::Arm& b);
    static QString statusText(const QString& status);
    // A variant as plain text: its prompt, then its techniques.
    static QString variantText(const ExperimentRepository::Variant& variant);
    // Short, for the table: "A wins", "Needs 20 runs per arm", "No significant difference yet", …
    static QString verdictText(const ExperimentRepository::Experiment& e);
    // The verdict in plain words: which test, what p means, what is missing for a winner.
    static QString explanation(const ExperimentRepository::Experiment& e);

private:
    QVariant display(const ExperimentRepository::Experiment& e, int column) const;
    QVariant sortValue(const ExperimentRepository::Experiment& e, int column) const;

    std::shared_ptr<Database> m_database;
    QList<ExperimentRepository::Experiment> m_experiments;
};

} // namespace athanor
