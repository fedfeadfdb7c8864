#include "ComplexityEstimator.h"

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
constexpr int kMaxJsonCandidates = 32;
constexpr int kMaxLabelsShown = 5;

struct Finding
{
    double score = 0;
    QString reason; // empty: contributes to the score without a sentence of its own
    int order = 0;  // feature order, the tie-break that keeps reasons deterministic
};

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

QString plural(qsizetype n, const char* singular, const char* pluralForm)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : pluralForm));
}

QString joinLabels(const QStringList& labels)
{
    if (labels.size() <= kMaxLabelsShown)
        return labels.join(QStringLiteral(", "));
    return labels.mid(0, kMaxLabelsShown).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

bool isCjk(char32_t c)
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
qsizetype jsonValueEnd(QStringView text, qsizetype from)
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
int csvFields(QStringView line, QChar separator)
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

// ---- Prose features ---------------------------------------------------------------------------------

const QSet<QString>& imperativeVerbs()
{
    // Verbs that start a request for a separate piece of work. "use", "keep", "avoid" and "ensure"
    // are left out on purpose: they state constraints on the work, counted as constraints.
    static const QSet<QString> verbs{
        "add", "adapt", "analyse", "analyze", "answer", "assess", "build", "calculate", "categorise",
        "categorize", "check", "choose", "cite", "classify", "clean", "compare", "compile", "compose",
        "compute", "condense", "convert", "correct", "create", "critique", "debug", "define", "demonstrate",
        "derive", "describe", "design", "detect", "determine", "develop", "diagnose", "document", "draft",
        "draw", "edit", "enumerate", "estimate", "evaluate", "explain", "explore", "export", "extract",
        "find", "fix", "forecast", "generate", "give", "group", "identify", "illustrate", "implement",
        "improve", "label", "list", "make", "map", "merge", "migrate", "model", "name", "normalise",
        "normalize", "optimise", "optimize", "organise", "organize", "outline", "paraphrase", "parse", "plan",
        "predict", "prepare", "present", "prioritise", "prioritize", "produce", "propose", "prove", "provide",
        "rank", "rate", "recommend", "refactor", "rephrase", "replace", "report", "research", "respond",
        "restructure", "review", "revise", "rewrite", "run", "score", "select", "set", "show", "simplify",
        "sketch", "solve", "sort", "specify", "split", "suggest", "summarise", "summarize", "tell", "test",
        "train", "transform", "translate", "update", "validate", "verify", "visualise", "visualize", "write",
        // German and Spanish imperatives for the most common requests.
        "schreibe", "schreib", "erstelle", "erkläre", "fasse", "übersetze", "liste", "analysiere", "nenne",
        "beschreibe", "vergleiche", "escribe", "crea", "explica", "resume", "traduce", "enumera", "analiza",
        "describe", "compara", "genera", "haz", "redacta"};
    return verbs;
}

// Domain vocabulary, counted once per distinct term. Common words with a technical sense ("rest",
// "index", "yield", "table") are left out: they fire on everyday prompts.
const QSet<QString>& domainTerms()
{
    static const QSet<QString> terms{
        // software and data
        "algorithm", "api", "asynchronous", "async", "authentication", "authorization", "backend", "backoff",
        "benchmark", "cache", "caching", "compiler", "concurrency", "cpu", "database", "deadlock",
        "dependency injection", "deployment", "docker", "encryption", "endpoint", "frontend", "graphql",
        "hashing", "idempotent", "idempotency", "kubernetes", "latency", "load balancer", "microservice",
        "middleware", "mutex", "oauth", "orm", "pagination", "parser", "race condition", "recursion",
        "refactoring", "regex", "repository", "runtime", "schema", "sdk", "serialization", "serialisation",
        "sharding", "sql", "tcp", "throughput", "time complexity", "transaction", "unit test", "webhook",
        "websocket", "checksum", "rate limiting", "retry", "retries", "replication", "timeout", "json schema",
        "etl", "dataframe", "pandas", "numpy",
        // machine learning and statistics
        "bayesian", "classifier", "confidence interval", "correlation", "cross validation", "dataset",
        "embedding", "embeddings", "gradient", "hyperparameter", "inference", "machine learning",
        "neural network", "overfitting", "p value", "regression", "standard deviation", "stochastic",
        "transformer", "variance", "quantization", "tokenizer", "eigenvalue", "heteroscedasticity",
        "multicollinearity",
        // academic
        "citation", "dissertation", "empirical", "epistemology", "hypothesis", "literature review",
        "methodology", "ontology", "peer reviewed", "qualitative", "quantitative", "theorem", "lemma",
        "thesis", "meta analysis", "apa", "mla",
        // legal
        "arbitration", "compliance", "copyright", "defendant", "fiduciary", "gdpr", "hipaa",
        "indemnification", "indemnity", "intellectual property", "jurisdiction", "liability", "litigation",
        "nda", "plaintiff", "statute", "tort", "trademark", "warranty", "force majeure", "governing law",
        // financial
        "accrual", "amortization", "arbitrage", "balance sheet", "capex", "cash flow", "collateral",
        "depreciation", "dividend", "ebitda", "hedge", "hedging", "interest rate", "ledger", "liquidity",
        "opex", "portfolio", "roi", "valuation", "volatility", "wacc", "npv", "irr", "amortisation",
        // medical
        "clinical", "cohort", "comorbidity", "contraindication", "diagnosis", "dosage", "epidemiology",
        "etiology", "hypertension", "oncology", "pathology", "pharmacology", "placebo", "prognosis",
        "randomized", "randomised", "symptom", "mri"};
    return terms;
}

// Every spelling to look up, plurals included, mapped to the term it reports ("endpoints" -> "endpoint").
const QHash<QString, QString>& domainLookup()
{
    static const QHash<QString, QString> lookup = [] {
        QHash<QString, QString> map;
        for (const QString& term : domainTerms()) {
            map.insert(term + QLatin1Char('s'), term);
            map.insert(term + QLatin1String("es"), term);
        }
        for (const QString& term : domainTerms())
            map.insert(term, term); // a term that is also another's plural reports itself
        return map;
    }();
    return lookup;
}

// First words of the multi-word terms: only after one of these is a two-word phrase worth building.
const QSet<QString>& phraseStarts()
{
    static const QSet<QString> starts = [] {
        QSet<QString> set;
        for (const QString& term : domainTerms()) {
            const qsizetype space = term.indexOf(QLatin1Char(' '));
            if (space > 0)
                set.insert(term.left(space));
        }
        return set;
    }();
    return starts;
}

// Lower case into a reused buffer, without an allocation for the common ASCII word.
void lowerInto(QStringView word, QString& out)
{
    out.resize(word.size());
    QChar* d = out.data();
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t u = word.at(k).unicode();
        if (u >= 0x80) {
            out = word.toString().toLower();
            return;
        }
        d[k] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
}

QStringList findDomainTerms(QStringView prose)
{
    const QHash<QString, QString>& lookup = domainLookup();
    const QSet<QString>& starts = phraseStarts();
    QStringList found;
    QSet<QString> seen;
    // Buffers reused across words: a 100 kB prompt has some 15,000 of them.
    QString word;
    QString previous;
    QString phrase;
    auto consider = [&](const QString& candidate) {
        const auto hit = lookup.constFind(candidate);
        if (hit != lookup.constEnd() && !seen.contains(*hit)) {
            seen.insert(*hit);
            found.append(*hit);
        }
    };
    qsizetype i = 0;
    while (i < prose.size()) {
        qsizetype width = 1;
        char32_t c = codePointAt(prose, i, &width);
        if (!isWordChar(c) || c >= 0x2E80) { // no vocabulary in CJK
            // A line break or punctuation ends a phrase; a space or hyphen keeps two words together.
            if (c != U' ' && c != U'-')
                previous.resize(0);
            i += width;
            continue;
        }
        const qsizetype start = i;
        while (i < prose.size()) {
            c = codePointAt(prose, i, &width);
            if (!isWordChar(c))
                break;
            i += width;
        }
        const qsizetype length = i - start;
        if (length < 2 || length > 24) {
            previous.resize(0);
            continue;
        }
        lowerInto(prose.mid(start, length), word);
        if (!previous.isEmpty()) {
            phrase.resize(0);
            phrase.append(previous).append(QLatin1Char(' ')).append(word);
            consider(phrase);
        }
        consider(word);
        previous.resize(0);
        if (starts.contains(word))
            previous.append(word);
    }
    return found;
}

struct SubTaskCount
{
    qsizetype listItems = 0;
    qsizetype imperatives = 0;
    qsizetype joins = 0;
    qsizetype sentences = 0;
    qsizetype total() const { return listItems + imperatives + joins; }
};

struct Word
{
    QStringView text;
    bool clauseStart = false; // a comma, semicolon or "and" came before it
    bool colonAfter = false;  // "Plan: ..." is a label, not a request
};

bool is(QStringView word, QLatin1String expected)
{
    return word.compare(expected, Qt::CaseInsensitive) == 0;
}

template <std::size_t N> bool isAny(QStringView word, const QLatin1String (&list)[N])
{
    return std::any_of(std::begin(list), std::end(list), [&](QLatin1String w) { return is(word, w); });
}

bool isTwoWordJoin(const Word* w, const Word* end)
{
    return w + 1 != end && ((is(w->text, QLatin1String("after")) && is(w[1].text, QLatin1String("that"))) ||
                            (is(w->text, QLatin1String("in")) && is(w[1].text, QLatin1String("addition"))));
}

// A clause starts a sub-task when it opens with a request verb ("explain why", "and then give") or with a
// join word ("Also, the summary ..."); "also" or "finally" inside a clause adds one more part.
void countClause(const Word* w, const Word* end, SubTaskCount& count)
{
    static constexpr QLatin1String polite[] = {QLatin1String("please"), QLatin1String("kindly"),
                                               QLatin1String("now")};
    static constexpr QLatin1String askers[] = {QLatin1String("can"), QLatin1String("could"),
                                               QLatin1String("would"), QLatin1String("will")};
    static constexpr QLatin1String leadJoins[] = {
        QLatin1String("then"),         QLatin1String("next"),     QLatin1String("also"),
        QLatin1String("additionally"), QLatin1String("finally"),  QLatin1String("afterwards"),
        QLatin1String("lastly"),       QLatin1String("first"),    QLatin1String("firstly"),
        QLatin1String("second"),       QLatin1String("secondly"), QLatin1String("third"),
        QLatin1String("thirdly")};
    static constexpr QLatin1String midJoins[] = {QLatin1String("also"), QLatin1String("additionally"),
                                                 QLatin1String("finally"), QLatin1String("afterwards")};
    bool leadJoin = false;
    while (w != end) {
        if (isAny(w->text, polite)) {
            ++w;
        } else if (isAny(w->text, leadJoins)) {
            leadJoin = true;
            ++w;
        } else if (isTwoWordJoin(w, end)) {
            leadJoin = true;
            w += 2;
        } else if (w + 1 != end && isAny(w->text, askers) && is(w[1].text, QLatin1String("you"))) {
            w += 2;
        } else {
            break;
        }
    }
    if (w != end && !w->colonAfter && imperativeVerbs().contains(w->text.toString().toLower()))
        ++count.imperatives;
    else if (leadJoin)
        ++count.joins;
    qsizetype mid = 0;
    bool notOnly = false;
    for (const Word* v = w; v != end; ++v) {
        if (isAny(v->text, midJoins) || isTwoWordJoin(v, end))
            ++mid;
        else if (v + 1 != end && is(v->text, QLatin1String("not")) && is(v[1].text, QLatin1String("only")))
            notOnly = true;
    }
    // "not only X but also Y" is one task described twice, not two.
    if (mid > 0 && notOnly)
        --mid;
    count.joins += mid;
}

// Sentences, clauses and their requests in one pass over a prose line. Hand-written rather than a
// handful of regular expressions per clause: a 100 kB specification has thousands of clauses.
void scanProseLine(QStringView line, SubTaskCount& count)
{
    std::vector<Word> words;
    bool hasContent = false;
    bool pendingBreak = true;
    auto endSentence = [&] {
        if (hasContent)
            ++count.sentences;
        const Word* clause = words.data();
        const Word* const end = words.data() + words.size();
        for (const Word* w = clause; w != end; ++w) {
            if (w->clauseStart && w != clause) {
                countClause(clause, w, count);
                clause = w;
            }
        }
        countClause(clause, end, count);
        words.clear();
        hasContent = false;
        pendingBreak = true;
    };
    qsizetype i = 0;
    while (i < line.size()) {
        qsizetype width = 1;
        char32_t c = codePointAt(line, i, &width);
        if (isLetterOrMark(c)) {
            const qsizetype start = i;
            while (i < line.size()) {
                c = codePointAt(line, i, &width);
                if (!isLetterOrMark(c))
                    break;
                i += width;
            }
            const QStringView text = line.mid(start, i - start);
            hasContent = true;
            if (is(text, QLatin1String("and"))) {
                pendingBreak = true;
                continue;
            }
            qsizetype next = i;
            while (next < line.size() && line.at(next) == QLatin1Char(' '))
                ++next;
            words.push_back({text, pendingBreak, next < line.size() && line.at(next) == QLatin1Char(':')});
            pendingBreak = false;
            continue;
        }
        i += width;
        if (QChar::isNumber(c)) {
            hasContent = true;
        } else if (c == U',' || c == U';' || c == U'，' || c == U'；' || c == U'、') {
            pendingBreak = true;
        } else if (c == U'。' || c == U'！' || c == U'？') {
            endSentence(); // no space follows a full stop in Chinese or Japanese
        } else if (c == U'.' || c == U'!' || c == U'?' || c == U'؟') {
            while (i < line.size() && QStringView(u".!?").contains(line.at(i)))
                ++i;
            if (i >= line.size() || line.at(i).isSpace())
                endSentence();
        }
    }
    endSentence();
}

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
                reason = QStringLiteral("long: %1 words").arg(words);
            else if (words >= 80)
                reason = QStringLiteral("%1 words").arg(words);
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
            label = QStringLiteral("a persona");
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
            plural(subTasks, "separate sub-task", "separate sub-tasks"));
    else
        ++order;

    const Constraints constraints = findConstraints(prose);
    if (constraints.count > 0)
        add(std::min(kConstraintCap, 0.45 * double(constraints.count)),
            QStringLiteral("%1 (%2)").arg(
                plural(constraints.count, "explicit constraint", "explicit constraints"),
                joinLabels(constraints.labels)));
    else
        ++order;

    // Code: a fenced block is the strongest sign; lines that read like code come next, then `inline`.
    double code = 0;
    QString codeReason;
    if (codeBlocks > 0) {
        code = 1.5 + 0.25 * double(codeBlocks - 1);
        codeReason = codeBlocks == 1 ? QStringLiteral("contains a code block")
                                     : QStringLiteral("contains %1 code blocks").arg(codeBlocks);
    } else if (codeLines > 0) {
        code = std::min(1.5, 0.5 * double(codeLines));
        codeReason = codeLines == 1 ? QStringLiteral("contains a line that looks like code")
                                    : QStringLiteral("contains code (%1 lines)").arg(codeLines);
    }
    if (inlineSpans > 0) {
        code += 0.4;
        if (codeReason.isEmpty())
            codeReason = QStringLiteral("contains inline code");
    }
    add(std::min(kCodeCap, code), codeReason);

    double data = 0;
    QStringList dataKinds;
    if (looseJson || fencedJson) {
        data += 1.25;
        dataKinds << QStringLiteral("JSON data");
    }
    if (table || csv || fencedTable) {
        data += 1.25;
        dataKinds << QStringLiteral("tabular data");
    }
    static const QRegularExpression number(QStringLiteral("(?<![\\p{L}\\p{N}_.])\\d+(?:[.,:/-]\\d+)*"));
    qsizetype numbers = 0;
    for (auto it = number.globalMatch(prose); it.hasNext(); it.next())
        ++numbers;
    if (numbers >= 12) {
        data += numbers >= 40 ? 1.0 : 0.5;
        dataKinds << QStringLiteral("many numbers (%1)").arg(numbers);
    }
    add(std::min(kDataCap, data),
        dataKinds.isEmpty() ? QString()
                            : QStringLiteral("contains ") + dataKinds.join(QStringLiteral(" and ")));

    const qsizetype words = countWords(text);
    const Finding length = lengthFinding(words);
    add(length.score, length.reason);

    const QStringList domain = findDomainTerms(prose);
    if (!domain.isEmpty())
        add(std::min(kDomainCap, 0.3 * double(domain.size())),
            QStringLiteral("uses domain terms: ") + joinLabels(domain));
    else
        ++order;

    const QStringList audiences = findAudiences(prose);
    if (audiences.size() >= 2)
        add(std::min(kAudienceCap, 0.6 * double(audiences.size() - 1)),
            QStringLiteral("%1 audiences or roles (%2)").arg(audiences.size()).arg(joinLabels(audiences)));
    else
        ++order;

    if (tasks.sentences >= 4)
        add(std::min(kSentenceCap, 0.2 * double(tasks.sentences - 2)),
            plural(tasks.sentences, "sentence", "sentences"));
    else
        ++order;

    // A question mark ends a question only before a space or the end: "?q=1" in a URL is not one.
    static const QRegularExpression question(QStringLiteral("[?？؟]+(?=\\s|$|[\"'”’)\\]])"));
    qsizetype questions = 0;
    for (auto it = question.globalMatch(prose); it.hasNext(); it.next())
        ++questions;
    if (questions >= 2)
        add(std::min(kQuestionCap, 0.5 * double(questions - 1)), plural(questions, "question", "questions"));

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
