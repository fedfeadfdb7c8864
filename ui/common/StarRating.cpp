#include "StarRating.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace athanor {

StarRating::StarRating(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Rating"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int i = 1; i <= 5; ++i) {
        auto* star = new QToolButton(this);
        star->setObjectName(QStringLiteral("star%1").arg(i));
        star->setAutoRaise(true);
        star->setFocusPolicy(Qt::NoFocus);
        star->setToolTip(i == 1 ? tr("Rate 1 star") : tr("Rate %1 stars").arg(i));
        star->setAccessibleName(tr("%1 of 5 stars").arg(i));
        connect(star, &QToolButton::clicked, this, [this, i] {
            setRating(i);
            emit rated(i);
        });
        layout->addWidget(star);
        m_stars.append(star);
    }
    refresh();
}

void StarRating::setRating(int rating)
{
    m_rating = std::clamp(rating, 0, 5);
    refresh();
}

void StarRating::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        setRating(key - Qt::Key_0);
        emit rated(m_rating);
        return;
    }
    QWidget::keyPressEvent(event);
}

void StarRating::refresh()
{
    for (int i = 0; i < m_stars.size(); ++i)
        m_stars[i]->setText(i < m_rating ? QStringLiteral("★") : QStringLiteral("☆"));
    setAccessibleDescription(m_rating ? tr("%1 of 5 stars").arg(m_rating) : tr("not rated"));
}

} // namespace athanor
