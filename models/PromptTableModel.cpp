#include "PromptTableModel.h"

#include "storage/PromptRepository.h"

#include <QFutureWatcher>
#include <QMimeData>
#include <QtConcurrent>
#include <QSet>

namespace athanor {

PromptTableModel::PromptTableModel(std::shared_ptr<Database> database, QObject* parent)
    : QAbstractTableModel(parent), m_database(std::move(database))
{
}

void PromptTableModel::setFilter(const PromptQueries::Filter& filter)
{
    m_filter = filter;
    reload();
}

void PromptTableModel::reload()
{
    // Nothing may fetch while a change is being announced: views and testers call fetchMore
    // from the signals. The first page follows the reset; views ask for more as they scroll.
    ++m_generation;
    m_busy = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_loading = false;
    m_error.clear();
    endResetModel();
    m_busy = false;
    requestPage();
}

void PromptTableModel::requestPage()
{
    m_loading = true;
    const int generation = m_generation;
    const PromptQueries::Cursor cursor = m_rows.isEmpty() ? PromptQueries::Cursor{} : PromptQueries::Cursor::after(m_rows.last());
    auto* watcher = new QFutureWatcher<Page>(this);
    connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            appendPage(watcher->result());
    });
    // The worker uses its own thread's connection; the database outlives the model.
    watcher->setFuture(QtConcurrent::run(
        [database = m_database, filter = m_filter, sort = m_sort, cursor, size = m_pageSize]() -> Page {
            auto page = PromptQueries(database).page(filter, sort, cursor, size);
            return page ? Page{*page, {}} : Page{{}, page.error().message()};
        }));
}

void PromptTableModel::appendPage(const Page& page)
{
    m_loading = false;
    if (!page.error.isEmpty()) {
        m_error = page.error;
        m_exhausted = true;
    } else {
        if (page.rows.size() < m_pageSize)
            m_exhausted = true;
        if (!page.rows.isEmpty()) {
            m_busy = true;
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_rows << page.rows;
            endInsertRows();
            m_busy = false;
        }
    }
    emit pageLoaded();
}

void PromptTableModel::removeIds(const QStringList& ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    // Contiguous runs go in one signal each: deleting a page of selected rows stays cheap.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (!gone.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone.contains(m_rows.at(first - 1).id))
            --first;
        m_busy = true;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        m_busy = false;
        row = first - 1;
    }
}

void PromptTableModel::refreshRows(const QStringList& ids)
{
    for (const QString& id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        // A page of one, starting just before this row, gives it back as it is now.
        PromptQueries::Cursor cursor;
        if (m_sort == PromptQueries::Sort::Newest || m_sort == PromptQueries::Sort::MostUsed)
            cursor = {m_rows.at(row).seq + 1, m_rows.at(row).uses};
        else
            cursor = {m_rows.at(row).seq - 1, m_rows.at(row).uses};
        auto page = PromptQueries(m_database).page(m_filter, m_sort, cursor, 1);
        if (!page || page->isEmpty() || page->first().id != id)
            continue;
        m_rows[row] = page->first();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const PromptSummary* PromptTableModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PromptTableModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

int PromptTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PromptTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PromptTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_busy && !m_loading;
}

void PromptTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

QVariant PromptTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromptSummary& s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == SeqRole)
        return s.seq;
    if (role == Qt::ToolTipRole && index.column() == PreviewColumn)
        return s.preview;
    if (role == Qt::ToolTipRole && index.column() == CreatedColumn)
        return s.createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    if (role == Qt::TextAlignmentRole && (index.column() == RatingColumn || index.column() == UsesColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PreviewColumn:
        return s.preview.simplified();
    case TagsColumn:
        return s.tags.join(QStringLiteral(", "));
    case PhaseColumn:
        return s.phase;
    case ModelColumn:
        return s.provider.isEmpty() ? s.model : (s.model.isEmpty() ? s.provider : s.provider + QLatin1Char('/') + s.model);
    case RatingColumn:
        return s.rating ? QVariant(QString::number(*s.rating, 'f', 1)) : QVariant();
    case UsesColumn:
        return s.uses;
    case CreatedColumn:
        return s.createdAt.left(10); // the day; the time is in the tooltip
    }
    return {};
}

QVariant PromptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PreviewColumn:
        return tr("Prompt");
    case TagsColumn:
        return tr("Tags");
    case PhaseColumn:
        return tr("Phase");
    case ModelColumn:
        return tr("Provider / model");
    case RatingColumn:
        return tr("Rating");
    case UsesColumn:
        return tr("Uses");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void PromptTableModel::sort(int column, Qt::SortOrder order)
{
    PromptQueries::Sort sort = m_sort;
    if (column == CreatedColumn)
        sort = order == Qt::AscendingOrder ? PromptQueries::Sort::Oldest : PromptQueries::Sort::Newest;
    else if (column == UsesColumn)
        sort = order == Qt::AscendingOrder ? PromptQueries::Sort::LeastUsed : PromptQueries::Sort::MostUsed;
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

Qt::ItemFlags PromptTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList PromptTableModel::mimeTypes() const
{
    return {QStringLiteral("text/plain")};
}

// Dragging prompts out gives their full text, one after another.
QMimeData* PromptTableModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList texts;
    QSet<int> rows;
    PromptRepository prompts(m_database);
    for (const QModelIndex& index : indexes) {
        if (rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        if (const auto prompt = prompts.find(m_rows.at(index.row()).id))
            texts << prompt->content;
    }
    auto* mime = new QMimeData;
    mime->setText(texts.join(QStringLiteral("\n\n")));
    return mime;
}

} // namespace athanor
