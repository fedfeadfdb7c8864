#pragma once

#include <QString>
#include <QStringList>

namespace athanor {

// Turns what a person typed into an FTS5 query that always parses and cannot inject anything:
// every whitespace-separated word becomes a quoted string (its quotes doubled), the last one a
// prefix search when it has at least kMinPrefixLength characters, all of them required. FTS
// operators, column filters, parentheses and SQL metacharacters are therefore searched as plain
// words. Empty when nothing is searchable.
QString toFtsQuery(const QString& userText);
// The same query's phrases, in the order FTS5 numbers them: toFtsQuery joins them with spaces.
QStringList toFtsPhrases(const QString& userText);
inline constexpr qsizetype kMinPrefixLength = 3;

// Snippet markers used in SQL, turned into the form a view wants afterwards.
inline constexpr char16_t kSnippetOpen = u'\u0001';
inline constexpr char16_t kSnippetClose = u'\u0002';
// A snippet of `content` as FTS5's snippet() makes one (about `tokens` words around the first
// word a phrase matches, matches between the markers, "…" where text was left out), for prompts
// too long for FTS5's: its snippet() compares every match with every other, seconds for a 1 MB
// prompt that holds the word thousands of times. Words compare case-insensitively; the last
// phrase of a query may be a prefix ("word"*).
QString snippetOf(const QString& content, const QStringList& phrases, int tokens = 16);
// Longer contents get snippetOf() rather than FTS5's snippet().
inline constexpr qsizetype kLongContentChars = 20000;

// "**word**" for the CLI.
QString snippetAsMarkdown(const QString& snippet);
// HTML-escaped with <b>word</b>, for views.
QString snippetAsHtml(const QString& snippet);

} // namespace athanor
