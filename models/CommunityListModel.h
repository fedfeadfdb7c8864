#pragma once

#include "storage/CommunityRepository.h"

#include <QAbstractListModel>

namespace athanor {

// The Community pane's list: community prompts as the server (or the local cache) listed them, in
// that order. The display text is the title; the roles carry the rest for the delegate and the
// detail view. One row changes in place after a like, save, remix or moderation (updatePrompt).
class CommunityListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        AuthorRole,
        DescriptionRole,
        ContentRole,  // the prompt as published (enhanced)
        OriginalRole, // what it was made from
        TechniquesRole,
        TagsRole,
        CategoryRole,
        LikesRole,
        SavesRole,
        RemixesRole,
        TrendingRole,
        FeaturedRole,
        VerifiedRole,
        StatusRole,
        LikedRole,
        SavedRole,
        CreatedRole,
        BadgesRole, // "★ ✓ pending": the badges as one short text
    };

    using QAbstractListModel::QAbstractListModel;

    void setPrompts(QList<CommunityPrompt> prompts);
    // Replaces the row with the same id; false (and no change) when there is none.
    bool updatePrompt(const CommunityPrompt& prompt);
    // Drops the row with this id (a moderated prompt leaving the queue); false when there is none.
    bool removePrompt(const QString& id);

    const QList<CommunityPrompt>& prompts() const { return m_prompts; }
    const CommunityPrompt& prompt(int row) const { return m_prompts.at(row); }
    int rowOf(const QString& id) const;

    // Featured ★, verified ✓, and the moderation status unless approved.
    static QString badges(const CommunityPrompt& prompt);
    // "3 likes, 2 saves, 1 remix".
    static QString countsText(const CommunityPrompt& prompt);
    // What a screen reader says for a row.
    static QString spokenText(const CommunityPrompt& prompt);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CommunityPrompt> m_prompts;
};

} // namespace athanor
