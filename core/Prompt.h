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

} // namespace athanor
