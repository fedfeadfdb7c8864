#include "TechniqueTreeModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace athanor {

namespace {
// internalId of a category row; a technique row stores its category's row + 1.
constexpr quintptr kCategoryId = 0;
} // namespace

TechniqueTreeModel::TechniqueTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

QString TechniqueTreeModel::categoryTitle(const QString& category)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("reasoning"), QT_TR_NOOP("Reasoning")},
        {QStringLiteral("decomposition"), QT_TR_NOOP("Decomposition")},
        {QStringLiteral("examples"), QT_TR_NOOP("Examples")},
        {QStringLiteral("role_persona"), QT_TR_NOOP("Role & persona")},
        {QStringLiteral("structure"), QT_TR_NOOP("Structure")},
        {QStringLiteral("output_control"), QT_TR_NOOP("Output control")},
        {QStringLiteral("verification"), QT_TR_NOOP("Verification")},
        {QStringLiteral("context"), QT_TR_NOOP("Context")},
    };
    const auto it = titles.constFind(category);
    return it == titles.constEnd() ? category : tr(*it);
}

void TechniqueTreeModel::setTechniques(const QList<Technique>& techniques, const QSet<QString>& favourites)
{
    beginResetModel();
    m_categories.clear();
    m_favourites = favourites;
    for (const Technique& t : techniques) {
        auto it = std::find_if(m_categories.begin(), m_categories.end(), [&](const Category& c) { return c.name == t.category; });
        if (it == m_categories.end()) {
            m_categories.append({t.category, {}});
            it = m_categories.end() - 1;
        }
        it->techniques.append(t);
    }
    std::sort(m_categories.begin(), m_categories.end(),
              [](const Category& a, const Category& b) { return categoryTitle(a.name) < categoryTitle(b.name); });
    for (Category& c : m_categories)
        std::sort(c.techniques.begin(), c.techniques.end(),
                  [](const Technique& a, const Technique& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    endResetModel();
}

void TechniqueTreeModel::setFavourite(const QString& code, bool favourite)
{
    if (favourite == m_favourites.contains(code))
        return;
    if (favourite)
        m_favourites.insert(code);
    else
        m_favourites.remove(code);
    const QModelIndex at = indexOf(code);
    if (at.isValid())
        emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
}

const Technique* TechniqueTreeModel::technique(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kCategoryId)
        return nullptr;
    return &m_categories.at(int(index.internalId() - 1)).techniques.at(index.row());
}

QModelIndex TechniqueTreeModel::indexOf(const QString& code) const
{
    for (int c = 0; c < m_categories.size(); ++c)
        for (int t = 0; t < m_categories.at(c).techniques.size(); ++t)
            if (m_categories.at(c).techniques.at(t).code == code)
                return createIndex(t, 0, quintptr(c + 1));
    return {};
}

QModelIndex TechniqueTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kCategoryId);
    if (parent.internalId() == kCategoryId)
        return createIndex(row, column, quintptr(parent.row() + 1));
    return {};
}

QModelIndex TechniqueTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kCategoryId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kCategoryId);
}

int TechniqueTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.column() != 0 || parent.internalId() != kCategoryId)
        return 0;
    return int(m_categories.at(parent.row()).techniques.size());
}

int TechniqueTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TechniqueTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kCategoryId) {
        const Category& c = m_categories.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(QStringLiteral("%1 (%2)").arg(categoryTitle(c.name)).arg(c.techniques.size()))
                                                : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsCategoryRole:
            return true;
        case SearchTextRole:
            return categoryTitle(c.name);
        default:
            return {};
        }
    }

    const Technique& t = *technique(index);
    const bool favourite = m_favourites.contains(t.code);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return favourite ? QStringLiteral("★ %1").arg(t.name)
                             : (t.active ? t.name : tr("%1 (disabled)").arg(t.name));
        case ComplexityColumn:
            return t.complexity;
        case EffectivenessColumn:
            return QString::number(t.baseEffectiveness, 'f', 2);
        }
        return {};
    case Qt::ToolTipRole:
        return t.description;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return t.active ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case CodeRole:
        return t.code;
    case IsCategoryRole:
        return false;
    case ComplexityRole:
        return t.complexity;
    case FavouriteRole:
        return favourite;
    case ActiveRole:
        return t.active;
    case SearchTextRole:
        return QStringList{t.name, t.code, categoryTitle(t.category), t.category, t.description}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant TechniqueTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Technique");
        case ComplexityColumn:
            return tr("Level");
        case EffectivenessColumn:
            return tr("Base");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ComplexityColumn:
            return tr("Complexity, 1 (simple) to 5 (demanding)");
        case EffectivenessColumn:
            return tr("Base effectiveness, 0 to 1, used when no intent mapping exists");
        }
    }
    return {};
}

} // namespace athanor
