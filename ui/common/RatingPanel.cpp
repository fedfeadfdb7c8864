#include "RatingPanel.h"

#include "StarRating.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace athanor {

namespace {

// Index 0 "not said", 1 yes, 2 no.
std::optional<bool> answer(const QComboBox* box)
{
    return box->currentIndex() == 0 ? std::nullopt : std::optional<bool>(box->currentIndex() == 1);
}

} // namespace

RatingPanel::RatingPanel(QWidget* parent, Shape shape) : QWidget(parent)
{
    setObjectName(QStringLiteral("ratingPanel"));
    m_stars = new StarRating(this);
    m_stars->setObjectName(QStringLiteral("ratingStars"));
    m_helpful = new QComboBox(this);
    m_helpful->setObjectName(QStringLiteral("ratingHelpful"));
    m_helpful->addItems({tr("Helpful?"), tr("Helpful"), tr("Not helpful")});
    m_helpful->setAccessibleName(tr("Was it helpful"));
    m_met = new QComboBox(this);
    m_met->setObjectName(QStringLiteral("ratingMet"));
    m_met->addItems({tr("Met expectations?"), tr("Met expectations"), tr("Fell short")});
    m_met->setAccessibleName(tr("Did it meet expectations"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("ratingNote"));
    m_note->setPlaceholderText(tr("Suggested improvement (optional)"));
    m_note->setAccessibleName(tr("Suggested improvement"));
    m_rate = new QPushButton(tr("Rate"), this);
    m_rate->setObjectName(QStringLiteral("ratingSubmit"));
    m_rate->setToolTip(tr("Store the rating; ratings of enhanced prompts teach the recommender"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ratingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (shape == Shape::Wide) {
        // Two rows, so that the panel does not widen the panes it sits in.
        auto* row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Your rating:"), this));
        row->addWidget(m_stars);
        row->addWidget(m_helpful);
        row->addWidget(m_met);
        row->addStretch(1);
        auto* noteRow = new QHBoxLayout;
        noteRow->addWidget(m_note, 1);
        noteRow->addWidget(m_rate);
        layout->addLayout(row);
        layout->addLayout(noteRow);
    } else {
        auto* starRow = new QHBoxLayout;
        starRow->addWidget(m_stars);
        starRow->addStretch(1);
        starRow->addWidget(m_rate);
        auto* answers = new QHBoxLayout;
        answers->addWidget(m_helpful, 1);
        answers->addWidget(m_met, 1);
        layout->addLayout(starRow);
        layout->addLayout(answers);
        layout->addWidget(m_note);
    }
    layout->addWidget(m_message);

    connect(m_stars, &StarRating::rated, this, &RatingPanel::updateButton);
    connect(m_rate, &QPushButton::clicked, this, &RatingPanel::submit);
    connect(m_note, &QLineEdit::returnPressed, this, &RatingPanel::submit);
    setPromptId({});
}

void RatingPanel::setPromptId(const QString& promptId)
{
    if (promptId == m_promptId && !promptId.isEmpty())
        return;
    m_promptId = promptId;
    m_unstored = false;
    m_stars->setRating(0);
    m_helpful->setCurrentIndex(0);
    m_met->setCurrentIndex(0);
    m_note->clear();
    m_message->clear();
    setEnabled(!promptId.isEmpty());
    updateButton();
}

void RatingPanel::setUnstored()
{
    setPromptId({});
    m_unstored = true;
    setEnabled(true);
    updateButton();
}

void RatingPanel::updateButton()
{
    m_rate->setEnabled((!m_promptId.isEmpty() || m_unstored) && m_stars->rating() > 0);
}

void RatingPanel::submit()
{
    if (!m_rate->isEnabled())
        return;
    LearningRepository::Rating rating;
    rating.promptId = m_promptId;
    rating.stars = m_stars->rating();
    rating.helpful = answer(m_helpful);
    rating.metExpectations = answer(m_met);
    rating.improvement = m_note->text().trimmed();
    emit submitted(rating);
}

void RatingPanel::showOutcome(const Result<LearningRepository::Outcome>& outcome)
{
    if (!outcome) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(outcome.error().message());
        return;
    }
    m_message->setStyleSheet({});
    const int stars = m_stars->rating();
    const QString rated = stars == 1 ? tr("Rated 1 star.") : tr("Rated %1 stars.").arg(stars);
    m_message->setText(outcome->techniques.isEmpty()
                           ? rated
                           : rated + QLatin1Char(' ') +
                                 tr("It teaches the recommender about %1 for %2.")
                                     .arg(outcome->techniques.join(QLatin1String(", ")), outcome->intent));
    m_note->clear();
}

} // namespace athanor
