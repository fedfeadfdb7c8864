#include "ComplexityEstimator.h"

#include "PromptText.h"
#include "ProseFeatures.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace athanor {

namespace {

using namespace prompttext;
using namespace prosefeatures;

// Raw-score thresholds for levels 2, 3, 4 and 5. Calibrated on the prompts in
// tests/core/tst_complexityestimator.cpp: a lookup or a one-line task scores under 1.5, a paragraph with
// a couple of requirements lands around 3-4.5, a multi-part request with constraints and code or data
// around 6-8, and a long specification saturates several features and scores well above 9.
constexpr double kLevelThresholds[] = {1.5, 2.75, 5.0, 9.0};

// Each feature family is capped so that one very strong signal (a 600-line log, forty "must"s) cannot
// carry a prompt to level 5 alone: level 5 needs several families at once.
constexpr double kLengthCap = 3.5;
constexpr double kSentenceCap = 1.5;
constexpr double kQuestionCap = 1.5;
constexpr double kSubTaskCap = 3.5;
constexpr double kConstraintCap = 3.0;
constexpr double kCodeCap = 2.0;
constexpr double kDataCap = 2.0;
constexpr double kDomainCap = 2.0;
constexpr double kAudienceCap = 1.5;

// Bounds on the work done for pathological inputs (a 100 kB file that is one huge JSON array, or
// thousands of lines starting with "{"): the estimate stays cheap and still sees the signal.

struct Finding
{
    double score = 0;
    QString reason; // empty: contributes to the score without a sentence of its own
    int order = 0;  // feature order, the tie-break that keeps reasons deterministic
};

// ---- The features --------------------------------------------------------------------------------

Finding lengthFinding(qsizetype words)
{
    struct Band
    {
        qsizetype from;
        double score;
    };
    static constexpr Band bands[] = {{1000, kLengthCap}, {500, 3.0}, {200, 2.5}, {120, 2.0},
                                     {80, 1.6},          {40, 1.1},  {20, 0.6},  {10, 0.25}};
    for (const Band& band : bands) {
        if (words >= band.from) {
            QString reason;
            if (words >= 200)
                reason =
                    QCoreApplication::translate("athanor::ComplexityEstimator", "long: %1 words").arg(words);
            else if (words >= 80)
                reason = QCoreApplication::translate("athanor::ComplexityEstimator", "%1 words").arg(words);
            return {band.score, reason};
        }
    }
    return {};
}

QString constraintLabel(QStringView match)
{
    static const QSet<QString> upper{"json", "csv", "yaml", "xml", "html"};
    QString label = match.toString().simplified().toLower();
    label.replace(QChar(0x2019), QLatin1Char('\''));
    if (upper.contains(label))
        return label.toUpper();
    return label;
}

struct Constraints
{
    qsizetype count = 0;
    QStringList labels; // distinct, in order of appearance
};

const QRegularExpression& constraintPattern()
{
    // Limits are written with digits or with small number words ("two minutes", "three bullet points").
    // A bare "a" or "an" is not an amount: "up to a point" is an idiom, not a limit.
    static const QString count = QStringLiteral(
        "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
        "fifty|hundred)");
    static const QString amount =
        QStringLiteral("(?:") + count + QStringLiteral("|a\\s+few|a\\s+couple\\s+of|a\\s+single)\\s*");
    static const QString units = QStringLiteral(
        "(?:words?|characters?|chars|letters|sentences?|paragraphs?|bullets?|bullet\\s+points?|lines?|"
        "tokens?|pages?|items?|examples?|slides?|sections?|points?|questions?|options?|tweets?|"
        "analog(?:y|ies)|decimals?|decimal\\s+places|digits|colou?rs?|minutes?|hours?|days?|weeks?|seconds?|"
        "ms|kb|mb)");
    static const QRegularExpression pattern(
        QStringLiteral(
            "(?<![\\w-])(?:"
            // a limit with its qualifier: "at most 200 words", "under 5 minutes", "exactly 3 bullets"
            "(?:at\\s+least|at\\s+most|no\\s+more\\s+than|no\\s+fewer\\s+than|no\\s+less\\s+than|no\\s+"
            "longer\\s+than|"
            "fewer\\s+than|less\\s+than|more\\s+than|up\\s+to|exactly|under|below|over|about|around|roughly|"
            "approximately|to|maximum(?:\\s+of)?|"
            "minimum(?:\\s+of)?|max\\.?|min\\.?|within|between\\s+\\d+\\s+and)\\s+") +
            amount + units +
            QStringLiteral(
                // a bare limit: "200 words", "a 500-word essay"
                "|") +
            count +
            QStringLiteral(
                "[\\s-]*(?:words?|characters?|chars|sentences?|paragraphs?|bullet\\s+points?|bullets?|lines?|"
                "tokens?|pages?|slides?|tweets?|examples?)(?:\\s+(?:or\\s+(?:less|fewer|more)|max(?:imum)?|"
                "min(?:imum)?))?"
                // deadlines
                "|(?:by|before|due(?:\\s+(?:by|on))?)\\s+(?:monday|tuesday|wednesday|thursday|friday|"
                "saturday|"
                "sunday|tomorrow|tonight|noon|midnight|end\\s+of\\s+(?:day|the\\s+day|week|the\\s+week|month|"
                "the\\s+month|quarter)|eod|eow|next\\s+(?:week|month|monday|friday)|\\d{1,2}(?::\\d{2})?\\s*"
                "(?:am|pm)|\\d{4}-\\d{2}-\\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]"
                "*\\.?"
                "\\s+\\d{1,2})|deadlines?|within\\s+\\d+\\s*(?:minutes?|hours?|days?|weeks?)"
                // modal and limiting words
                "|must(?:\\s+not|n['’]t)?|should(?:\\s+not|n['’]t)?|do\\s+not|don['’]t|never|cannot|"
                "at\\s+least|at\\s+most|no\\s+more\\s+than|exactly|without|(?<!not\\s)only|required|"
                "mandatory|strictly|avoid(?:s|ing)?|ensure|make\\s+sure|nothing\\s+(?:but|else)|no\\s+other|"
                "unchanged|intact|verbatim|"
                // output formats
                "json|csv|yaml|xml|html|markdown|table|bullet(?:ed)?\\s+(?:list|points)|numbered\\s+list"
                ")(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The first words a constraint can start with. The pattern is only tried, anchored, where one of them
// (or a number) starts a word: scanning 100 kB with the whole alternation at every position is several
// times slower.
const QSet<QString>& constraintStarts()
{
    static const QSet<QString> starts{
        "at",       "no",       "fewer",     "less",      "more",      "up",       "exactly",
        "under",    "below",    "over",      "about",     "around",    "roughly",  "approximately",
        "to",       "maximum",  "minimum",   "max",       "min",       "within",   "between",
        "by",       "before",   "due",       "deadline",  "deadlines", "must",     "mustn",
        "should",   "shouldn",  "do",        "don",       "never",     "cannot",   "without",
        "only",     "required", "mandatory", "strictly",  "avoid",     "avoids",   "avoiding",
        "ensure",   "make",     "nothing",   "unchanged", "intact",    "verbatim", "json",
        "csv",      "yaml",     "xml",       "html",      "markdown",  "table",    "bullet",
        "bulleted", "numbered", "one",       "two",       "three",     "four",     "five",
        "six",      "seven",    "eight",     "nine",      "ten",       "eleven",   "twelve",
        "fifteen",  "twenty",   "thirty",    "fifty",     "hundred"};
    return starts;
}

// The lower-cased ASCII word starting at `from` (after spaces and hyphens), for the look-ahead below.
QStringView nextWord(QStringView prose, qsizetype from)
{
    while (from < prose.size() && (prose.at(from) == QLatin1Char(' ') || prose.at(from) == QLatin1Char('-')))
        ++from;
    qsizetype end = from;
    while (end < prose.size() && prose.at(end).unicode() < 0x80 && isWordChar(prose.at(end).unicode()))
        ++end;
    return prose.mid(from, end - from);
}

// Most candidate words ("to", "over", numbers) start a constraint only when an amount or a unit follows;
// checking that by hand saves thousands of regular-expression matches on a long specification.
bool worthMatching(QStringView word, QStringView next)
{
    static constexpr QLatin1String numberWords[] = {
        QLatin1String("one"),     QLatin1String("two"),    QLatin1String("three"),  QLatin1String("four"),
        QLatin1String("five"),    QLatin1String("six"),    QLatin1String("seven"),  QLatin1String("eight"),
        QLatin1String("nine"),    QLatin1String("ten"),    QLatin1String("eleven"), QLatin1String("twelve"),
        QLatin1String("fifteen"), QLatin1String("twenty"), QLatin1String("thirty"), QLatin1String("fifty"),
        QLatin1String("hundred")};
    static constexpr QLatin1String amountOnly[] = {QLatin1String("to"),
                                                   QLatin1String("over"),
                                                   QLatin1String("under"),
                                                   QLatin1String("about"),
                                                   QLatin1String("around"),
                                                   QLatin1String("roughly"),
                                                   QLatin1String("approximately"),
                                                   QLatin1String("below"),
                                                   QLatin1String("fewer"),
                                                   QLatin1String("less"),
                                                   QLatin1String("more"),
                                                   QLatin1String("up"),
                                                   QLatin1String("maximum"),
                                                   QLatin1String("minimum"),
                                                   QLatin1String("max"),
                                                   QLatin1String("min"),
                                                   QLatin1String("within"),
                                                   QLatin1String("between")};
    const bool nextIsAmount = (!next.isEmpty() && next.at(0).isDigit()) || isAny(next, numberWords) ||
                              is(next, QLatin1String("a")) || is(next, QLatin1String("than")) ||
                              is(next, QLatin1String("of")) || is(next, QLatin1String("to"));
    // A bare amount is a limit only before one of the units of the pattern's bare-limit alternative.
    static constexpr QLatin1String bareUnits[] = {
        QLatin1String("word"),       QLatin1String("words"),     QLatin1String("character"),
        QLatin1String("characters"), QLatin1String("chars"),     QLatin1String("sentence"),
        QLatin1String("sentences"),  QLatin1String("paragraph"), QLatin1String("paragraphs"),
        QLatin1String("bullet"),     QLatin1String("bullets"),   QLatin1String("line"),
        QLatin1String("lines"),      QLatin1String("token"),     QLatin1String("tokens"),
        QLatin1String("page"),       QLatin1String("pages"),     QLatin1String("slide"),
        QLatin1String("slides"),     QLatin1String("tweet"),     QLatin1String("tweets"),
        QLatin1String("example"),    QLatin1String("examples")};
    if (word.at(0).isDigit() || isAny(word, numberWords))
        return isAny(next, bareUnits);
    if (isAny(word, amountOnly))
        return nextIsAmount;
    return true;
}

// The frequent one-word constraints ("must", "JSON", "only"), recognised by hand with the same result
// as constraintPattern(): on a long specification they are most of the matches, and each regular
// expression match costs a few microseconds. Empty when the pattern has to decide.
QString simpleConstraint(QStringView prose, qsizetype start, qsizetype end, const QString& word)
{
    static const QSet<QString> single{"never",    "cannot", "without",  "required", "mandatory", "strictly",
                                      "avoid",    "avoids", "avoiding", "ensure",   "unchanged", "intact",
                                      "verbatim", "json",   "csv",      "yaml",     "xml",       "html",
                                      "markdown", "table",  "deadline", "deadlines"};
    if (end < prose.size() && (prose.at(end) == QLatin1Char('-') || prose.at(end) == QLatin1Char('\'') ||
                               prose.at(end) == QChar(0x2019) || prose.at(end).isLetterOrNumber()))
        return {}; // "must-have", "don't", "JSONL": the pattern decides
    if (single.contains(word))
        return word;
    if (word == QLatin1String("only")) {
        const bool afterNot =
            start >= 4 && prose.mid(start - 4, 4).compare(QLatin1String("not "), Qt::CaseInsensitive) == 0;
        return afterNot ? QString() : word;
    }
    if (word == QLatin1String("must") || word == QLatin1String("should")) {
        if (is(nextWord(prose, end), QLatin1String("not")) || end >= prose.size() || !prose.at(end).isSpace())
            return {};
        return word;
    }
    return {};
}

Constraints findConstraints(QStringView prose)
{
    const QRegularExpression& constraint = constraintPattern();
    const QSet<QString>& starts = constraintStarts();
    static const QSet<QString> formats{"JSON", "CSV", "YAML", "XML", "HTML", "markdown", "table"};

    Constraints result;
    QStringList order;
    QHash<QString, int> times;
    QString word;
    qsizetype i = 0;
    while (i < prose.size()) {
        const char16_t u = prose.at(i).unicode();
        const bool wordStart =
            u < 0x80 && isWordChar(u) &&
            (i == 0 || (!isWordChar(prose.at(i - 1).unicode()) && prose.at(i - 1) != QLatin1Char('-')));
        if (!wordStart) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < prose.size() && prose.at(end).unicode() < 0x80 && isWordChar(prose.at(end).unicode()))
            ++end;
        bool candidate = u >= u'0' && u <= u'9';
        if (candidate) { // "2,000-word": the amount runs over separators
            while (end < prose.size() && QStringView(u"0123456789,.").contains(prose.at(end)))
                ++end;
        }
        if (!candidate && end - i <= 14) {
            lowerInto(prose.mid(i, end - i), word);
            candidate = starts.contains(word);
        }
        candidate = candidate && worthMatching(prose.mid(i, end - i), nextWord(prose, end));
        const QString simple = candidate && end - i <= 14 ? simpleConstraint(prose, i, end, word) : QString();
        // A short window, not the whole prose, as the subject: every match validates its subject as
        // UTF-16 first, which would make this loop quadratic. Constraints are a few words long; the window
        // starts a little before the word for the look-behinds.
        constexpr qsizetype before = 8;
        constexpr qsizetype window = 160;
        const qsizetype from = std::max<qsizetype>(0, i - before);
        const auto m = candidate && simple.isEmpty()
                           ? constraint.match(prose.mid(from, std::min(window, prose.size() - from)),
                                              i - from, QRegularExpression::NormalMatch,
                                              QRegularExpression::AnchorAtOffsetMatchOption)
                           : QRegularExpressionMatch();
        if (simple.isEmpty() && !m.hasMatch()) {
            i = end;
            continue;
        }
        i = simple.isEmpty() ? std::max(end, from + m.capturedEnd(0)) : end;
        const QString label = constraintLabel(simple.isEmpty() ? m.capturedView(0) : QStringView(simple));
        const bool isFormat = formats.contains(label) || label.endsWith(QLatin1String(" list")) ||
                              label == QLatin1String("bullet points") ||
                              label == QLatin1String("bulleted points");
        // "Return JSON ... the JSON must have" asks for one format, while each "must" is its own rule.
        if (isFormat && times.contains(label))
            continue;
        ++result.count;
        if (times[label]++ == 0)
            order.append(label);
    }
    for (const QString& label : order)
        result.labels.append(
            times.value(label) > 1 ? QStringLiteral("%1 ×%2").arg(label).arg(times.value(label)) : label);
    return result;
}

// A list item is a sub-task unless it only states a rule ("- Responses must be in English"): those are
// counted as constraints, and counting them twice would inflate long specifications.
bool isSubTaskItem(QStringView item)
{
    static const QRegularExpression firstWord(QStringLiteral("^[\\p{L}\\p{M}]++"));
    const auto verb = firstWord.match(item);
    if (verb.hasMatch() && imperativeVerbs().contains(verb.captured(0).toLower()))
        return true;
    return !constraintPattern().match(item).hasMatch();
}

QStringList findAudiences(QStringView prose)
{
    static const QRegularExpression audience(
        QStringLiteral(
            "\\b(?:(beginners?|novices?|experts?|executives?|engineers?|developers?|managers?|stakeholders?|"
            "customers?|clients?|students?|teachers?|children|kids|parents?|investors?|lawyers?|doctors?|"
            "clinicians?|patients?|researchers?|designers?|reviewers?|recruiters?|regulators?|auditors?|"
            "officers?|leadership|c-suite|board\\s+members?|end\\s+users?|"
            "non-technical\\s+(?:readers?|users?|audiences?))|"
            "(act\\s+as|you\\s+are\\s+an?\\b|play\\s+the\\s+role|in\\s+the\\s+role\\s+of|"
            "take\\s+on\\s+the\\s+role|persona))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // "Act as a contracts lawyer": the noun right after a persona phrase names the persona itself.
    constexpr qsizetype personaReach = 40;
    QStringList labels;
    qsizetype personaEnd = -1;
    for (auto it = audience.globalMatch(prose); it.hasNext();) {
        const auto m = it.next();
        QString label;
        if (m.capturedLength(1) > 0) {
            const QStringView gap = prose.mid(personaEnd, m.capturedStart(1) - personaEnd);
            if (personaEnd >= 0 && gap.size() <= personaReach && !gap.contains(QLatin1Char('\n')) &&
                !gap.contains(QLatin1Char('.')))
                continue;
            label = m.captured(1).simplified().toLower();
            if (label.endsWith(QLatin1Char('s')) && label != QLatin1String("leadership"))
                label.chop(1);
        } else {
            label = QCoreApplication::translate("athanor::ComplexityEstimator", "a persona");
            personaEnd = m.capturedEnd(2);
        }
        if (!labels.contains(label))
            labels.append(label);
    }
    return labels;
}

int levelFor(double score)
{
    int level = 1;
    for (const double threshold : kLevelThresholds) {
        if (score >= threshold)
            ++level;
    }
    return level;
}

} // namespace

ComplexityAssessment ComplexityEstimator::estimate(const QString& text)
{
    ComplexityAssessment result;
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return result;

    std::vector<Line> lines = splitLines(text);
    const std::vector<Fence> fences = markFences(lines);
    const bool looseJson = markJson(lines, text);
    const bool table = markTables(lines);
    const bool csv = markCsv(lines);
    const qsizetype codeLines = markCodeLike(lines);

    // Fenced blocks: source code, unless the block holds data (a ```json payload, a ```csv extract).
    qsizetype codeBlocks = 0;
    bool fencedJson = false;
    bool fencedTable = false;
    for (const Fence& fence : fences) {
        if (fence.last < fence.first)
            continue;
        const QStringView body(lines[fence.first].text.data(),
                               lines[fence.last].text.data() + lines[fence.last].text.size());
        if (fence.info == QLatin1String("json") || (fence.info.isEmpty() && isJsonData(body)))
            fencedJson = true;
        else if (fence.info == QLatin1String("csv") || fence.info == QLatin1String("tsv"))
            fencedTable = true;
        else
            ++codeBlocks;
    }

    // Prose: what is left, with list markers removed (a "3." is not a number in the text).
    static const QRegularExpression listItem(
        QStringLiteral("^\\s*(?:\\d{1,3}[.)]|[-*+•]|[a-zA-Z][.)]|\\(\\w{1,3}\\))\\s+(?=\\S)"));
    static const QRegularExpression inlineCode(QStringLiteral("`[^`\\n]+`"));
    QString prose;
    prose.reserve(text.size());
    SubTaskCount tasks;
    qsizetype inlineSpans = 0;
    const auto lineCount = qsizetype(lines.size());
    for (qsizetype i = 0; i < lineCount; ++i) {
        const Line& line = lines[i];
        if (line.kind != LineKind::Prose)
            continue;
        QStringView body = line.text;
        // Most lines are plain sentences: only a line starting with a marker-like character can be an item.
        const QStringView start = body.trimmed();
        const bool maybeItem = !start.isEmpty() && (start.at(0).isDigit() || start.at(0).isLetter() ||
                                                    QStringView(u"-*+•(").contains(start.at(0)));
        const auto item = maybeItem ? listItem.match(body) : QRegularExpressionMatch();
        if (item.hasMatch()) {
            body = body.mid(item.capturedEnd(0));
            if (isSubTaskItem(body))
                ++tasks.listItems;
        } else {
            // "Prepare the launch. Work through these in order:" only introduces the list below it: the
            // list items are the sub-tasks, so the line's own requests are not counted a second time.
            qsizetype next = i + 1;
            while (next < lineCount && lines[next].kind == LineKind::Blank)
                ++next;
            const bool introducesList = body.trimmed().endsWith(QLatin1Char(':')) && next < lineCount &&
                                        lines[next].kind == LineKind::Prose &&
                                        listItem.match(lines[next].text).hasMatch();
            SubTaskCount own;
            scanProseLine(body, own);
            tasks.sentences += own.sentences;
            if (!introducesList) {
                tasks.imperatives += own.imperatives;
                tasks.joins += own.joins;
            }
        }
        if (body.contains(QLatin1Char('`'))) {
            for (auto it = inlineCode.globalMatch(body); it.hasNext(); it.next())
                ++inlineSpans;
        }
        prose += body;
        prose += QLatin1Char('\n');
    }

    std::vector<Finding> findings;
    int order = 0;
    auto add = [&](double score, const QString& reason) {
        if (score > 0)
            findings.push_back({score, reason, order});
        ++order;
    };

    // Sub-tasks first: at equal scores, the reasons then read in the order a person would give them.
    const qsizetype subTasks = tasks.total();
    if (subTasks >= 2)
        add(std::min(kSubTaskCap, 0.6 * double(subTasks - 1)),
            plural(subTasks,
                   QCoreApplication::translate("athanor::ComplexityEstimator", "%1 separate sub-task"),
                   QCoreApplication::translate("athanor::ComplexityEstimator", "%1 separate sub-tasks")));
    else
        ++order;

    const Constraints constraints = findConstraints(prose);
    if (constraints.count > 0)
        add(std::min(kConstraintCap, 0.45 * double(constraints.count)),
            QStringLiteral("%1 (%2)").arg(
                plural(
                    constraints.count,
                    QCoreApplication::translate("athanor::ComplexityEstimator", "%1 explicit constraint"),
                    QCoreApplication::translate("athanor::ComplexityEstimator", "%1 explicit constraints")),
                joinLabels(constraints.labels)));
    else
        ++order;

    // Code: a fenced block is the strongest sign; lines that read like code come next, then `inline`.
    double code = 0;
    QString codeReason;
    if (codeBlocks > 0) {
        code = 1.5 + 0.25 * double(codeBlocks - 1);
        codeReason =
            codeBlocks == 1
                ? QCoreApplication::translate("athanor::ComplexityEstimator", "contains a code block")
                : QCoreApplication::translate("athanor::ComplexityEstimator", "contains %1 code blocks")
                      .arg(codeBlocks);
    } else if (codeLines > 0) {
        code = std::min(1.5, 0.5 * double(codeLines));
        codeReason = codeLines == 1 ? QCoreApplication::translate("athanor::ComplexityEstimator",
                                                                  "contains a line that looks like code")
                                    : QCoreApplication::translate("athanor::ComplexityEstimator",
                                                                  "contains code (%1 lines)")
                                          .arg(codeLines);
    }
    if (inlineSpans > 0) {
        code += 0.4;
        if (codeReason.isEmpty())
            codeReason = QCoreApplication::translate("athanor::ComplexityEstimator", "contains inline code");
    }
    add(std::min(kCodeCap, code), codeReason);

    double data = 0;
    QStringList dataKinds;
    if (looseJson || fencedJson) {
        data += 1.25;
        dataKinds << QCoreApplication::translate("athanor::ComplexityEstimator", "JSON data");
    }
    if (table || csv || fencedTable) {
        data += 1.25;
        dataKinds << QCoreApplication::translate("athanor::ComplexityEstimator", "tabular data");
    }
    static const QRegularExpression number(QStringLiteral("(?<![\\p{L}\\p{N}_.])\\d+(?:[.,:/-]\\d+)*"));
    qsizetype numbers = 0;
    for (auto it = number.globalMatch(prose); it.hasNext(); it.next())
        ++numbers;
    if (numbers >= 12) {
        data += numbers >= 40 ? 1.0 : 0.5;
        dataKinds
            << QCoreApplication::translate("athanor::ComplexityEstimator", "many numbers (%1)").arg(numbers);
    }
    add(std::min(kDataCap, data),
        dataKinds.isEmpty()
            ? QString()
            : QCoreApplication::translate("athanor::ComplexityEstimator", "contains %1")
                  .arg(dataKinds.join(QCoreApplication::translate("athanor::ComplexityEstimator", " and "))));

    const qsizetype words = countWords(text);
    const Finding length = lengthFinding(words);
    add(length.score, length.reason);

    const QStringList domain = findDomainTerms(prose);
    if (!domain.isEmpty())
        add(std::min(kDomainCap, 0.3 * double(domain.size())),
            QCoreApplication::translate("athanor::ComplexityEstimator", "uses domain terms: %1")
                .arg(joinLabels(domain)));
    else
        ++order;

    const QStringList audiences = findAudiences(prose);
    if (audiences.size() >= 2)
        add(std::min(kAudienceCap, 0.6 * double(audiences.size() - 1)),
            QCoreApplication::translate("athanor::ComplexityEstimator", "%1 audiences or roles (%2)")
                .arg(audiences.size())
                .arg(joinLabels(audiences)));
    else
        ++order;

    if (tasks.sentences >= 4)
        add(std::min(kSentenceCap, 0.2 * double(tasks.sentences - 2)),
            plural(tasks.sentences,
                   QCoreApplication::translate("athanor::ComplexityEstimator", "%1 sentence"),
                   QCoreApplication::translate("athanor::ComplexityEstimator", "%1 sentences")));
    else
        ++order;

    // A question mark ends a question only before a space or the end: "?q=1" in a URL is not one.
    static const QRegularExpression question(QStringLiteral("[?？؟]+(?=\\s|$|[\"'”’)\\]])"));
    qsizetype questions = 0;
    for (auto it = question.globalMatch(prose); it.hasNext(); it.next())
        ++questions;
    if (questions >= 2)
        add(std::min(kQuestionCap, 0.5 * double(questions - 1)),
            plural(questions, QCoreApplication::translate("athanor::ComplexityEstimator", "%1 question"),
                   QCoreApplication::translate("athanor::ComplexityEstimator", "%1 questions")));

    for (const Finding& f : findings)
        result.score += f.score;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return a.score != b.score ? a.score > b.score : a.order < b.order;
    });
    for (const Finding& f : findings) {
        if (!f.reason.isEmpty())
            result.reasons.append(f.reason);
    }
    result.level = levelFor(result.score);
    return result;
}

} // namespace athanor
