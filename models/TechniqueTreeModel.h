#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QAbstractItemModel>
#include <QSet>

namespace athanor {

// Categories, and under each its techniques: the Techniques pane's tree.
class TechniqueTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ComplexityColumn, EffectivenessColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // technique code; empty on categories
        IsCategoryRole,
        ComplexityRole, // int
        FavouriteRole,  // bool
        ActiveRole,     // bool
        SearchTextRole, // what the filter matches: name, code, category, description
    };

    explicit TechniqueTreeModel(QObject* parent = nullptr);

    void setTechniques(const QList<Technique>& techniques, const QSet<QString>& favourites);
    void setFavourite(const QString& code, bool favourite);
    const Technique* technique(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& code) const;

    static QString categoryTitle(const QString& category);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Category
    {
        QString name;
        QList<Technique> techniques;
    };
    QList<Category> m_categories;
    QSet<QString> m_favourites;
};

} // namespace athanor
