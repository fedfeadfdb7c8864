#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace athanor {

// Lays out an enhanced prompt in the form a model family reads best: XML tags for Anthropic,
// Markdown headings for OpenAI and generic use, labelled blocks for Gemini, "###" sections for
// open models. The original prompt goes into the task section unchanged, as one block.
class PromptLayout
{
public:
    explicit PromptLayout(QString family);

    // Adds an instruction line to a section (persona, context, task, reasoning, output, verification).
    void add(const QString& section, const QString& text);
    QString render(const QString& original) const;
    // One line for the list of improvements: how the prompt was organised.
    QString summary() const;

private:
    struct Block
    {
        QString title;
        QString body;
    };
    QList<Block> blocks(const QString& original) const;
    QString taskTag(const QString& original) const;

    QString m_family;
    QMap<QString, QStringList> m_lines;
    mutable int m_sectionCount = 0;
};

} // namespace athanor
