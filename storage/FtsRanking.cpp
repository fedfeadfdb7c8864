#include "FtsRanking.h"

#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace athanor {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// fts5_api, as SQLite documents getting it: bind a pointer to "SELECT fts5(?1)".
fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

// Per query: the row count and the average row length, read once.
struct QueryStats
{
    double rows = 0;
    double averageLength = 1;
};

void rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
          sqlite3_value** argv)
{
    auto* stats = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0));
    if (!stats) {
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK) {
            sqlite3_result_error(context, "athanor_rank: cannot read the index statistics", -1);
            return;
        }
        stats = new QueryStats{double(rows), rows > 0 ? std::max(1.0, double(tokens) / double(rows)) : 1.0};
        if (api->xSetAuxdata(fts, stats, [](void* p) { delete static_cast<QueryStats*>(p); }) != SQLITE_OK) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    const int phrases = api->xPhraseCount(fts);
    std::vector<int> frequency(size_t(std::max(phrases, 0)), 0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "athanor_rank: cannot read the matches", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase >= 0 && phrase < phrases)
            ++frequency[size_t(phrase)];
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    const double norm = kK1 * (1 - kB + kB * double(length) / stats->averageLength);
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        // The share given for the phrase, else as if it were in half the rows (an IDF near 0).
        const double share = p < argc ? std::clamp(sqlite3_value_double(argv[p]), 0.0, 1.0) : 0.5;
        const double documents = share * stats->rows;
        // BM25's IDF, floored as FTS5's bm25() floors it so that a very common word still counts.
        const double idf = std::max(1e-6, std::log((stats->rows - documents + 0.5) / (documents + 0.5)));
        const double tf = frequency[size_t(p)];
        score += idf * tf * (kK1 + 1) / (tf + norm);
    }
    sqlite3_result_double(context, -score);
}

} // namespace

Status registerFtsRanking(const QSqlDatabase& db)
{
    sqlite3* sqlite = sqliteHandle(db);
    if (!sqlite)
        return Error::data(QCoreApplication::translate("athanor::FtsRanking", "not an SQLite connection"),
                           db.databaseName());
    fts5_api* api = fts5Api(sqlite);
    if (!api || api->iVersion < 2)
        return Error::data(QCoreApplication::translate("athanor::FtsRanking", "this SQLite has no FTS5"),
                           db.databaseName());
    if (api->xCreateFunction(api, "athanor_rank", nullptr, &rank, nullptr) != SQLITE_OK)
        return Error::data(
            QCoreApplication::translate("athanor::FtsRanking", "cannot register the full-text ranking: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(sqlite))),
            db.databaseName());
    return {};
}

} // namespace athanor
