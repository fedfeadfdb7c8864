#pragma once

#include <QDialog>
#include <QStringList>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace athanor {

class Database;

// "New experiment…" in the Experiments tab: a name, the intent (from the catalog), variants A
// and B each as a prompt or technique codes, alternate or random assignment and the minimum of
// runs per arm. Create checks the fields and creates it through ExperimentRepository; on a
// problem the dialog stays open and says what is wrong.
class NewExperimentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewExperimentDialog(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    // The new experiment's id once Create succeeded.
    QString createdId() const { return m_createdId; }

private:
    void create();
    QStringList problems() const;
    void showProblem(const QString& text);

    std::shared_ptr<Database> m_database;
    QStringList m_knownTechniques;
    QLineEdit* m_name;
    QComboBox* m_intent;
    QPlainTextEdit* m_promptA;
    QPlainTextEdit* m_promptB;
    QLineEdit* m_techniquesA;
    QLineEdit* m_techniquesB;
    QComboBox* m_assignment;
    QSpinBox* m_minimum;
    QLabel* m_problem;
    QString m_createdId;
};

} // namespace athanor
