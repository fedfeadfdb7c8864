#pragma once

// Running athanor-cli as a user would, for the CLI suites.

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

namespace athanor::test {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

inline Run runCli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATHANOR_CLI_PATH), args);
    if (!process.waitForFinished(60000))
        qFatal("athanor-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Errors are exactly one line `error: <what> (<where>)`, optionally followed by one `hint:` line.
inline bool isErrorLine(const QByteArray& err)
{
    const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression pattern(QStringLiteral("^error: .+ \\(.+\\)$"));
    if (lines.isEmpty() || !pattern.match(lines.first()).hasMatch())
        return false;
    return lines.size() == 1 || (lines.size() == 2 && lines.at(1).startsWith(QLatin1String("hint: ")));
}


} // namespace athanor::test
