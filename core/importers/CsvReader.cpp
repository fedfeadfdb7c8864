#include "CsvReader.h"

#include <QCoreApplication>

namespace athanor {

QChar CsvReader::sniffDelimiter(const QString& text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // "" toggles twice: the count outside quotes stays right
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

CsvReader::Table CsvReader::read(const QString& text, QChar delimiter)
{
    Table table;
    table.delimiter = delimiter.isNull() ? sniffDelimiter(text) : delimiter;
    const QChar sep = table.delimiter;
    const QChar quote = QLatin1Char('"');
    const QChar lf = QLatin1Char('\n');
    const QChar cr = QLatin1Char('\r');
    const qsizetype n = text.size();

    int line = 1;
    qsizetype i = 0;
    while (i < n) {
        Record record;
        record.line = line;
        // A record that is only a line break is a blank line, not a record with one empty field.
        if (text.at(i) == lf || (text.at(i) == cr && i + 1 < n && text.at(i + 1) == lf)) {
            i += text.at(i) == cr ? 2 : 1;
            ++line;
            continue;
        }
        bool recordEnded = false;
        while (!recordEnded) {
            QString field;
            // Spaces before an opening quote are tolerated ("a, "b""): spreadsheets write them.
            qsizetype start = i;
            while (start < n && text.at(start) == QLatin1Char(' '))
                ++start;
            if (start < n && text.at(start) == quote) {
                const int fieldLine = line;
                const int fieldNumber = int(record.fields.size()) + 1;
                i = start + 1;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == quote) {
                        if (i + 1 < n && text.at(i + 1) == quote) {
                            field += quote;
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c == cr && i + 1 < n && text.at(i + 1) == lf) {
                        ++i; // a CRLF inside a field is one line break
                        continue;
                    }
                    if (c == lf)
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed) {
                    table.error =
                        ParseError{fieldLine, QCoreApplication::translate("athanor::CsvReader",
                                                                          "unclosed quote in field %1")
                                                  .arg(fieldNumber)};
                    return table;
                }
                while (i < n && text.at(i) == QLatin1Char(' '))
                    ++i;
                if (i < n && text.at(i) != sep && text.at(i) != lf && text.at(i) != cr) {
                    table.error = ParseError{
                        line, QCoreApplication::translate(
                                  "athanor::CsvReader", "unexpected text after the closing quote of field %1")
                                  .arg(fieldNumber)};
                    return table;
                }
            } else {
                // An unquoted field runs to the delimiter or the line end; a stray quote in it is text.
                while (i < n && text.at(i) != sep && text.at(i) != lf &&
                       !(text.at(i) == cr && i + 1 < n && text.at(i + 1) == lf))
                    field += text.at(i++);
            }
            record.fields << field;
            if (i >= n) {
                recordEnded = true;
            } else if (text.at(i) == sep) {
                ++i;
                if (i >= n) {
                    record.fields << QString(); // "a,b," ends with an empty field
                    recordEnded = true;
                }
            } else {
                i += (text.at(i) == cr && i + 1 < n && text.at(i + 1) == lf) ? 2 : 1;
                ++line;
                recordEnded = true;
            }
        }
        table.records << record;
    }
    return table;
}

} // namespace athanor
