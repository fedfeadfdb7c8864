#include "PlainTextFormat.h"

#include "ImportSupport.h"

#include <QCoreApplication>

namespace athanor {
namespace {

// Appends the part between two separators (or the file's ends) when it holds any text.
void addPart(QList<ImportedPrompt>& prompts, const QString& part, int firstLine)
{
    const QString content = ImportSupport::trimBlock(part);
    if (content.isEmpty())
        return;
    ImportedPrompt prompt;
    prompt.content = content;
    // The line of the first non-blank line of the part.
    qsizetype skipped = 0;
    while (skipped < part.size() && part.at(skipped).isSpace())
        ++skipped;
    prompt.line = firstLine + ImportSupport::lineAt(part, skipped) - 1;
    const QString firstTextLine = content.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (firstTextLine.startsWith(QLatin1String("# ")))
        prompt.title = firstTextLine.mid(2).trimmed();
    prompt.variables = ImportSupport::findVariables(content);
    prompts << prompt;
}

} // namespace

QString PlainTextFormat::name() const
{
    return QStringLiteral("text");
}

int PlainTextFormat::detect(const QString& fileName, const QString& head) const
{
    if (head.trimmed().isEmpty())
        return 0;
    if (ImportSupport::hasSuffix(fileName, {".txt", ".text"}))
        return 40;
    if (ImportSupport::hasSuffix(fileName, {".md", ".markdown"}))
        return 30;
    return 0;
}

ParseResult PlainTextFormat::parse(const QString& text, const QString&) const
{
    QList<ImportedPrompt> prompts;
    int partLine = 1;
    qsizetype partStart = 0;
    qsizetype pos = 0;
    int line = 1;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QStringView current = QStringView(text).mid(pos, end - pos);
        // "---" alone on its line; trailing spaces are invisible, so they do not make it text.
        if (current.startsWith(QLatin1String("---")) && current.trimmed() == QLatin1String("---")) {
            addPart(prompts, text.mid(partStart, pos - partStart), partLine);
            partStart = end + 1;
            partLine = line + 1;
        }
        if (end >= text.size())
            break;
        pos = end + 1;
        ++line;
    }
    if (partStart < text.size())
        addPart(prompts, text.mid(partStart), partLine);
    if (prompts.isEmpty())
        return ImportSupport::failed(
            {1, QCoreApplication::translate("athanor::PlainTextFormat",
                                            "the file holds no prompt: only blank text and --- separators")});
    return ImportSupport::finish(prompts);
}

} // namespace athanor
