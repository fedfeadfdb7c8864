#include "LibraryGenerator.h"

#include "core/ContentHash.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace athanor::bench {
namespace {

// SplitMix64: tiny, fast and good enough to pick words; one stream per prompt index.
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return unit() < p; }
};

using Words = std::initializer_list<const char*>;

// A word list with uniform or Zipf-like picks (rank r about as likely as 1 / (r + 1)).
class WordList
{
public:
    WordList(Words words) : m_words(words.begin(), words.end()) {}
    QLatin1String any(Random& r) const { return QLatin1String(m_words[size_t(r.below(int(m_words.size())))]); }
    QLatin1String zipf(Random& r) const
    {
        const double n = double(m_words.size());
        const size_t i = size_t(std::pow(n + 1.0, r.unit())) - 1;
        return QLatin1String(m_words[std::min(i, m_words.size() - 1)]);
    }
    size_t size() const { return m_words.size(); }
    QLatin1String at(size_t i) const { return QLatin1String(m_words[i % m_words.size()]); }

private:
    std::vector<const char*> m_words;
};

const WordList kLanguages{"Python", "TypeScript", "SQL", "Rust", "Go", "Java", "C++", "Bash", "Kotlin", "Swift",
                          "C#", "Ruby", "PHP", "R", "Scala", "Elixir", "Haskell", "Lua", "Julia", "Dart"};
const WordList kCodingTasks{
    "parses a CSV file and returns the rows as dictionaries", "retries an HTTP request with exponential backoff",
    "validates an e-mail address", "merges two sorted lists", "computes a moving average over a time series",
    "deduplicates records by a normalised key", "reads a configuration file and applies defaults",
    "paginates results from a REST API", "converts Markdown headings into a table of contents",
    "caches the results of an expensive call with a time limit", "detects cycles in a dependency graph",
    "streams a large JSON file without loading it into memory", "rate-limits calls per user",
    "hashes passwords with a salt", "schedules jobs with cron expressions", "resizes images in a folder",
    "computes the diff between two texts", "finds the shortest path in a weighted graph",
    "formats durations for humans", "splits a monolith module into smaller services",
    "watches a folder and uploads new files", "parses log lines into structured events",
    "generates invoices as PDF", "implements a thread-safe queue", "checks links in an HTML page",
    "normalises phone numbers", "builds a trie for autocomplete", "encrypts a file with a passphrase",
    "aggregates sales by region and month", "migrates a database schema without downtime"};
const WordList kCodeAsks{"Add type hints and docstrings.", "Include unit tests for the edge cases.",
                         "Keep it under fifty lines.", "Explain the time complexity.", "Avoid external dependencies.",
                         "Handle errors explicitly rather than with exceptions.", "Make it idiomatic.",
                         "Write it so a junior developer can maintain it.", "Optimise for memory, not speed.",
                         "Log what it does at debug level.", "Make it safe to call from several threads."};
const WordList kForms{"blog post", "short story", "product description", "cover letter", "newsletter",
                      "press release", "speech", "poem", "essay", "landing page", "LinkedIn post", "tweet thread",
                      "case study", "white paper", "FAQ", "job posting", "haiku", "limerick", "podcast script",
                      "video script", "user guide", "release notes", "sales pitch", "wedding toast", "eulogy"};
const WordList kTopics{
    "remote work", "climate change", "machine learning", "personal finance", "customer churn", "a coffee shop",
    "electric cars", "cybersecurity", "healthy sleep", "urban gardening", "space tourism", "online privacy",
    "team productivity", "renewable energy", "supply chains", "a mobile banking app", "Kubernetes",
    "quantum computing", "inflation", "language learning", "marathon running", "video game design",
    "ocean plastic", "the French revolution", "ancient Rome", "black holes", "photosynthesis", "vaccines",
    "jazz history", "3D printing", "dog training", "wine tasting", "volcanoes", "chess openings",
    "time management", "public speaking", "startup fundraising", "data privacy law", "a hotel chain",
    "a dental clinic", "a bakery", "a public library", "football tactics", "meditation", "mountain hiking",
    "solar panels", "smart homes", "food waste", "microservices", "open source licensing", "the gig economy",
    "mental health at work", "minimalism", "crop rotation", "bird migration", "tax returns", "e-commerce returns",
    "container shipping", "fusion energy", "coral reefs", "sourdough baking", "retirement planning",
    "leadership", "onboarding new hires", "password managers", "accessibility", "carbon offsets",
    "self-driving trucks", "drone delivery", "the history of typography", "noise pollution", "bee keeping",
    "cloud costs", "API design", "technical debt", "code review", "incident response", "product roadmaps"};
const WordList kAudiences{"beginners", "senior engineers", "a five-year-old", "the board of directors",
                          "first-year students", "busy executives", "customers", "investors", "nurses",
                          "small business owners", "teenagers", "retirees", "data scientists", "designers",
                          "a non-technical manager", "journalists", "new employees", "teachers", "lawyers"};
const WordList kTones{"Use a friendly, conversational tone.", "Keep the tone formal.", "Make it funny but kind.",
                      "Be concise and direct.", "Write with warmth and empathy.", "Sound confident, not salesy.",
                      "Use plain English and no jargon.", "Be persuasive.", "Keep it neutral and factual.",
                      "Write in the style of a 1950s radio host.", "Use short sentences.", "Be playful."};
const WordList kLengths{"short", "200-word", "500-word", "one-page", "two-paragraph", "detailed", "1000-word",
                        "brief", "three-part"};
const WordList kDocuments{"meeting transcript", "research paper", "customer review", "support ticket",
                          "legal contract", "quarterly report", "news article", "product spec", "interview",
                          "incident postmortem", "email thread", "survey results", "user feedback", "lecture notes"};
const WordList kAspects{"the decisions made", "the open risks", "the action items", "what customers complain about",
                        "the financial figures", "the main argument", "the technical details", "what changed",
                        "the deadlines", "anything surprising"};
const WordList kHumanLanguages{"English", "Spanish", "French", "German", "Japanese", "Portuguese", "Italian",
                               "Dutch", "Korean", "Polish", "Swedish", "Turkish", "Arabic", "Hindi", "Chinese"};
const WordList kRoles{"senior data analyst", "patient math tutor", "travel agent", "Socratic philosophy teacher",
                      "UX researcher", "startup advisor", "copy editor", "security auditor", "nutritionist",
                      "career coach", "Dungeon Master", "technical recruiter", "SQL expert", "product manager",
                      "customer support agent", "historian", "poet", "negotiation coach", "code reviewer",
                      "personal trainer"};
const WordList kIdeas{"a birthday party", "a side project", "a team offsite", "blog posts", "a mobile game",
                      "a YouTube channel", "reducing meeting time", "a product name", "a fundraising event",
                      "a science fair project", "a podcast episode", "a hackathon", "a loyalty programme",
                      "a garden layout", "a rainy weekend", "a conference talk", "a escape room puzzle"};
const WordList kTables{"orders", "customers", "invoices", "products", "events", "sessions", "employees",
                       "payments", "shipments", "subscriptions", "tickets", "reviews"};
const WordList kSqlGoals{"the top ten customers by revenue", "monthly active users", "orders without a shipment",
                         "the average basket size per week", "duplicate accounts", "churned subscriptions",
                         "the running total of payments", "employees with their manager's name",
                         "tickets open for more than a week", "the conversion rate per campaign",
                         "products never ordered", "the median response time per agent"};
const WordList kRecipients{"my landlord", "a client", "the hiring manager", "my team", "a supplier",
                           "the school principal", "a new customer", "my manager", "the city council",
                           "an angry customer", "a conference organiser", "our investors"};
const WordList kEmailTopics{"a late payment", "a project delay", "a refund request", "a job offer",
                            "a broken heater", "next quarter's plan", "a price increase", "a partnership proposal",
                            "a scheduling conflict", "a security incident", "a thank-you", "a contract renewal"};
const WordList kConcepts{"recursion", "compound interest", "entropy", "supply and demand", "the CAP theorem",
                         "gradient descent", "blockchain", "natural selection", "inflation", "public-key encryption",
                         "the placebo effect", "opportunity cost", "neural networks", "quantum entanglement",
                         "Big O notation", "general relativity", "the immune system", "TCP handshakes",
                         "database indexes", "Bayes' theorem", "photosynthesis", "plate tectonics"};
const WordList kAnalogyDomains{"cooking", "football", "gardening", "music", "traffic", "a library", "a restaurant",
                               "the post office", "building a house", "a road trip"};
// Sentences for longer prompts: context that people paste around their request.
const WordList kSubjects{"Our team", "The customer", "The new dashboard", "Last quarter's campaign", "The API",
                         "Our onboarding flow", "The nightly job", "The marketing site", "My manager",
                         "The mobile app", "The support queue", "Our database", "The pilot project", "The vendor",
                         "The landing page", "The checkout", "The data pipeline", "The hiring process"};
const WordList kPredicates{"is slower than it used to be", "keeps failing on Mondays", "needs a clearer structure",
                           "has too many steps", "confuses first-time users", "was built in a hurry",
                           "costs more than we planned", "lost traffic after the redesign",
                           "should support three more languages", "gets a lot of duplicate requests",
                           "must pass an audit next month", "relies on a deprecated library",
                           "has no tests", "doubled in size this year", "is hard to explain to stakeholders",
                           "produces inconsistent numbers", "needs to launch before the holidays"};
const WordList kDetails{"The budget is limited.", "We have two weeks.", "Assume the reader is skeptical.",
                        "Cite sources where possible.", "Return the answer as JSON.", "Use a table for the comparison.",
                        "Number the steps.", "Ask me clarifying questions first if anything is ambiguous.",
                        "Think step by step.", "End with a one-sentence summary.", "Give three alternatives.",
                        "Highlight the trade-offs.", "Avoid passive voice.", "Include a short example.",
                        "Flag anything you are unsure about.", "Stay under 300 words.", "Use British spelling.",
                        "Do not mention competitors by name.", "Add a call to action at the end."};
const WordList kNames{"Alice", "Bob", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hiro", "Ines", "Jonas", "Kofi",
                      "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq"};
const WordList kVariables{"{{topic}}", "{{audience}}", "{{product_name}}", "{{input}}", "{{language}}",
                          "{{tone}}", "{{customer_name}}", "{{context}}", "{{question}}", "{{document}}"};

// Tags by popularity: a few very common, a long tail (the Zipf pick keeps the tail rare).
const WordList kTags{
    "coding", "writing", "work", "marketing", "analysis", "email", "python", "learning", "sql", "ideas", "personal",
    "data", "translation", "summaries", "research", "customer-support", "product", "teaching", "roleplay", "review",
    "seo", "social", "legal", "finance", "health", "travel", "hiring", "devops", "security", "ux", "templates",
    "draft", "favourite", "to-test", "gpt-4o", "claude", "long-form", "short", "client-acme", "client-globex",
    "project-atlas", "project-hermes", "q3-launch", "q4-planning", "newsletter", "blog", "fiction", "poetry",
    "interview-prep", "meetings", "docs", "api", "testing", "refactoring", "rust", "typescript", "go", "java",
    "kubernetes", "aws", "gcp", "azure", "data-viz", "statistics", "ml", "nlp", "vision", "chatbot", "agents",
    "evaluation", "jailbreak-tests", "archive", "old", "v2", "experimental", "shared", "team-a", "team-b", "french",
    "spanish"};

const char* kPhases[] = {"prima-materia", "solutio", "coagulatio"};

struct ProviderModels
{
    const char* provider;
    int weight;
    int modelCount;
    const char* models[4];
};
const ProviderModels kProviders[] = {
    {"openai", 35, 4, {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini"}},
    {"anthropic", 30, 3, {"claude-3-5-sonnet", "claude-3-5-haiku", "claude-3-opus"}},
    {"google", 15, 3, {"gemini-1.5-pro", "gemini-1.5-flash", "gemini-2.0-flash"}},
    {"openrouter", 10, 3, {"mistralai/mistral-large", "meta-llama/llama-3.1-70b-instruct", "qwen/qwen-2.5-72b-instruct"}},
    {"ollama", 10, 4, {"llama3.1:8b", "mistral:7b", "qwen2.5:14b", "phi3:mini"}},
};

Random streamFor(quint64 seed, qint64 index, quint64 purpose)
{
    Random r{seed ^ (quint64(index) * 0xD1B54A32D192ED03ull) ^ purpose};
    r.next(); // decorrelate neighbouring seeds
    return r;
}

QString sentence(Random& r)
{
    return QStringLiteral("%1 %2.").arg(kSubjects.zipf(r), kPredicates.any(r));
}

// A paragraph of pasted context: a few sentences with a name and numbers, as real prompts carry.
QString paragraph(Random& r)
{
    QString text;
    const int sentences = 2 + r.below(4);
    for (int i = 0; i < sentences; ++i) {
        if (i)
            text += QLatin1Char(' ');
        switch (r.below(5)) {
        case 0:
            text += QStringLiteral("%1 said the numbers for %2 were %3% off.")
                        .arg(kNames.any(r), kTopics.zipf(r))
                        .arg(r.below(90) + 2);
            break;
        case 1:
            text += QStringLiteral("We have about %1 %2 a day.").arg(100 * (1 + r.below(500))).arg(kTables.any(r));
            break;
        default:
            text += sentence(r);
        }
    }
    return text;
}

QString details(Random& r, int max)
{
    QString text;
    for (int i = r.below(max + 1); i > 0; --i)
        text += QLatin1Char(' ') + kDetails.zipf(r);
    return text;
}

QString promptText(Random& r)
{
    // The kind of task, by how often people keep such prompts.
    const int kind = r.below(100);
    QString text;
    if (kind < 18) {
        text = QStringLiteral("Write a %1 function that %2. %3")
                   .arg(kLanguages.zipf(r), kCodingTasks.any(r), kCodeAsks.any(r));
        if (r.chance(0.35))
            text += QStringLiteral("\n\nHere is my current attempt:\n```\ndef %1(items, limit=%2):\n    result = []\n"
                                   "    for item in items:\n        if len(result) >= limit:\n            break\n"
                                   "        result.append(item)\n    return result\n```\nWhy is it slow for %3 rows?")
                        .arg(QStringLiteral("process_%1").arg(r.below(1000)))
                        .arg(r.below(100) + 1)
                        .arg(1000 * (1 + r.below(999)));
    } else if (kind < 34) {
        text = QStringLiteral("Write a %1 %2 about %3 for %4. %5")
                   .arg(kLengths.any(r), kForms.zipf(r), kTopics.zipf(r), kAudiences.any(r), kTones.any(r));
    } else if (kind < 44) {
        text = QStringLiteral("Summarise this %1 in %2 bullet points, focusing on %3.\n\n%4")
                   .arg(kDocuments.any(r))
                   .arg(3 + r.below(5))
                   .arg(kAspects.any(r), paragraph(r));
        if (r.chance(0.4))
            text += QStringLiteral("\n\n") + paragraph(r);
    } else if (kind < 52) {
        text = QStringLiteral("Explain %1 to %2 using an analogy from %3.")
                   .arg(kConcepts.zipf(r), kAudiences.any(r), kAnalogyDomains.any(r));
    } else if (kind < 60) {
        text = QStringLiteral("Write a SQL query that returns %1 from the %2 and %3 tables. The database is %4.")
                   .arg(kSqlGoals.any(r), kTables.any(r), kTables.any(r),
                        QLatin1String(r.chance(0.5) ? "PostgreSQL" : "SQLite"));
    } else if (kind < 68) {
        text = QStringLiteral("Draft an email to %1 about %2. %3").arg(kRecipients.any(r), kEmailTopics.any(r), kTones.any(r));
        if (r.chance(0.5))
            text += QStringLiteral(" Context: ") + paragraph(r);
    } else if (kind < 74) {
        text = QStringLiteral("Translate the following text from %1 into %2, keeping the formatting:\n\n\"%3\"")
                   .arg(kHumanLanguages.zipf(r), kHumanLanguages.zipf(r), paragraph(r));
    } else if (kind < 82) {
        text = QStringLiteral("Give me %1 ideas for %2 related to %3.").arg(5 + r.below(16)).arg(kIdeas.any(r), kTopics.zipf(r));
    } else if (kind < 92) {
        // A reusable prompt with template variables, often long.
        text = QStringLiteral("You are a %1. Your task is to help with %2 for %3.\n\nRules:\n- %4\n- %5\n- %6\n\n"
                              "Question: %7")
                   .arg(kRoles.any(r), kTopics.zipf(r), kVariables.any(r), kDetails.zipf(r), kDetails.zipf(r),
                        kTones.any(r), kVariables.any(r));
    } else {
        text = QStringLiteral("Review the following %1 and list what could be improved:\n\n%2\n\n%3")
                   .arg(kDocuments.any(r), paragraph(r), paragraph(r));
    }
    text += details(r, 3);
    return text;
}

QString uuidFrom(Random& r)
{
    const quint64 a = r.next(), b = r.next();
    QString hex = QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    hex[12] = QLatin1Char('4');                                   // version 4
    hex[16] = QLatin1Char("89ab"[(b >> 60) & 3]);                 // RFC 4122 variant
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(hex.left(8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString tagsJson(const QStringList& tags)
{
    // Tags are plain words and hyphens: no escaping needed.
    return tags.isEmpty() ? QStringLiteral("[]") : QStringLiteral("[\"%1\"]").arg(tags.join(QLatin1String("\",\"")));
}

} // namespace

LibraryGenerator::LibraryGenerator(quint64 seed) : m_seed(seed) {}

SyntheticPrompt LibraryGenerator::prompt(qint64 index) const
{
    Random r = streamFor(m_seed, index, 0x5EED);
    SyntheticPrompt p;
    p.id = uuidFrom(r);
    p.content = promptText(r);
    if (r.chance(0.3))
        p.title = QStringLiteral("%1 – %2").arg(kTopics.zipf(r), kForms.any(r));
    for (int n = r.below(4); n > 0; --n) {
        const QString tag = kTags.zipf(r);
        if (!p.tags.contains(tag))
            p.tags << tag;
    }
    if (r.chance(0.6))
        p.phase = QLatin1String(kPhases[r.below(3)]);
    if (r.chance(0.7)) {
        int pick = r.below(100);
        for (const ProviderModels& provider : kProviders) {
            if (pick < provider.weight) {
                p.provider = QLatin1String(provider.provider);
                p.model = QLatin1String(provider.models[r.below(provider.modelCount)]);
                break;
            }
            pick -= provider.weight;
        }
    }
    if (r.chance(0.5))
        p.temperature = double(r.below(15)) / 10.0;
    p.usageCount = int(std::pow(200.0, r.unit())) - 1; // most are used rarely, a few often
    // Two years, 2024-01-01 to 2025-12-31, at any time of day.
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = qint64(731) * 24 * 3600 * 1000;
    p.createdAt = QDateTime::fromMSecsSinceEpoch(start + qint64(r.next() % quint64(span)), Qt::UTC)
                      .toString(Qt::ISODateWithMs);
    return p;
}

QString LibraryGenerator::searchQuery(qint64 index) const
{
    Random r = streamFor(m_seed, index, 0x5EA4C4);
    switch (r.below(6)) {
    case 0:
        return QString(kTopics.zipf(r));
    case 1:
        return QStringLiteral("%1 %2").arg(kLanguages.zipf(r), QLatin1String(r.chance(0.5) ? "function" : "tests"));
    case 2:
        return QStringLiteral("%1 %2").arg(kForms.zipf(r), kTopics.zipf(r));
    case 3:
        return QString(kConcepts.zipf(r));
    case 4:
        return QStringLiteral("email %1").arg(kEmailTopics.any(r));
    default:
        return QString(kSqlGoals.any(r)).section(QLatin1Char(' '), 1, 2); // e.g. "top ten", "monthly active"
    }
}

QString LibraryGenerator::tagByRank(int rank)
{
    return QString(kTags.at(size_t(std::max(0, rank))));
}

int LibraryGenerator::tagCount()
{
    return int(kTags.size());
}

Status LibraryGenerator::writeCsv(const QString& path, qint64 first, qint64 rows) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::data(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    QString chunk = QStringLiteral("prompt,title,tags,phase,provider,model,temperature,created_at\n");
    for (qint64 i = first; i < first + rows; ++i) {
        const SyntheticPrompt p = prompt(i);
        chunk += csvField(p.content) + QLatin1Char(',') + csvField(p.title) + QLatin1Char(',')
                 + csvField(p.tags.join(QLatin1Char(';'))) + QLatin1Char(',') + p.phase + QLatin1Char(',') + p.provider
                 + QLatin1Char(',') + csvField(p.model) + QLatin1Char(',')
                 + (p.temperature ? QString::number(*p.temperature) : QString()) + QLatin1Char(',') + p.createdAt
                 + QLatin1Char('\n');
        if (chunk.size() > (1 << 20) || i + 1 == first + rows) {
            if (file.write(chunk.toUtf8()) < 0)
                return Error::data(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
            chunk.clear();
        }
    }
    if (!chunk.isEmpty() && file.write(chunk.toUtf8()) < 0)
        return Error::data(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return {};
}

Result<qint64> LibraryGenerator::fill(const std::shared_ptr<Database>& database, qint64 first, qint64 count,
                                      const Progress& progress) const
{
    // Large transactions: a commit per row would cost an fsync each.
    constexpr qint64 kTransactionRows = 50000;
    QSqlDatabase db = database->connection();
    qint64 stored = 0;
    qint64 index = first;
    while (stored < count) {
        Transaction transaction(db);
        if (!transaction.begun())
            return transaction.begun().error();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO prompts (id, content, content_hash, title, tags, phase, provider, model, temperature, "
            "usage_count, source, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,'bench',?,?) ON CONFLICT DO NOTHING"));
        const qint64 target = std::min(count, stored + kTransactionRows);
        while (stored < target) {
            const SyntheticPrompt p = prompt(index++);
            insert.addBindValue(p.id);
            insert.addBindValue(p.content);
            insert.addBindValue(contentHash(p.content));
            insert.addBindValue(nullIfEmpty(p.title));
            insert.addBindValue(tagsJson(p.tags));
            insert.addBindValue(nullIfEmpty(p.phase));
            insert.addBindValue(nullIfEmpty(p.provider));
            insert.addBindValue(nullIfEmpty(p.model));
            insert.addBindValue(p.temperature ? QVariant(*p.temperature) : QVariant());
            insert.addBindValue(p.usageCount);
            insert.addBindValue(p.createdAt);
            insert.addBindValue(p.createdAt);
            if (!insert.exec())
                return Error::data(QStringLiteral("cannot store a synthetic prompt: %1").arg(insert.lastError().text()),
                                   database->path());
            stored += insert.numRowsAffected() > 0 ? 1 : 0;
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        if (progress)
            progress(stored, count);
    }
    return index;
}

} // namespace athanor::bench
