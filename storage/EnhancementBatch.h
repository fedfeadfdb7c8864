#pragma once

#include "EnhancementRepository.h"
#include "core/Result.h"
#include "core/enhance/Enhancer.h"

#include <QList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// Enhances many prompts offline, one after another, each recorded in its own transaction
// (EnhancementRepository::record): a prompt is enhanced and recorded wholly or not at all, so a
// crash or a cancel keeps exactly the ones reported done. Cancelled between prompts; stops at
// the first failure to write the library (a full disk, a read-only file).
class EnhancementBatch
{
public:
    struct Item
    {
        QString content;
        int line = 0; // where it is in its file (0: unknown)
    };
    struct Done
    {
        int index = 0; // in the items given
        RecordedEnhancement recorded;
        Enhancement enhancement;
    };
    struct Failure
    {
        int index = 0;
        int line = 0;
        QString reason;
    };
    struct Report
    {
        QList<Done> done;
        QList<Failure> failed;
        bool cancelled = false;
        std::optional<Error> stopped; // the library could not be written; the rest not tried
    };
    // After each prompt: how many are done or failed so far, of how many.
    using Progress = std::function<void(int finished, int total, const Done* done)>;

    EnhancementBatch(std::shared_ptr<Database> database, std::shared_ptr<const Enhancer> enhancer,
                     EnhancementOptions options, QString source);

    Report run(const QList<Item>& items, const Progress& progress = {}, const std::atomic_bool* cancel = nullptr) const;

    // The prompts of a prompt file in any format Athanor imports, in order (empty ones left out).
    static Result<QList<Item>> readFile(const QString& path);

private:
    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Enhancer> m_enhancer;
    EnhancementOptions m_options;
    QString m_source;
};

} // namespace athanor
