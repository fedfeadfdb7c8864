#include "ProseFeatures.h"

#include "PromptText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <vector>

namespace athanor::prosefeatures {

using namespace prompttext;

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
static const QSet<QString>& domainTerms()
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
static const QHash<QString, QString>& domainLookup()
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
static const QSet<QString>& phraseStarts()
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


struct Word
{
    QStringView text;
    bool clauseStart = false; // a comma, semicolon or "and" came before it
    bool colonAfter = false;  // "Plan: ..." is a label, not a request
};



static bool isTwoWordJoin(const Word* w, const Word* end)
{
    return w + 1 != end && ((is(w->text, QLatin1String("after")) && is(w[1].text, QLatin1String("that"))) ||
                            (is(w->text, QLatin1String("in")) && is(w[1].text, QLatin1String("addition"))));
}

// A clause starts a sub-task when it opens with a request verb ("explain why", "and then give") or with a
// join word ("Also, the summary ..."); "also" or "finally" inside a clause adds one more part.
static void countClause(const Word* w, const Word* end, SubTaskCount& count)
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

} // namespace athanor::prosefeatures
