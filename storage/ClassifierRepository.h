#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogTypes.h"
#include "core/enhance/ClassifierEvaluation.h"

#include <memory>
#include <optional>

namespace athanor {

class Database;

// The intent classifier learns from the user's corrections. A correction is stored as ML
// training data (source "manual", next to the taxonomy's examples, "official"); every fifth
// correction is held out for testing, as every fifth official example is. train() fits a new
// version on the training parts and evaluates it and the active version on the same held-out
// prompts; the new one becomes active only if it is not worse (see docs/learning.md). The
// versions are kept in ml_model_performance, and rollback() goes back one.
class ClassifierRepository
{
public:
    struct Correction
    {
        QString promptId;
        QString intent; // a taxonomy path
        std::optional<int> complexity;
        QStringList techniques; // codes
    };
    struct Version
    {
        QString version; // "v1", "v2", ...; "official" for the taxonomy's examples alone
        int samples = 0; // training samples
        double accuracy = 0;
        double officialAccuracy = 0; // on the held-out official examples alone
        bool active = false;
        QString createdAt;
    };
    struct Training
    {
        Version candidate;
        Version previous; // the version active before, evaluated on the same held-out prompts
        ClassifierEvaluation evaluation;
        QString reason; // why the candidate was or was not activated
    };

    explicit ClassifierRepository(std::shared_ptr<Database> database);

    // The text corrected is what was classified: the original of an enhanced prompt.
    Result<QString> correct(const Correction& correction);
    Result<int> correctionCount() const;
    Result<Training> train(const QList<Intent>& intents);
    // Activates the version before the active one (the official examples alone before v1).
    Result<Version> rollback();
    Result<QList<Version>> versions() const;
    // The classifier of the active version, trained on all its samples, calibrated on the
    // held-out ones (what the engine uses).
    Result<IntentClassifier> activeClassifier(const QList<Intent>& intents) const;

private:
    struct Manual
    {
        QList<IntentClassifier::Sample> train;
        QList<IntentClassifier::Sample> test;
        QString through; // created_at of the newest correction included
    };
    // The corrections up to `through` (a created_at; "" for all of them, "none" for none).
    Result<Manual> manualSamples(const QString& through = {}) const;
    Result<std::optional<QString>> activeThrough() const;

    std::shared_ptr<Database> m_database;
};

} // namespace athanor
