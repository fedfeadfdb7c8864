#pragma once

#include "ImportFormat.h"

#include <QString>
#include <QStringList>
#include <initializer_list>

namespace athanor {

// Thrown inside the import formats only and turned into a ParseError at their parse() boundary:
// a malformed record deep inside a file fails the whole file with its line.
struct FormatParseFailure
{
    int line = 1;
    QString reason;
};

// Small helpers every import format shares.
class ImportSupport
{
public:
    [[noreturn]] static void fail(int line, const QString& reason);
    // A token limit read as a number: a whole number from 0 to INT_MAX, else the file fails.
    static int tokenCount(double value, const QString& key, int line);

    // Whether the file name ends with one of the suffixes (".txt", ".prompt.yml"; case-insensitive).
    static bool hasSuffix(const QString& fileName, std::initializer_list<const char*> suffixes);
    // The file name without folders and without its extension(s): "summarize" for "a/summarize.prompt".
    static QString baseTitle(const QString& fileName);
    // The 1-based line of a character offset.
    static int lineAt(const QString& text, qsizetype offset);
    // A prompt's text without the blank lines around it and without trailing spaces; inner layout stays.
    static QString trimBlock(const QString& text);
    // "a, b; c" or "a|b" as a list of tags.
    static QStringList splitTags(const QString& text);
    // Placeholder names in order of first use: {{name}} (Mustache, Jinja, Handlebars) and ${name} or
    // ${name:default}; ${env:...} references are configuration, not variables.
    static QStringList findVariables(const QString& text);
    static void addVariables(QStringList& into, const QStringList& more);
    // The prompts, or an error when the file held none (an import that silently does nothing helps nobody).
    static ParseResult finish(QList<ImportedPrompt> prompts);
    static ParseResult failed(const FormatParseFailure& failure);
};

} // namespace athanor
