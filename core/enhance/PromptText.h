#pragma once

// The structure of a prompt's text, for the complexity estimate: its lines classified as prose,
// fenced code, JSON, tables, CSV or code-like, and small Unicode-aware text helpers.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace athanor::prompttext {

enum class LineKind
{
    Blank,
    Prose,
    Fence,    // a fence marker or a line inside a fenced block
    Json,     // part of a JSON value outside a fence
    Table,    // a markdown table row
    Csv,      // a row of comma-, semicolon- or tab-separated values
    CodeLike, // outside a fence, but reads like source code
};

struct Line
{
    QStringView text;
    LineKind kind = LineKind::Blank;
};

struct Fence
{
    QString info;        // the language tag, lower case
    qsizetype first = 0; // first content line
    qsizetype last = -1; // last content line (first - 1 when empty)
};

// The phrase for n things: `singular` or `pluralForm`, each with %1 where the number goes.
QString plural(qsizetype n, const QString& singular, const QString& pluralForm);
QString joinLabels(const QStringList& labels);
bool isWordChar(char32_t c);
bool isLetterOrMark(char32_t c);
char32_t codePointAt(QStringView text, qsizetype i, qsizetype* width);
qsizetype countWords(QStringView text);
std::vector<Line> splitLines(const QString& text);
std::vector<Fence> markFences(std::vector<Line>& lines);
bool isJsonData(QStringView text);
bool markJson(std::vector<Line>& lines, const QString& text);
bool markTables(std::vector<Line>& lines);
bool markCsv(std::vector<Line>& lines);
qsizetype markCodeLike(std::vector<Line>& lines);

} // namespace athanor::prompttext
