#include "CommunityListModel.h"

namespace athanor {

namespace {

QString statusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return CommunityListModel::tr("pending");
    if (status == QLatin1String("rejected"))
        return CommunityListModel::tr("rejected");
    return status == QLatin1String("approved") ? QString() : status;
}

} // namespace

void CommunityListModel::setPrompts(QList<CommunityPrompt> prompts)
{
    beginResetModel();
    m_prompts = std::move(prompts);
    endResetModel();
}

bool CommunityListModel::updatePrompt(const CommunityPrompt& prompt)
{
    const int row = rowOf(prompt.id);
    if (row < 0)
        return false;
    m_prompts[row] = prompt;
    emit dataChanged(index(row), index(row));
    return true;
}

bool CommunityListModel::removePrompt(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_prompts.removeAt(row);
    endRemoveRows();
    return true;
}

int CommunityListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_prompts.size(); ++row)
        if (m_prompts.at(row).id == id)
            return row;
    return -1;
}

QString CommunityListModel::badges(const CommunityPrompt& prompt)
{
    QStringList parts;
    if (prompt.featured)
        parts << QStringLiteral("★");
    if (prompt.verified)
        parts << QStringLiteral("✓");
    if (const QString status = statusText(prompt.status); !status.isEmpty())
        parts << status;
    return parts.join(QLatin1Char(' '));
}

QString CommunityListModel::spokenText(const CommunityPrompt& prompt)
{
    QStringList parts{prompt.title};
    if (!prompt.author.isEmpty())
        parts << tr("by %1").arg(prompt.author);
    if (prompt.featured)
        parts << tr("featured");
    if (prompt.verified)
        parts << tr("verified");
    if (const QString status = statusText(prompt.status); !status.isEmpty())
        parts << status;
    parts << countsText(prompt);
    return parts.join(QStringLiteral(", "));
}

QString CommunityListModel::countsText(const CommunityPrompt& prompt)
{
    return QStringList{prompt.likes == 1 ? tr("1 like") : tr("%L1 likes").arg(prompt.likes),
                       prompt.saves == 1 ? tr("1 save") : tr("%L1 saves").arg(prompt.saves),
                       prompt.remixes == 1 ? tr("1 remix") : tr("%L1 remixes").arg(prompt.remixes)}
        .join(QStringLiteral(", "));
}

int CommunityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_prompts.size());
}

QVariant CommunityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommunityPrompt& p = m_prompts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return p.title;
    case Qt::ToolTipRole:
        return p.description.isEmpty() ? p.title : p.description;
    case Qt::AccessibleTextRole:
        return spokenText(p);
    case IdRole:
        return p.id;
    case AuthorRole:
        return p.author;
    case DescriptionRole:
        return p.description;
    case ContentRole:
        return p.enhanced;
    case OriginalRole:
        return p.original;
    case TechniquesRole:
        return p.techniques;
    case TagsRole:
        return p.tags;
    case CategoryRole:
        return p.category;
    case LikesRole:
        return p.likes;
    case SavesRole:
        return p.saves;
    case RemixesRole:
        return p.remixes;
    case TrendingRole:
        return p.trending;
    case FeaturedRole:
        return p.featured;
    case VerifiedRole:
        return p.verified;
    case StatusRole:
        return p.status;
    case LikedRole:
        return p.liked;
    case SavedRole:
        return p.saved;
    case CreatedRole:
        return p.createdAt;
    case BadgesRole:
        return badges(p);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommunityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TitleRole, "title"},
                  {AuthorRole, "author"},
                  {DescriptionRole, "description"},
                  {ContentRole, "content"},
                  {OriginalRole, "original"},
                  {TechniquesRole, "techniques"},
                  {TagsRole, "tags"},
                  {CategoryRole, "category"},
                  {LikesRole, "likes"},
                  {SavesRole, "saves"},
                  {RemixesRole, "remixes"},
                  {TrendingRole, "trending"},
                  {FeaturedRole, "featured"},
                  {VerifiedRole, "verified"},
                  {StatusRole, "status"},
                  {LikedRole, "liked"},
                  {SavedRole, "saved"},
                  {CreatedRole, "created"},
                  {BadgesRole, "badges"}});
    return names;
}

} // namespace athanor
