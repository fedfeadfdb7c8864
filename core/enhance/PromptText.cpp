#include "PromptText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace athanor::prompttext {

constexpr int kMaxJsonCandidates = 32;
constexpr int kMaxLabelsShown = 5;

QString plural(qsizetype n, const QString& singular, const QString& pluralForm)
{
    return (n == 1 ? singular : pluralForm).arg(n);
}

QString joinLabels(const QStringList& labels)
{
    if (labels.size() <= kMaxLabelsShown)
        return labels.join(QStringLiteral(", "));
    return labels.mid(0, kMaxLabelsShown).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

static bool isCjk(char32_t c)
{
    // Everything below the CJK radicals block is not CJK: most text never reaches the script lookup.
    if (c < 0x2E80)
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'_';
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isLetterOrMark(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    return QChar::isLetter(c) || QChar::isMark(c);
}

char32_t codePointAt(QStringView text, qsizetype i, qsizetype* width)
{
    const char16_t u = text.at(i).unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(u, text.at(i + 1).unicode());
    }
    *width = 1;
    return u;
}

// Words as a reader would count them. Chinese and Japanese have no spaces: two ideographs or kana
// count as one word, which is close to the average word length in both.
qsizetype countWords(QStringView text)
{
    qsizetype words = 0;
    qsizetype cjk = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype width = 1;
        const char32_t c = codePointAt(text, i, &width);
        i += width;
        if (isCjk(c)) {
            ++cjk;
            inWord = false;
        } else if (isWordChar(c) || (inWord && (c == U'\'' || c == U'’' || c == U'-'))) {
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return words + (cjk + 1) / 2;
}

// ---- Line classification ----------------------------------------------------------------------

std::vector<Line> splitLines(const QString& text)
{
    std::vector<Line> lines;
    const QStringView all(text);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lines.push_back({line, line.trimmed().isEmpty() ? LineKind::Blank : LineKind::Prose});
        start = end + 1;
    }
    return lines;
}

// CommonMark fences: three or more backticks or tildes; only the same character, at least as many,
// closes the block, so a ``` example inside a ~~~ block stays inside it. An unclosed fence runs to the end.
std::vector<Fence> markFences(std::vector<Line>& lines)
{
    static const QRegularExpression open(QStringLiteral("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*)"));
    std::vector<Fence> fences;
    qsizetype i = 0;
    const auto n = qsizetype(lines.size());
    while (i < n) {
        const auto m = open.match(lines[i].text);
        if (!m.hasMatch()) {
            ++i;
            continue;
        }
        const QString marker = m.captured(1);
        Fence fence{m.captured(2).toLower(), i + 1, i};
        lines[i].kind = LineKind::Fence;
        qsizetype j = i + 1;
        for (; j < n; ++j) {
            lines[j].kind = LineKind::Fence;
            const QStringView t = lines[j].text.trimmed();
            if (t.size() >= marker.size() && t.startsWith(marker.at(0)) &&
                std::all_of(t.begin(), t.end(), [&](QChar c) { return c == marker.at(0); }))
                break;
            fence.last = j;
        }
        fences.push_back(fence);
        i = j + 1;
    }
    return fences;
}

// The end (exclusive) of the JSON value starting at text[from], by bracket matching that skips strings;
// -1 when the brackets never balance.
static qsizetype jsonValueEnd(QStringView text, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

bool isJsonData(QStringView text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    return doc.isObject() ? !doc.object().isEmpty() : !doc.array().isEmpty();
}

// JSON pasted outside a fence: a prose line starting with { or [ whose balanced value parses.
bool markJson(std::vector<Line>& lines, const QString& text)
{
    bool found = false;
    int candidates = 0;
    const auto n = qsizetype(lines.size());
    for (qsizetype i = 0; i < n && candidates < kMaxJsonCandidates; ++i) {
        if (lines[i].kind != LineKind::Prose)
            continue;
        const QStringView t = lines[i].text.trimmed();
        if (!t.startsWith(QLatin1Char('{')) && !t.startsWith(QLatin1Char('[')))
            continue;
        ++candidates;
        const qsizetype from = t.data() - text.constData();
        const qsizetype end = jsonValueEnd(text, from);
        if (end < 0 || !isJsonData(QStringView(text).mid(from, end - from)))
            continue;
        found = true;
        for (qsizetype j = i; j < n && lines[j].text.data() < text.constData() + end; ++j) {
            if (lines[j].kind == LineKind::Prose)
                lines[j].kind = LineKind::Json;
            i = j;
        }
    }
    return found;
}

// A markdown table: consecutive rows with pipes, one of them the |---|---| separator.
bool markTables(std::vector<Line>& lines)
{
    static const QRegularExpression separator(
        QStringLiteral("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)+\\|?\\s*$"));
    bool found = false;
    const auto n = qsizetype(lines.size());
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        bool hasSeparator = false;
        while (j < n && lines[j].kind == LineKind::Prose && lines[j].text.count(QLatin1Char('|')) >= 1 &&
               (lines[j].text.count(QLatin1Char('|')) >= 2 || separator.match(lines[j].text).hasMatch())) {
            hasSeparator = hasSeparator || separator.match(lines[j].text).hasMatch();
            ++j;
        }
        if (j - i >= 2 && hasSeparator) {
            found = true;
            for (qsizetype k = i; k < j; ++k)
                lines[k].kind = LineKind::Table;
        }
        i = std::max(j, i + 1);
    }
    return found;
}

// Fields of a CSV-like row, or 0 when the line does not look like one: short fields, no sentence inside.
static int csvFields(QStringView line, QChar separator)
{
    const qsizetype separators = line.count(separator);
    if (separators < 2)
        return 0;
    if (separator != QLatin1Char('\t') && line.size() / (separators + 1) > 30)
        return 0;
    if (line.contains(QLatin1String(". ")) || line.contains(QLatin1String("? ")))
        return 0;
    return int(separators + 1);
}

bool markCsv(std::vector<Line>& lines)
{
    bool found = false;
    const auto n = qsizetype(lines.size());
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        for (qsizetype i = 0; i < n;) {
            const int fields = lines[i].kind == LineKind::Prose ? csvFields(lines[i].text, separator) : 0;
            qsizetype j = i + 1;
            if (fields > 0) {
                while (j < n && lines[j].kind == LineKind::Prose &&
                       csvFields(lines[j].text, separator) == fields)
                    ++j;
                if (j - i >= 3) {
                    found = true;
                    for (qsizetype k = i; k < j; ++k)
                        lines[k].kind = LineKind::Csv;
                }
            }
            i = j;
        }
    }
    return found;
}

qsizetype markCodeLike(std::vector<Line>& lines)
{
    // Deliberately conservative: each alternative needs punctuation or a keyword shape that prose
    // rarely has at the start or end of a line ("class notes" is prose, "class Foo {" is code).
    static const QRegularExpression code(QStringLiteral(
        "^\\s*(?:#include\\s*[<\"]|#define\\s|#!/"
        "|import\\s+[\\w.]+\\s*;?\\s*$|from\\s+[\\w.]+\\s+import\\s"
        "|def\\s+\\w+\\s*\\(|class\\s+\\w+\\s*[:({<]|class\\s+[A-Z]\\w*\\s*$"
        "|(?:async\\s+)?function\\s*\\w*\\s*\\("
        "|(?:public|private|protected|static|const|let|var|return|using|namespace|fn|func)\\s.*[;{]\\s*$"
        "|(?:SELECT|INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|CREATE\\s+(?:TABLE|INDEX|VIEW)|ALTER\\s+TABLE)\\s"
        "|(?:if|for|while|switch|catch)\\s*\\(.*\\)\\s*\\{?\\s*$"
        "|[})\\]]+\\s*[;,]?\\s*$"
        "|[\\w.\\[\\]]+\\s*(?:=|\\+=|-=|:=)\\s*\\S.*[;)\\]}\"']\\s*$"
        "|[\\w.]+\\(.*\\)\\s*;?\\s*$"
        "|.*[(){}\\[\\]=<>].*;\\s*$|.*\\S\\s*\\{\\s*$"
        "|//|/\\*|\\*/)"));
    // Source lines are short; testing a 20 kB line of prose against the ".*" alternatives would cost
    // quadratic time for nothing.
    constexpr qsizetype longestCodeLine = 300;
    qsizetype count = 0;
    for (Line& line : lines) {
        if (line.kind == LineKind::Prose && line.text.size() <= longestCodeLine &&
            code.match(line.text).hasMatch()) {
            line.kind = LineKind::CodeLike;
            ++count;
        }
    }
    return count;
}

} // namespace athanor::prompttext
