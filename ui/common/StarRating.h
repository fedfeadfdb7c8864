#pragma once

#include <QWidget>

class QToolButton;

namespace athanor {

// Five stars to rate a result 1-5: click or press 1-5 while it has focus; emits rated().
class StarRating : public QWidget
{
    Q_OBJECT
public:
    explicit StarRating(QWidget* parent = nullptr);
    int rating() const { return m_rating; }
    void setRating(int rating); // 0 clears

signals:
    void rated(int rating);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    QList<QToolButton*> m_stars;
    int m_rating = 0;
};

} // namespace athanor
