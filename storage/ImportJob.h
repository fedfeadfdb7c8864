#pragma once

#include "ImportWriter.h"
#include "core/Result.h"

#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace athanor {

class Database;
struct ImportedPrompt;

struct ImportFailure
{
    QString file;
    int line = 0; // 0 when the failure is about the whole file
    QString reason;
};

struct ImportReport
{
    int imported = 0;
    int duplicates = 0;
    int files = 0; // files fully imported (their prompts may all have been duplicates)
    QList<ImportFailure> failed;
    QStringList importedIds;
    bool cancelled = false;
    // Set when the library could not be written (a full disk, a read-only file): the import
    // stopped at that file (also in `failed`) and did not try the `notTried` files after it.
    std::optional<Error> stopped;
    int notTried = 0;
};

// Imports prompt files and folders (walked recursively). Each file is one transaction: all of it
// or none of it. A prompt whose normalised content is already in the library (or earlier in the
// same file) counts as a duplicate. When the library cannot be written, it stops at that file.
// Runs on the calling thread's connection: callers run it off
// the GUI thread and may cancel between files.
class ImportJob
{
public:
    struct Options
    {
        QStringList tags;                               // added to every imported prompt
        qint64 maxFileBytes = qint64(64) * 1024 * 1024; // larger files are reported, not read
    };
    using Progress = std::function<void(int done, int total, const QString& file)>;

    ImportJob(std::shared_ptr<Database> database, Options options);

    // The files under `paths` in a stable order; paths that do not exist become failures.
    static QStringList expand(const QStringList& paths, QList<ImportFailure>* failures);

    ImportReport run(const QStringList& paths, const Progress& progress = {},
                     const std::atomic_bool* cancel = nullptr);

private:
    // Parses and stores one file; adds to the report.
    void importFile(const QString& path, ImportReport& report);
    // The row a prompt becomes (no values when it has no content); safe to call on several threads.
    ImportWriter::Row rowFor(const QString& path, const ImportedPrompt& p) const;
    Result<int> store(const QString& path, const QList<ImportedPrompt>& prompts, int* duplicates,
                      QStringList* ids);

    std::shared_ptr<Database> m_database;
    Options m_options;
};

} // namespace athanor
