#pragma once

#include "storage/LearningRepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace athanor {

class StarRating;

// Rate a prompt: 1-5 stars, helpful, met expectations, and a suggested improvement or comment,
// sent with "Rate". The pane that shows it stores the rating (LearningRepository) and says what
// came of it with showOutcome().
class RatingPanel : public QWidget
{
    Q_OBJECT
public:
    // Wide: two rows under a pane; Narrow: stacked for a column a quarter of a window wide.
    enum class Shape
    {
        Wide,
        Narrow
    };
    explicit RatingPanel(QWidget* parent = nullptr, Shape shape = Shape::Wide);

    // The prompt a rating is for; empty: nothing to rate (the panel is disabled and cleared).
    void setPromptId(const QString& promptId);
    // A result that is stored only once it is rated (a Playground answer): the panel is cleared
    // and enabled with no id; the pane stores the result and fills the submitted rating's id in.
    void setUnstored();
    QString promptId() const { return m_promptId; }
    // What the pane made of the last submitted rating, or why it failed.
    void showOutcome(const Result<LearningRepository::Outcome>& outcome);
    StarRating* stars() const { return m_stars; }

signals:
    void submitted(const athanor::LearningRepository::Rating& rating);

private:
    void updateButton();
    void submit();

    QString m_promptId;
    bool m_unstored = false;
    StarRating* m_stars;
    QComboBox* m_helpful;
    QComboBox* m_met;
    QLineEdit* m_note;
    QPushButton* m_rate;
    QLabel* m_message;
};

} // namespace athanor
