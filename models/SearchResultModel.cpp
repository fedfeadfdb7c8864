#include "SearchResultModel.h"

#include "core/Prompt.h"
#include "core/search/FtsQuery.h"
#include "storage/EmbeddingRepository.h"

#include <QMimeData>
#include <QSet>

namespace athanor {

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchResultModel::setFullTextHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_kind = Kind::FullText;
    m_rows.clear();
    for (const SearchHit& hit : hits)
        m_rows.append({hit.id, hit.score, hit.snippet, hit.content});
    endResetModel();
}

void SearchResultModel::setSimilarPrompts(const QList<SimilarPrompt>& prompts)
{
    beginResetModel();
    m_kind = Kind::Semantic;
    m_rows.clear();
    for (const SimilarPrompt& prompt : prompts)
        m_rows.append({prompt.id, double(prompt.score), prompt.content.left(240), prompt.content});
    endResetModel();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString SearchResultModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void SearchResultModel::removeIds(const QStringList& ids)
{
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (gone.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString plainSnippet(QString snippet)
{
    snippet.remove(QChar(kSnippetOpen));
    snippet.remove(QChar(kSnippetClose));
    return snippet.simplified();
}

} // namespace

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case ContentRole:
        return row.content;
    case SnippetHtmlRole:
        return m_kind == Kind::FullText ? snippetAsHtml(row.snippet) : row.snippet.simplified().toHtmlEscaped();
    case Qt::ToolTipRole:
        return index.column() == SnippetColumn ? QVariant(row.content.left(2000)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == SnippetColumn)
            return plainSnippet(row.snippet);
        // bm25 scores have no fixed scale; similarities are cosines, shown as such.
        return m_kind == Kind::FullText ? QString::number(row.score, 'f', 2) : QString::number(row.score, 'f', 3);
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == SnippetColumn)
        return tr("Match");
    if (section == ScoreColumn)
        return m_kind == Kind::FullText ? tr("Relevance") : tr("Similarity");
    return {};
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList SearchResultModel::mimeTypes() const
{
    return {QStringLiteral("text/plain")};
}

QMimeData* SearchResultModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList texts;
    QSet<int> rows;
    for (const QModelIndex& index : indexes)
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            texts << m_rows.at(index.row()).content;
        }
    auto* mime = new QMimeData;
    mime->setText(texts.join(QStringLiteral("\n\n")));
    return mime;
}

} // namespace athanor
