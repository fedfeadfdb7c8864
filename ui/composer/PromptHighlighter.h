#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace athanor {

// Colours the parts of a prompt that a model reads as structure: template variables ({{x}}, ${x},
// {x}), XML-like tags (<tag>, </tag>) and ``` fenced code blocks. Inside a fence only the fence
// colour applies, since braces and angle brackets there are code, not structure.
class PromptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PromptHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum State
    {
        Normal = 0,
        InFence = 1
    };

    QTextCharFormat m_variable;
    QTextCharFormat m_tag;
    QTextCharFormat m_fence;
    QTextCharFormat m_code;
    QRegularExpression m_variablePattern;
    QRegularExpression m_tagPattern;
};

} // namespace athanor
