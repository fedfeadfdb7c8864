#include "WordDiff.h"

#include <QHash>
#include <vector>

namespace athanor {

namespace {

using Segment = WordDiff::Segment;
using Op = Segment::Op;

bool isWordCodePoint(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

void append(QList<Segment>& segments, Op op, const QString& text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().op == op)
        segments.last().text += text;
    else
        segments.append({op, text});
}

// A run of changes separated only by whitespace reads better as one deletion and one insertion
// ("a b" -> "x y" shows "a b" struck and "x y" added, not four fragments around a kept space).
QList<Segment> mergeChangeRuns(const QList<Segment>& raw)
{
    QList<Segment> merged;
    QString deleted;
    QString inserted;
    auto flush = [&] {
        append(merged, Op::Delete, deleted);
        append(merged, Op::Insert, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const Segment& s = raw.at(i);
        if (s.op == Op::Delete) {
            deleted += s.text;
        } else if (s.op == Op::Insert) {
            inserted += s.text;
        } else {
            const bool betweenChanges = (!deleted.isEmpty() || !inserted.isEmpty()) && i + 1 < raw.size() &&
                                        s.text.trimmed().isEmpty();
            if (betweenChanges) {
                deleted += s.text;
                inserted += s.text;
            } else {
                flush();
                append(merged, Op::Equal, s.text);
            }
        }
    }
    flush();
    return merged;
}

} // namespace

QStringList WordDiff::tokenize(const QString& text)
{
    enum class Kind
    {
        None,
        Word,
        Space
    };
    QStringList tokens;
    Kind kind = Kind::None;
    qsizetype i = 0;
    while (i < text.size()) {
        // Whole code points, so that a character outside the BMP is never split into halves.
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const Kind next = isWordCodePoint(c) ? Kind::Word : QChar::isSpace(c) ? Kind::Space : Kind::None;
        if (next != Kind::None && next == kind)
            tokens.last() += text.mid(i, width);
        else
            tokens << text.mid(i, width);
        kind = next;
        i += width;
    }
    return tokens;
}

QList<WordDiff::Segment> WordDiff::diff(const QString& before, const QString& after)
{
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);

    // The common head and tail need no table; edits are usually small and local.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;

    QList<Segment> raw;
    for (qsizetype k = 0; k < head; ++k)
        append(raw, Op::Equal, a.at(k));

    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n > kMaxTokens || m > kMaxTokens) {
        for (qsizetype k = 0; k < n; ++k)
            append(raw, Op::Delete, a.at(head + k));
        for (qsizetype k = 0; k < m; ++k)
            append(raw, Op::Insert, b.at(head + k));
    } else if (n > 0 || m > 0) {
        // Tokens as small integers, so the table compares ints rather than strings.
        QHash<QString, int> ids;
        auto idOf = [&ids](const QString& token) {
            auto it = ids.constFind(token);
            return it != ids.cend() ? *it : *ids.insert(token, int(ids.size()));
        };
        std::vector<int> x(static_cast<size_t>(n));
        std::vector<int> y(static_cast<size_t>(m));
        for (qsizetype k = 0; k < n; ++k)
            x[size_t(k)] = idOf(a.at(head + k));
        for (qsizetype k = 0; k < m; ++k)
            y[size_t(k)] = idOf(b.at(head + k));

        // lcs[i][j]: the length of the longest common subsequence of x[i..] and y[j..]; both sides
        // are at most kMaxTokens long, so 16 bits suffice.
        const size_t width = size_t(m) + 1;
        std::vector<quint16> lcs((size_t(n) + 1) * width, 0);
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j) {
                const size_t at = size_t(i) * width + size_t(j);
                lcs[at] = x[size_t(i)] == y[size_t(j)] ? quint16(lcs[at + width + 1] + 1)
                                                       : std::max(lcs[at + width], lcs[at + 1]);
            }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            const size_t at = size_t(i) * width + size_t(j);
            if (i < n && j < m && x[size_t(i)] == y[size_t(j)]) {
                append(raw, Op::Equal, a.at(head + i++));
                ++j;
            } else if (i < n && (j == m || lcs[at + width] >= lcs[at + 1])) {
                append(raw, Op::Delete, a.at(head + i++));
            } else {
                append(raw, Op::Insert, b.at(head + j++));
            }
        }
    }

    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        append(raw, Op::Equal, a.at(k));
    return mergeChangeRuns(raw);
}

QString WordDiff::toHtml(const QList<Segment>& segments)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    for (const Segment& s : segments) {
        const QString text = s.text.toHtmlEscaped();
        switch (s.op) {
        case Op::Equal:
            html += text;
            break;
        case Op::Insert:
            html += QStringLiteral("<span style=\"background-color: #c6efce; color: #0b5a1e;\">%1</span>")
                        .arg(text);
            break;
        case Op::Delete:
            html += QStringLiteral("<span style=\"color: #b00020; text-decoration: line-through;\">%1</span>")
                        .arg(text);
            break;
        }
    }
    html += QStringLiteral("</div>");
    return html;
}

} // namespace athanor
