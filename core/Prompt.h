#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace athanor {

// A prompt of the library, as the prompt store schema describes it.
struct Prompt
{
    QString id; // UUID; assigned on insert when empty
    QString content;
    QString title;
    QStringList tags;
    QString phase;    // prima-materia | solutio | coagulatio, or empty
    QString provider; // openai | anthropic | google | openrouter | ollama, or empty
    QString model;
    QString persona;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<int> actualTokens;
    QString parentId;
    QString sessionId;
    QString source; // where it came from: a file path, "composer", "enhance", ...
    QString originalInput;
    QString createdAt; // ISO-8601 UTC; set by the database when empty
};

// A prompt as lists show it: enough to display a row without loading everything.
struct PromptSummary
{
    qint64 seq = 0; // the stable key lists page by
    QString id;
    QString preview; // the start of the content
    QStringList tags;
    QString phase;
    QString provider;
    QString model;
    std::optional<double> rating; // the average of its ratings
    int uses = 0;
    QString createdAt;
};

// One full-text hit.
struct SearchHit
{
    QString id;
    double score = 0; // higher is better (negated bm25)
    QString snippet;  // with kSnippetOpen/kSnippetClose around matches (core/search/FtsQuery.h)
    QString content;
};

} // namespace athanor
