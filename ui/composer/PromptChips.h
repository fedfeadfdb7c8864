#pragma once

#include <QWidget>

class QLabel;

namespace athanor {

struct PromptAnalysis;

// The chips under the Composer's editor: the detected intent (alternatives in the tooltip), the
// complexity (reasons in the tooltip) and a rough token count.
class PromptChips : public QWidget
{
    Q_OBJECT
public:
    explicit PromptChips(QWidget* parent = nullptr);

    // About four characters per token: the rule of thumb for English with common tokenisers.
    void setCharacterCount(qsizetype chars);
    void showAnalysis(const PromptAnalysis& analysis);

private:
    QLabel* m_intent = nullptr;
    QLabel* m_complexity = nullptr;
    QLabel* m_tokens = nullptr;
};

} // namespace athanor
