#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QAbstractTableModel>

namespace athanor {

// Prompt templates (the current version of each) as a table: the Templates tab's list.
class TemplateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IntentColumn,
        QualityColumn,
        UsesColumn,
        VersionColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the row's (version's) id
        FamilyIdRole,              // the same for every version of a template
        IntentsRole,               // the intent paths, separated by spaces (what an intent filter matches)
        SortRole,                  // the column's value as a number or plain text, for sorting
        SearchTextRole,            // what the search box matches: name, description, tags, intents
    };

    explicit TemplateListModel(QObject* parent = nullptr);

    void setTemplates(QList<PromptTemplate> templates);
    const QList<PromptTemplate>& templates() const { return m_templates; }
    const PromptTemplate& promptTemplate(int row) const { return m_templates.at(row); }
    // The row of the template family, or -1.
    int rowOfFamily(const QString& familyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const PromptTemplate& t, int column) const;
    QVariant sortValue(const PromptTemplate& t, int column) const;

    QList<PromptTemplate> m_templates;
};

} // namespace athanor
