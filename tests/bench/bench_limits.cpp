// Inputs at Athanor's limits (issue 11, docs/reliability.md): how long athanor-cli takes and how
// much memory it holds at its peak (each run is its own process, measured with wait4) for a
// folder of many files, a 1 MB prompt, deeply nested JSON, a 100 MB file and a server that
// streams without end. LimitsTest checks the outcomes; this prints the figures.
//   bench_limits [files]     (default 100000 files in the folder)

#include "FakeHttpServer.h"
#include "LargeInputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Measured
{
    int code = -1;
    double seconds = 0;
    double peakMb = 0;
};

// Runs athanor-cli with `args` (standard input from `input` when given, output discarded) and
// measures its wall time and peak resident memory. Polls, so that this thread's event loop (the
// fake server) keeps running.
Measured run(const QStringList& args, const QString& input = {})
{
    QList<QByteArray> owned{QByteArray(ATHANOR_CLI_PATH)};
    for (const QString& arg : args)
        owned << arg.toUtf8();
    std::vector<char*> argv;
    for (QByteArray& arg : owned)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const QByteArray inputPath = input.isEmpty() ? QByteArray("/dev/null") : input.toUtf8();
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int in = open(inputPath.constData(), O_RDONLY);
        const int out = open("/dev/null", O_WRONLY);
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, double(clock.elapsed()) / 1000.0,
            double(usage.ru_maxrss) / 1024.0};
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The limits each run is held to (docs/reliability.md): printed with the figures, not enforced.
struct Limit
{
    double seconds;
    double megabytes;
};
constexpr Limit kQuick{5, 256};

void report(const char* what, const Measured& m, int expectedCode, Limit limit = kQuick)
{
    const bool within = m.seconds <= limit.seconds && m.peakMb <= limit.megabytes;
    std::printf("%-44s exit %d%s  %8.2f s  %8.1f MB peak   limit %g s, %g MB: %s\n", what, m.code,
                m.code == expectedCode ? "" : " (UNEXPECTED)", m.seconds, m.peakMb, limit.seconds, limit.megabytes,
                within ? "within" : "OVER");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int files = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("limits.db"));
    if (run({"--db", db, "init"}).code != 0)
        qFatal("init failed");

    // A folder of many small files, a thousand per subfolder.
    const QString folder = dir.filePath(QStringLiteral("many"));
    for (int i = 0; i < files; ++i) {
        const QString sub = QStringLiteral("%1/%2").arg(folder).arg(i / 1000, 3, 10, QLatin1Char('0'));
        if (i % 1000 == 0)
            QDir().mkpath(sub);
        write(QStringLiteral("%1/p%2.txt").arg(sub).arg(i),
              QStringLiteral("Prompt %1: describe a sunset over harbour %2 in %3 colours").arg(i).arg(i % 977).arg(i % 13).toUtf8());
    }
    std::printf("bench_limits: athanor-cli, %d cores\n", QThread::idealThreadCount());
    report(qPrintable(QStringLiteral("import a folder of %L1 files").arg(files)), run({"--db", db, "import", folder}), 0,
           {600, 256});

    // One prompt of 1 MB.
    const QByteArray words = athanor::test::megabyteOfWords();
    const QString megabyte = dir.filePath(QStringLiteral("megabyte.txt"));
    write(megabyte, words);
    // The first similarity search embeds and indexes the whole library; measured on its own.
    report(qPrintable(QStringLiteral("first similar: embed and index %L1 prompts").arg(files)),
           run({"--db", db, "similar", "--text", "a sunset over the harbour"}), 0, {600, 512});
    report("import a 1 MB prompt", run({"--db", db, "import", megabyte}), 0);
    report("search the library with it in", run({"--db", db, "search", "harbour"}), 0);
    report("classify the 1 MB prompt", run({"--db", db, "classify", "-"}, megabyte), 0);
    report("enhance the 1 MB prompt", run({"--db", db, "enhance", "-"}, megabyte), 0);
    report("similar to the 1 MB prompt", run({"--db", db, "similar", "--text", QString::fromUtf8(words.left(100000))}), 0);

    // Nesting and size.
    write(dir.filePath("nested.json"), QByteArray(100000, '[') + QByteArray(100000, ']'));
    report("import JSON nested 100,000 deep", run({"--db", db, "import", dir.filePath("nested.json")}), 2);
    write(dir.filePath("nested.yaml"), "- label: deep\n  raw: " + QByteArray(100000, '[') + QByteArray(100000, ']') + "\n");
    report("import YAML nested 100,000 deep", run({"--db", db, "import", dir.filePath("nested.yaml")}), 2);
    QFile huge(dir.filePath("huge.jsonl"));
    if (!huge.open(QIODevice::WriteOnly) || !huge.resize(qint64(100) * 1024 * 1024))
        qFatal("cannot make the 100 MB file");
    huge.close();
    report("import a 100 MB file", run({"--db", db, "import", huge.fileName()}), 2, {1, 64});

    // A server that streams text without end.
    athanor::test::FakeHttpServer server;
    const QByteArray event = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" +
                             QByteArray("forever and ever ").repeated(2048) + "\"}}]}\n\n";
    auto endless = athanor::test::FakeHttpServer::Response::streamed("text/event-stream", event, int(event.size()), 0);
    endless.endless = true;
    server.enqueue(endless);
    qputenv("OPENAI_API_KEY", "sk-bench");
    qputenv("ATHANOR_KEYCHAIN", "off");
    report("generate from a server streaming forever",
           run({"--db", db, "generate", "--provider", "openai", "--base-url", server.baseUrl() + "/v1", "--model",
                "m", "Say hello"}),
           3, {30, 256});
    return 0;
}
