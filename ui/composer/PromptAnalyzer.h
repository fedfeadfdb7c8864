#pragma once

#include "core/enhance/Enhancer.h"

#include <QObject>
#include <memory>

class QTimer;

namespace athanor {

// What the Composer shows while you type.
struct PromptAnalysis
{
    bool empty = true; // no prompt yet: nothing else is set
    Classification classification;
    ComplexityAssessment complexity;
    QList<AppliedTechnique> chosen; // what Enhance would apply if the engine chooses
    QList<AppliedTechnique> more;   // the next recommended techniques
};

// Classifies the prompt as it changes: debounced, on the thread pool, and numbered so that an
// answer for text that has changed since is dropped. Typing never waits for it.
class PromptAnalyzer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 300; // skips most keystrokes, still feels live
    static constexpr int kMoreSuggestions = 3;

    explicit PromptAnalyzer(QObject* parent = nullptr);

    // Until an engine is set, requests wait.
    void setEngine(std::shared_ptr<const Enhancer> enhancer, QSet<QString> favourites);
    void setFavourites(QSet<QString> favourites) { m_favourites = std::move(favourites); }
    // Analyses `text` after the delay, replacing any request still waiting or running.
    void request(const QString& text, int maxTechniques);

signals:
    void analysed(const PromptAnalysis& analysis);

private:
    void start();
    static PromptAnalysis analyse(const Enhancer& enhancer, const QString& text,
                                  const EnhancementOptions& options);

    std::shared_ptr<const Enhancer> m_enhancer;
    QSet<QString> m_favourites;
    QTimer* m_timer = nullptr;
    QString m_text;
    int m_maxTechniques = 3;
    quint64 m_generation = 0;
};

} // namespace athanor
