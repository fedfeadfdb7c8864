#include "TechniqueFilterProxy.h"

#include "TechniqueTreeModel.h"

namespace athanor {

TechniqueFilterProxy::TechniqueFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TechniqueFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TechniqueFilterProxy::setComplexityRange(int minimum, int maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    invalidateFilter();
}

bool TechniqueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(TechniqueTreeModel::IsCategoryRole).toBool())
        return false; // shown through its techniques (recursive filtering)
    const int complexity = index.data(TechniqueTreeModel::ComplexityRole).toInt();
    if (complexity < m_minimum || complexity > m_maximum)
        return false;
    if (m_text.isEmpty())
        return true;
    const QString haystack = index.data(TechniqueTreeModel::SearchTextRole).toString();
    // Every word must appear somewhere.
    for (const QString& word : m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace athanor
