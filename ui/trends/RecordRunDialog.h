#pragma once

#include "storage/ExperimentRepository.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace athanor {

class Database;
class StarRating;

// "Record a run…" in the Experiments tab: says which variant the next run should use
// (ExperimentRepository::nextVariant) and shows its prompt or techniques; the user may pick the
// other one, rates the run 1–5 stars and Record stores it. On a problem the dialog stays open
// and says what is wrong.
class RecordRunDialog : public QDialog
{
    Q_OBJECT
public:
    RecordRunDialog(std::shared_ptr<Database> database, ExperimentRepository::Experiment experiment,
                    QWidget* parent = nullptr);
    QString nextVariant() const { return m_next; }
    QString chosenVariant() const;
    // The experiment with the run counted, once Record succeeded.
    const ExperimentRepository::Experiment& recorded() const { return m_experiment; }
    int stars() const;

private:
    void showChosen();
    void record();
    void showProblem(const QString& text);

    std::shared_ptr<Database> m_database;
    ExperimentRepository::Experiment m_experiment;
    QString m_next;
    QRadioButton* m_a;
    QRadioButton* m_b;
    QPlainTextEdit* m_variant;
    StarRating* m_stars;
    QLabel* m_problem;
};

} // namespace athanor
