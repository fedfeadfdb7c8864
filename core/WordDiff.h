#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace athanor {

// A word-level diff of two texts, for showing what changed between template versions and, later,
// between a prompt and its enhanced form.
class WordDiff
{
public:
    struct Segment
    {
        enum class Op
        {
            Equal,
            Insert,
            Delete
        };
        Op op = Op::Equal;
        QString text;

        bool operator==(const Segment& other) const = default;
    };

    // When the changed middle (after the common head and tail) of either side has more tokens than
    // this, the diff gives up on detail (one delete, one insert): the O(n*m) table then never
    // needs more than 32 MB and a fraction of a second.
    static constexpr qsizetype kMaxTokens = 4000;

    // The edits that turn `before` into `after`, as maximal runs: concatenating the Equal and Delete
    // segments gives `before`, the Equal and Insert segments give `after`.
    static QList<Segment> diff(const QString& before, const QString& after);

    // Words (letters, digits, marks, '_'), runs of whitespace and single other characters.
    static QStringList tokenize(const QString& text);

    // HTML for a rich-text view: insertions on a green background, deletions struck through in
    // red, all text escaped and line breaks kept.
    static QString toHtml(const QList<Segment>& segments);
};

} // namespace athanor
