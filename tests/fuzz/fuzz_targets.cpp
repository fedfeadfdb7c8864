// libFuzzer entry points (tests/fuzz/CMakeLists.txt builds one executable per target, chosen by
// ATHANOR_FUZZ_TARGET). Each must survive any input: no crash, no hang, no leak, no undefined
// behaviour; the FTS sanitiser's output must also always be a query SQLite accepts.
#include "core/importers/ImportFormatRegistry.h"
#include "core/providers/StreamReader.h"
#include "core/search/FtsQuery.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace athanor;

namespace {

const QByteArray kTarget = QByteArrayLiteral(ATHANOR_FUZZ_TARGET);

// A file name the format would claim, so that parse() sees what it sees in real use.
QString fileNameFor(const QString& format)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("text"), QStringLiteral("prompts.txt")},
        {QStringLiteral("markdown"), QStringLiteral("prompt.md")},
        {QStringLiteral("csv"), QStringLiteral("prompts.csv")},
        {QStringLiteral("json"), QStringLiteral("prompts.json")},
        {QStringLiteral("jsonl"), QStringLiteral("prompts.jsonl")},
        {QStringLiteral("promptfoo-yaml"), QStringLiteral("prompts.yaml")},
        {QStringLiteral("prompty"), QStringLiteral("agent.prompty")},
        {QStringLiteral("dotprompt"), QStringLiteral("summarize.prompt")},
        {QStringLiteral("github-prompt"), QStringLiteral("review.prompt.yml")},
        {QStringLiteral("langfuse"), QStringLiteral("langfuse-export.json")},
        {QStringLiteral("athanor"), QStringLiteral("athanor-export.json")}};
    return names.value(format, QStringLiteral("input"));
}

void check(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void importOne(const QString& format, const QByteArray& bytes)
{
    const ImportFormat* parser = ImportFormatRegistry::instance().find(format);
    check(parser != nullptr, "the format exists");
    const QString name = fileNameFor(format);
    const Result<QString> text = ImportFormatRegistry::decode(bytes, name);
    if (!text)
        return;
    parser->detect(name, ImportFormatRegistry::head(*text));
    const ParseResult result = parser->parse(*text, name);
    if (!result.error)
        for (const ImportedPrompt& p : result.prompts)
            check(p.line >= 1, "a record's line is 1 or more");
}

void detect(const QByteArray& bytes)
{
    static const QStringList names{"a.txt", "a.md", "a.csv", "a.json", "a.jsonl", "a.yaml", "a.prompty",
                                   "a.prompt", "a.prompt.yml", "export.json", "noextension", "a.PROMPT.YAML"};
    if (bytes.isEmpty())
        return;
    const QString name = names.at(int(uchar(bytes.at(0))) % names.size());
    const Result<QString> text = ImportFormatRegistry::decode(bytes.mid(1), name);
    if (!text)
        return;
    const ImportFormat* format = ImportFormatRegistry::instance().detect(name, ImportFormatRegistry::head(*text));
    if (format)
        format->parse(*text, name); // what an import of this file would do next
}

// The body arrives in chunks whose sizes the input's first bytes choose.
void stream(StreamReader& reader, const QByteArray& bytes, qsizetype maxEvent)
{
    if (bytes.size() < 2)
        return;
    const int step = 1 + uchar(bytes.at(0)) % 64;
    const QByteArray body = bytes.mid(1);
    for (qsizetype at = 0; at < body.size(); at += step) {
        const QList<StreamEvent> events = reader.feed(body.mid(at, step));
        for (const StreamEvent& e : events)
            check(e.data.size() <= maxEvent, "no event is larger than the limit");
    }
    const QList<StreamEvent> last = reader.finish();
    for (const StreamEvent& e : last)
        check(e.data.size() <= maxEvent, "no event is larger than the limit");
}

sqlite3* ftsDatabase()
{
    static sqlite3* db = [] {
        sqlite3* opened = nullptr;
        check(sqlite3_open(":memory:", &opened) == SQLITE_OK, "sqlite opens");
        check(sqlite3_exec(opened,
                           "CREATE VIRTUAL TABLE t USING fts5(content, tags, prefix='3');"
                           "INSERT INTO t VALUES ('Summarise the rivers of Europe', '[\"geo\"]');",
                           nullptr, nullptr, nullptr) == SQLITE_OK,
              "fts5 is there");
        return opened;
    }();
    return db;
}

void ftsQuery(const QByteArray& bytes)
{
    const QString typed = QString::fromUtf8(bytes);
    const QString query = toFtsQuery(typed);
    const QStringList phrases = toFtsPhrases(typed);
    check(query.isEmpty() == phrases.isEmpty(), "the query and its phrases agree");
    snippetAsHtml(typed);
    snippetAsMarkdown(typed);
    // The input as a long prompt's content, searched for its own words.
    const QString snippet = snippetOf(typed, phrases);
    // At most the content, two "…" and the markers of 16 words.
    check(snippet.size() <= typed.size() + 2 + 2 * 16, "a snippet is no longer than its content");
    if (query.isEmpty())
        return;
    sqlite3_stmt* statement = nullptr;
    check(sqlite3_prepare_v2(ftsDatabase(), "SELECT count(*) FROM t WHERE t MATCH ?", -1, &statement, nullptr) ==
              SQLITE_OK,
          "the statement prepares");
    const QByteArray utf8 = query.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    const int stepped = sqlite3_step(statement);
    if (stepped != SQLITE_ROW)
        std::fprintf(stderr, "query %s: %s\n", utf8.constData(), sqlite3_errmsg(ftsDatabase()));
    sqlite3_finalize(statement);
    check(stepped == SQLITE_ROW, "every sanitised query is accepted by FTS5");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (kTarget.startsWith("import_")) {
        importOne(QString::fromLatin1(kTarget.mid(7)), bytes);
    } else if (kTarget == "detect") {
        detect(bytes);
    } else if (kTarget == "sse") {
        SseReader reader(4096);
        stream(reader, bytes, 4096);
    } else if (kTarget == "ndjson") {
        JsonLinesReader reader(4096);
        stream(reader, bytes, 4096);
    } else if (kTarget == "fts_query") {
        ftsQuery(bytes);
    } else {
        check(false, "a known target");
    }
    return 0;
}
