#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace athanor {

// A row of the Community list in two lines: the title in bold with its badges (featured ★,
// verified ✓, pending), then the author and the counts (likes, saves, remixes).
class CommunityItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The second line, as drawn: "ann · ♥ 3 · saved 2 · remixed 1".
    static QString countsText(const QModelIndex& index);

    struct Badge
    {
        QString text;      // "★ featured"
        QColor foreground; // its text
        QColor background; // its pill
    };
    // Featured, verified, pending or rejected, as the list and the detail show them.
    static QList<Badge> badges(bool featured, bool verified, const QString& status);
};

} // namespace athanor
