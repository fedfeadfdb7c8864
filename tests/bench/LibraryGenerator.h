#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace athanor {

class Database;

namespace bench {

// One prompt of a synthetic library, with the columns a real library fills.
struct SyntheticPrompt
{
    QString id; // a UUID v4 derived from the index: the same library every run
    QString content;
    QString title;
    QStringList tags;
    QString phase;    // empty or one of the three phases
    QString provider; // empty or one of the five providers
    QString model;
    std::optional<double> temperature;
    int usageCount = 0;
    QString createdAt; // spread over two years
};

// A deterministic synthetic prompt library for benchmarks: prompt number i is always the same.
// Texts come from templates and word lists of a dozen kinds of task (code, writing, analysis,
// SQL, e-mail, translation, role prompts with {{variables}}, ...), from one line to several
// paragraphs; words, tags and topics are picked with a Zipf-like skew, as real vocabularies are,
// so that full-text queries have both common and rare terms.
class LibraryGenerator
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit LibraryGenerator(quint64 seed = 20240101);

    SyntheticPrompt prompt(qint64 index) const;
    // What a person would type into the search box (one to three words of the library's vocabulary).
    QString searchQuery(qint64 index) const;
    // A tag by popularity rank (0 is the most used); ranks beyond the vocabulary wrap.
    static QString tagByRank(int rank);
    static int tagCount();

    // Writes prompts [first, first + rows) as a CSV file with the columns `prompt`, `title`, `tags`,
    // `phase`, `provider`, `model`, `temperature` and `created_at` (what ImportJob restores).
    Status writeCsv(const QString& path, qint64 first, qint64 rows) const;

    // Inserts prompts from index `first` on through the real schema (its triggers keep the
    // full-text index current), in large transactions with one prepared statement, until `count`
    // new rows are stored; a generated text that is already in the library (a rare collision of
    // templates) is skipped as an import would skip it. Returns the next unused index.
    Result<qint64> fill(const std::shared_ptr<Database>& database, qint64 first, qint64 count,
                        const Progress& progress = {}) const;

private:
    quint64 m_seed;
};

} // namespace bench
} // namespace athanor
