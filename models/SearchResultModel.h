#pragma once

#include <QAbstractTableModel>

namespace athanor {

struct SearchHit;
struct SimilarPrompt;

// The answer to a Library search, best first: full-text hits with their highlighted snippet, or
// prompts found by meaning with their similarity. A search returns a bounded list, so the model
// holds it whole.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SnippetColumn, ScoreColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SnippetHtmlRole, ContentRole };
    enum class Kind { FullText, Semantic };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setFullTextHits(const QList<SearchHit>& hits);
    void setSimilarPrompts(const QList<SimilarPrompt>& prompts);
    void clear();
    Kind kind() const { return m_kind; }
    QString idAt(int row) const;
    // Drops the rows of prompts that no longer exist (after a delete).
    void removeIds(const QStringList& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    struct Row
    {
        QString id;
        double score = 0;
        QString snippet; // with the FTS markers, or the start of the content
        QString content;
    };
    QList<Row> m_rows;
    Kind m_kind = Kind::FullText;
};

} // namespace athanor
