#include "JsonlFormat.h"

#include "ImportSupport.h"
#include "JsonRecord.h"
#include "JsonText.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace athanor {
namespace {

// Whether the first two non-blank lines are each a whole JSON object or array: JSON Lines, whatever
// the file is called. A pretty-printed JSON document never has a whole value on its first line.
bool linesAreJsonValues(const QString& head)
{
    int complete = 0;
    const QStringList lines = head.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && complete < 2; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (i == lines.size() - 1) // perhaps cut off by the head's size
            break;
        if (!line.startsWith(QLatin1Char('{')) && !line.startsWith(QLatin1Char('[')))
            return false;
        if (QJsonDocument::fromJson(line.toUtf8()).isNull())
            return false;
        ++complete;
    }
    return complete == 2;
}

} // namespace

QString JsonlFormat::name() const
{
    return QStringLiteral("jsonl");
}

int JsonlFormat::detect(const QString& fileName, const QString& head) const
{
    const QString start = head.trimmed();
    if (ImportSupport::hasSuffix(fileName, {".jsonl", ".ndjson", ".jsonlines"}))
        return start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('[')) ||
                       start.startsWith(QLatin1Char('"'))
                   ? 90
                   : 0;
    if ((ImportSupport::hasSuffix(fileName, {".json", ".txt", ".text"}) ||
         QFileInfo(fileName).suffix().isEmpty()) &&
        linesAreJsonValues(head))
        return 80;
    return 0;
}

ParseResult JsonlFormat::parse(const QString& text, const QString&) const
{
    QList<ImportedPrompt> prompts;
    try {
        int line = 1;
        qsizetype pos = 0;
        while (pos < text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
            if (end < 0)
                end = text.size();
            const QString record = text.mid(pos, end - pos);
            if (!record.trimmed().isEmpty())
                prompts << JsonRecord::read(JsonText::parseValue(record, line), line);
            pos = end + 1;
            ++line;
        }
    } catch (const FormatParseFailure& failure) {
        return ImportSupport::failed(failure);
    }
    return ImportSupport::finish(prompts);
}

} // namespace athanor
