#pragma once

#include "storage/PromptQueries.h"

#include <QAbstractTableModel>

#include <memory>

namespace athanor {

class Database;

// The library as a table that stays smooth with a million prompts: rows arrive a page at a time
// through fetchMore() (keyset paging, newest first unless sorted otherwise), never a full load or
// a count. Pages are read off the GUI thread (a rare filter value may have to look through many
// rows); pageLoaded() says when one is in.
class PromptTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PreviewColumn, TagsColumn, PhaseColumn, ModelColumn, RatingColumn, UsesColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SeqRole };

    explicit PromptTableModel(std::shared_ptr<Database> database, QObject* parent = nullptr);

    void setFilter(const PromptQueries::Filter& filter);
    const PromptQueries::Filter& filter() const { return m_filter; }
    void setPageSize(int size) { m_pageSize = size; }
    PromptQueries::Sort sortOrder() const { return m_sort; }
    // Only the columns with an index to page by sort (Created, Uses); sortable() says which.
    static bool sortable(int column) { return column == CreatedColumn || column == UsesColumn; }
    // Empties the table and reads the first page again (after an import, an undo, a new filter).
    void reload();
    // True while a page is being read.
    bool isLoading() const { return m_loading; }

    // Takes deleted prompts out of the rows already read, keeping the rest where they are.
    void removeIds(const QStringList& ids);
    // Reads the rows already shown again (after a tag edit), keeping their number and order.
    void refreshRows(const QStringList& ids);

    const PromptSummary* summary(int row) const;
    int rowOf(const QString& id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

signals:
    // A page (possibly empty, or failed: see lastError()) has been read.
    void pageLoaded();

private:
    struct Page
    {
        QList<PromptSummary> rows;
        QString error;
    };
    void requestPage();
    void appendPage(const Page& page);

    std::shared_ptr<Database> m_database;
    PromptQueries::Filter m_filter;
    PromptQueries::Sort m_sort = PromptQueries::Sort::Newest;
    QList<PromptSummary> m_rows;
    int m_pageSize = 200;
    bool m_exhausted = false;
    bool m_busy = false;
    bool m_loading = false;
    int m_generation = 0; // pages asked for before the last reload are dropped
    QString m_error;
};

} // namespace athanor
