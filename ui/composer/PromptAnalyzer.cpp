#include "PromptAnalyzer.h"

#include "AsyncTask.h"

#include <QTimer>
#include <algorithm>

namespace athanor {

PromptAnalyzer::PromptAnalyzer(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PromptAnalyzer::start);
}

void PromptAnalyzer::setEngine(std::shared_ptr<const Enhancer> enhancer, QSet<QString> favourites)
{
    m_enhancer = std::move(enhancer);
    m_favourites = std::move(favourites);
    ++m_generation;
    m_timer->start();
}

void PromptAnalyzer::request(const QString& text, int maxTechniques)
{
    m_text = text;
    m_maxTechniques = maxTechniques;
    ++m_generation; // whatever is still running answers for older text
    m_timer->start();
}

void PromptAnalyzer::start()
{
    if (!m_enhancer)
        return;
    EnhancementOptions options;
    options.maxTechniques = m_maxTechniques;
    options.favourites = m_favourites;
    runAsync(
        this,
        [enhancer = m_enhancer, text = m_text, options, generation = m_generation] {
            return std::make_pair(generation, analyse(*enhancer, text, options));
        },
        [this](const std::pair<quint64, PromptAnalysis>& answer) {
            if (answer.first == m_generation)
                emit analysed(answer.second);
        });
}

PromptAnalysis PromptAnalyzer::analyse(const Enhancer& enhancer, const QString& text,
                                       const EnhancementOptions& options)
{
    PromptAnalysis a;
    if (text.trimmed().isEmpty())
        return a;
    a.empty = false;
    // enhance() rather than select(): it detects examples in the prompt the way Enhance will, so
    // the checked techniques are exactly the ones Enhance applies when the engine chooses.
    auto e = enhancer.enhance(text, options);
    if (e) {
        a.classification = {e->intent, e->confidence, e->alternatives};
        a.complexity.level = e->complexity;
        a.complexity.reasons = e->complexityReasons;
        a.chosen = e->techniques;
    } else {
        a.classification = enhancer.classify(text);
        a.complexity = enhancer.complexity(text);
        a.chosen = enhancer.select(a.classification.intent, a.complexity.level, options, false);
    }
    // The next ones: what the engine would add with room for every section and examples at hand.
    EnhancementOptions wider = options;
    wider.maxTechniques = 6;
    for (const AppliedTechnique& t :
         enhancer.select(a.classification.intent, a.complexity.level, wider, true)) {
        const bool taken = std::any_of(a.chosen.cbegin(), a.chosen.cend(),
                                       [&](const AppliedTechnique& c) { return c.code == t.code; });
        if (!taken && a.more.size() < kMoreSuggestions)
            a.more << t;
    }
    return a;
}

} // namespace athanor
