#pragma once

#include "core/Result.h"
#include "core/enhance/Enhancer.h"

#include <memory>

namespace athanor {

class Database;

struct RecordedEnhancement
{
    QString historyId;  // prompt_history row
    QString originalId; // prompts row of the original (reused when the same content exists)
    QString enhancedId; // prompts row of the enhanced prompt; its parent_id is originalId
    QString sessionId;
};

// Records every enhancement: a prompt_history row and the two prompts with their lineage.
class EnhancementRepository
{
public:
    explicit EnhancementRepository(std::shared_ptr<Database> database);

    // `source` says where it came from ("composer", "cli"); an empty session id starts a new one.
    Result<RecordedEnhancement> record(const Enhancement& enhancement, const QString& source,
                                       const QString& sessionId = {});

private:
    std::shared_ptr<Database> m_database;
};

// The engine over this database's catalog: loads the catalog and trains the classifier.
Result<std::shared_ptr<const Enhancer>> loadEnhancer(const std::shared_ptr<Database>& database);

} // namespace athanor
