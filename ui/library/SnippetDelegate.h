#pragma once

#include <QStyledItemDelegate>

namespace athanor {

// Paints a search hit's snippet with its matched words in bold (the model's HTML role), on one
// line, elided like plain text would be.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SnippetDelegate(int htmlRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_htmlRole;
};

} // namespace athanor
