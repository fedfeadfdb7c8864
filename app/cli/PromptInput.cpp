#include "PromptInput.h"

#include <QFile>

#include <cstdio>

namespace athanor::cli {

Result<QString> readPromptArgument(const QCommandLineParser& parser, const QString& command)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return Error::usage(QStringLiteral("give the prompt as one argument (quote it), or '-' to read standard input"),
                            QStringLiteral("athanor-cli %1").arg(command));
    if (args.first() != QLatin1String("-"))
        return args.first();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::data(QStringLiteral("cannot read standard input"), QStringLiteral("stdin"));
    QByteArray bytes = in.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QString::fromUtf8(bytes);
}

} // namespace athanor::cli
