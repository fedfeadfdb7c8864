#include "CsvFormat.h"

#include "CsvReader.h"
#include "ImportSupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace athanor {
namespace {

QStringList headerOf(const QString& text)
{
    // The header is the first record; reading the first line alone is enough and cheap for detect().
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString first = end < 0 ? text : text.left(end);
    const CsvReader::Table table = CsvReader::read(first, CsvReader::sniffDelimiter(first));
    QStringList names;
    if (!table.records.isEmpty()) {
        for (const QString& field : table.records.first().fields)
            names << field.trimmed().toLower();
    }
    return names;
}

// ${Name:default} from awesome-chatgpt-prompts: the default is kept too, it is what the author meant.
QJsonObject variableDefaults(const QString& content)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_ ]*):([^{}\n]*)\})"));
    QJsonObject defaults;
    for (auto it = pattern.globalMatch(content); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1).trimmed();
        if (name != QLatin1String("env") && !defaults.contains(name))
            defaults.insert(name, match.captured(2));
    }
    return defaults;
}

} // namespace

QString CsvFormat::name() const
{
    return QStringLiteral("csv");
}

int CsvFormat::detect(const QString& fileName, const QString& head) const
{
    if (!ImportSupport::hasSuffix(fileName, {".csv", ".tsv"}))
        return 0;
    const QStringList header = headerOf(head);
    return header.contains(QLatin1String("prompt")) || header.contains(QLatin1String("act")) ? 90 : 0;
}

ParseResult CsvFormat::parse(const QString& text, const QString&) const
{
    const CsvReader::Table table = CsvReader::read(text);
    if (table.error) {
        ParseResult result;
        result.error = table.error;
        return result;
    }
    if (table.records.isEmpty())
        return ImportSupport::finish({});
    QStringList header;
    for (const QString& field : table.records.first().fields)
        header << field.trimmed().toLower();
    const int promptColumn = int(header.indexOf(QLatin1String("prompt")));
    if (promptColumn < 0)
        return ImportSupport::failed(
            {table.records.first().line,
             QCoreApplication::translate("athanor::CsvFormat", "the header has no 'prompt' column")});
    const bool awesome = header.contains(QLatin1String("act"));
    // The first of these present names the prompt; the others stay in metadata.
    int titleColumn = -1;
    for (const char* name : {"act", "title", "name", "label"}) {
        titleColumn = int(header.indexOf(QLatin1String(name)));
        if (titleColumn >= 0)
            break;
    }

    QList<ImportedPrompt> prompts;
    prompts.reserve(table.records.size());
    try {
        for (qsizetype r = 1; r < table.records.size(); ++r) {
            const CsvReader::Record& record = table.records.at(r);
            QStringList fields = record.fields;
            // Trailing empty fields are what spreadsheets leave behind; more real fields would be lost.
            while (fields.size() > header.size() && fields.last().trimmed().isEmpty())
                fields.removeLast();
            if (fields.size() != header.size())
                ImportSupport::fail(
                    record.line, QCoreApplication::translate("athanor::CsvFormat",
                                                             "the record has %1 fields but the header has %2")
                                     .arg(fields.size())
                                     .arg(header.size()));
            ImportedPrompt prompt;
            prompt.line = record.line;
            prompt.content = ImportSupport::trimBlock(fields.at(promptColumn));
            if (prompt.content.isEmpty())
                continue; // a row without a prompt is an empty spreadsheet row, not a prompt
            for (int c = 0; c < int(header.size()); ++c) {
                const QString& column = header.at(c);
                const QString value = fields.at(c).trimmed();
                if (c == promptColumn || value.isEmpty())
                    continue;
                if (c == titleColumn) {
                    prompt.title = value;
                } else if (column == QLatin1String("tags")) {
                    prompt.tags = ImportSupport::splitTags(value);
                } else if (column == QLatin1String("model")) {
                    prompt.model = value;
                } else if (column == QLatin1String("temperature") || column == QLatin1String("max_tokens")) {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    if (!ok)
                        ImportSupport::fail(record.line,
                                            QCoreApplication::translate("athanor::CsvFormat",
                                                                        "%1 '%2' in field %3 is not a number")
                                                .arg(column, value)
                                                .arg(c + 1));
                    if (column == QLatin1String("temperature"))
                        prompt.temperature = number;
                    else
                        prompt.maxTokens = ImportSupport::tokenCount(number, column, record.line);
                } else {
                    prompt.metadata.insert(
                        header.at(c).isEmpty() ? QStringLiteral("column%1").arg(c + 1) : column, value);
                }
            }
            prompt.variables = ImportSupport::findVariables(prompt.content);
            if (awesome) {
                const QJsonObject defaults = variableDefaults(prompt.content);
                if (!defaults.isEmpty())
                    prompt.metadata.insert(QStringLiteral("variable_defaults"), defaults);
            }
            prompts << std::move(prompt);
        }
    } catch (const FormatParseFailure& failure) {
        return ImportSupport::failed(failure);
    }
    return ImportSupport::finish(prompts);
}

} // namespace athanor
