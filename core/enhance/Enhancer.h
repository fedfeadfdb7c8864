#pragma once

#include "ComplexityEstimator.h"
#include "IntentClassifier.h"
#include "core/Result.h"
#include "core/catalog/CatalogTypes.h"
#include "core/catalog/Recommender.h"

#include <QSet>

namespace athanor {

struct EnhancementOptions
{
    QStringList techniques;                      // explicit technique codes; empty: choose them
    int maxTechniques = 3;                       // when choosing
    QString persona = QStringLiteral("generic"); // code | writing | analysis | generic
    QString targetModel;      // a family (openai, anthropic, gemini, open) or a model name; empty: generic
    QSet<QString> favourites; // favourite technique codes (recommendation bonus)
    QString intent;           // force an intent path instead of classifying; empty: classify
};

struct AppliedTechnique
{
    QString code;
    QString name;
    QString section; // persona | context | task | reasoning | output | verification
    QString reason;  // one line: why it was chosen
};

struct Enhancement
{
    QString original;
    QString enhanced;
    QString intent;
    double confidence = 0;
    QList<IntentPrediction> alternatives;
    int complexity = 1;
    QStringList complexityReasons;
    QList<AppliedTechnique> techniques;
    QStringList improvements;
    QString persona;
    QString modelFamily; // openai | anthropic | gemini | open | generic
    qint64 processingMicros = 0;
};

// The offline enhancement engine: classification, complexity, technique selection with the
// composition rules, and application. It keeps every character of the original prompt, in order,
// as one block of the enhanced prompt. Deterministic for the same input and options.
class Enhancer
{
public:
    Enhancer(Catalog catalog, IntentClassifier classifier);

    // What ratings taught: technique choice uses the learned effectiveness (docs/learning.md).
    void setLearned(LearnedEffectiveness learned) { m_recommender.setLearned(std::move(learned)); }
    const Recommender& recommender() const { return m_recommender; }

    static const QStringList& personas();
    static const QStringList& modelFamilies();
    // The family of a target model name or family name ("claude-3-5-sonnet" -> anthropic);
    // empty input -> "generic"; unknown -> an error listing the families.
    static Result<QString> modelFamily(const QString& targetModel);

    Classification classify(const QString& text) const { return m_classifier.classify(text); }
    ComplexityAssessment complexity(const QString& text) const { return ComplexityEstimator::estimate(text); }

    // The techniques the engine would choose, after the composition rules.
    QList<AppliedTechnique> select(const QString& intent, int complexity, const EnhancementOptions& options,
                                   bool hasExamples) const;

    // Empty input, unknown technique codes or personas, or an unknown target model are errors
    // (Error::Kind::Data) that list the valid choices.
    Result<Enhancement> enhance(const QString& prompt, const EnhancementOptions& options = {}) const;

    const Catalog& catalog() const { return m_catalog; }
    const IntentClassifier& classifier() const { return m_classifier; }

private:
    Catalog m_catalog;
    IntentClassifier m_classifier;
    Recommender m_recommender;
};

} // namespace athanor
