#include "PromptChips.h"

#include "PromptAnalyzer.h"

#include <QHBoxLayout>
#include <QLabel>

namespace athanor {

namespace {

QLabel* chip(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 9px; "
        "background: palette(alternate-base); color: palette(text); }"));
    return label;
}

} // namespace

PromptChips::PromptChips(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intent = chip("intentChip", this);
    m_complexity = chip("complexityChip", this);
    m_tokens = chip("tokenChip", this);
    layout->addWidget(m_intent);
    layout->addWidget(m_complexity);
    layout->addWidget(m_tokens);
    // Until the engine has looked at the prompt.
    m_intent->setText(tr("Intent: …"));
    m_complexity->setText(tr("Complexity …"));
    setCharacterCount(0);
}

void PromptChips::setCharacterCount(qsizetype chars)
{
    m_tokens->setText(tr("≈ %L1 tokens").arg((chars + 3) / 4));
    m_tokens->setToolTip(tr("%L1 characters; models count roughly four characters per token").arg(chars));
}

void PromptChips::showAnalysis(const PromptAnalysis& a)
{
    if (a.empty) {
        m_intent->setText(tr("Intent: —"));
        m_intent->setToolTip(tr("Write a prompt to see what it asks for."));
        m_complexity->setText(tr("Complexity —"));
        m_complexity->setToolTip({});
        return;
    }
    const Classification& c = a.classification;
    m_intent->setText(tr("Intent: %1 · %2%").arg(c.intent).arg(qRound(c.confidence * 100)));
    QStringList alternatives;
    for (const IntentPrediction& p : c.alternatives)
        alternatives << tr("%1 · %2%").arg(p.intent).arg(qRound(p.confidence * 100));
    m_intent->setToolTip(alternatives.isEmpty()
                             ? tr("No other intent is likely.")
                             : tr("Other possible intents:\n%1").arg(alternatives.join(QLatin1Char('\n'))));
    m_complexity->setText(tr("Complexity %1/5").arg(a.complexity.level));
    m_complexity->setToolTip(a.complexity.reasons.isEmpty()
                                 ? tr("Short and simple: no sub-tasks, constraints, code or data.")
                                 : QStringLiteral("• ") + a.complexity.reasons.join(QStringLiteral("\n• ")));
}

} // namespace athanor
