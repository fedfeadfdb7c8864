#pragma once

#include <QSortFilterProxyModel>

namespace athanor {

// Filters the technique tree by text (name, code, category, description) and a complexity range;
// a category stays while any of its techniques does.
class TechniqueFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TechniqueFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setComplexityRange(int minimum, int maximum);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    int m_minimum = 1;
    int m_maximum = 5;
};

} // namespace athanor
