#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace athanor {

// One prompt read from a file, with what the file said about it.
struct ImportedPrompt
{
    QString content;       // the prompt text (for chat formats: the user turn(s), or the whole template)
    QString title;         // a name, "act", front-matter title...
    QStringList tags;
    QString model;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QString systemPrompt;  // a system message or role section, when the format has one
    QStringList variables; // placeholder names the format declares or the text uses ({{x}}, ${x}, {x})
    QJsonObject metadata;  // everything else worth keeping (format-specific), stored as context
    int line = 1;          // where the record starts in the file (1-based)
};

// Why a file could not be read: the line and a reason. Nothing of that file is imported.
struct ParseError
{
    int line = 1;
    QString reason;
};

struct ParseResult
{
    QList<ImportedPrompt> prompts;
    std::optional<ParseError> error;
};

// One file format behind the ImportFormatRegistry: it says how sure it is that a file is its
// kind (by name and by the first bytes), and parses the whole decoded text.
class ImportFormat
{
public:
    virtual ~ImportFormat() = default;
    // A stable short name: "text", "markdown", "csv", "json", "jsonl", "promptfoo-yaml", "prompty",
    // "dotprompt", "github-prompt", "langfuse", "athanor".
    virtual QString name() const = 0;
    // 0 (not mine) to 100 (certainly mine), from the file name and the first few kB of decoded text.
    virtual int detect(const QString& fileName, const QString& head) const = 0;
    // All of it or an error: a malformed record fails the whole file.
    virtual ParseResult parse(const QString& text, const QString& fileName) const = 0;
};

} // namespace athanor
