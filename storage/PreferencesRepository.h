#pragma once

#include "core/Result.h"

#include <QSet>

#include <memory>

namespace athanor {

class Database;

// The local user's preferences (users.preferences JSON): favourite techniques and the like.
class PreferencesRepository
{
public:
    explicit PreferencesRepository(std::shared_ptr<Database> database);

    // Favourite technique codes.
    Result<QSet<QString>> favourites() const;
    Status setFavourite(const QString& code, bool favourite);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
