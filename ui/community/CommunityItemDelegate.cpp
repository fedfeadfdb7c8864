#include "CommunityItemDelegate.h"

#include "models/CommunityListModel.h"

#include <QApplication>
#include <QPainter>

namespace athanor {

namespace {

constexpr int kMargin = 6;

} // namespace

QList<CommunityItemDelegate::Badge> CommunityItemDelegate::badges(bool featured, bool verified,
                                                                  const QString& status)
{
    QList<Badge> badges;
    if (featured)
        badges.append({tr("★ featured"), QColor(0x8a, 0x53, 0x00), QColor(0xff, 0xec, 0xc7)});
    if (verified)
        badges.append({tr("✓ verified"), QColor(0x1b, 0x6e, 0x35), QColor(0xdc, 0xf2, 0xe2)});
    if (status == QLatin1String("pending"))
        badges.append({tr("pending"), QColor(0x4f, 0x3f, 0xa8), QColor(0xe9, 0xe5, 0xfa)});
    else if (status == QLatin1String("rejected"))
        badges.append({tr("rejected"), QColor(0xa0, 0x00, 0x1c), QColor(0xfb, 0xe1, 0xe5)});
    return badges;
}

QString CommunityItemDelegate::countsText(const QModelIndex& index)
{
    QStringList parts;
    const QString author = index.data(CommunityListModel::AuthorRole).toString();
    if (!author.isEmpty())
        parts << author;
    parts << (index.data(CommunityListModel::LikedRole).toBool() ? QStringLiteral("♥ %L1")
                                                                 : QStringLiteral("♡ %L1"))
                 .arg(index.data(CommunityListModel::LikesRole).toInt())
          << tr("saved %L1").arg(index.data(CommunityListModel::SavesRole).toInt())
          << tr("remixed %L1").arg(index.data(CommunityListModel::RemixesRole).toInt());
    const QString category = index.data(CommunityListModel::CategoryRole).toString();
    if (!category.isEmpty())
        parts << category;
    return parts.join(QStringLiteral("  ·  "));
}

QSize CommunityItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + option.fontMetrics.height() + 3 * kMargin;
    return {200, height};
}

void CommunityItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    painter->save();
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);

    // Badges from the right, the title elided into what is left.
    int right = area.right();
    const QList<Badge> badges =
        CommunityItemDelegate::badges(index.data(CommunityListModel::FeaturedRole).toBool(),
                                      index.data(CommunityListModel::VerifiedRole).toBool(),
                                      index.data(CommunityListModel::StatusRole).toString());
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const int width = smallMetrics.horizontalAdvance(it->text) + 10;
        const QRect pill(right - width + 1,
                         area.top() + (boldMetrics.height() - smallMetrics.height() - 2) / 2, width,
                         smallMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(it->background);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(pill, 4, 4);
        painter->setPen(it->foreground);
        painter->setFont(small);
        painter->drawText(pill, Qt::AlignCenter, it->text);
        right = pill.left() - 5;
    }
    painter->setPen(text);
    painter->setFont(bold);
    const QRect titleRect(area.left(), area.top(), right - area.left(), boldMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(CommunityListModel::TitleRole).toString(),
                                             Qt::ElideRight, titleRect.width()));
    painter->setPen(dim);
    painter->setFont(option.font);
    const QRect countsRect(area.left(), titleRect.bottom() + kMargin, area.width(),
                           option.fontMetrics.height());
    painter->drawText(countsRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(countsText(index), Qt::ElideRight, countsRect.width()));
    painter->restore();
}

} // namespace athanor
