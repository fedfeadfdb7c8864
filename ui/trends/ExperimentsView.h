#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace athanor {

class Database;
class ExperimentTableModel;
class NewExperimentDialog;
class RecordRunDialog;

// The Trends pane's Experiments tab: the A/B experiments with each arm's runs and success rate
// (Wilson 95 % interval), the p-value and its test, the verdict; the selected one in detail, its
// verdict in plain words; New experiment…, Record a run… and Stop. Reads the database it is
// given again whenever it is shown or the database changes (the pane's demo database).
class ExperimentsView : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentsView(std::shared_ptr<Database> database, QWidget* parent = nullptr);

    void setDatabase(std::shared_ptr<Database> database);
    void reload();
    ExperimentTableModel* model() const { return m_model; }
    QString currentId() const;
    bool selectExperiment(const QString& id);
    // Open the dialogs (window-modal, deleted when closed), as the buttons do.
    NewExperimentDialog* newExperiment();
    RecordRunDialog* recordRun();
    void stopCurrent();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCurrent();
    void showMessage(const QString& text, bool error);

    std::shared_ptr<Database> m_database;
    ExperimentTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_message;
    QPushButton* m_record;
    QPushButton* m_stop;
};

} // namespace athanor
