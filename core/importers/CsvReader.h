#pragma once

#include "ImportFormat.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace athanor {

// An RFC 4180 reader: quoted fields with "" for a quote, delimiters and line breaks inside quotes,
// LF or CRLF records, and a delimiter sniffed from the header when none is given (, ; or tab).
class CsvReader
{
public:
    struct Record
    {
        QStringList fields;
        int line = 1; // the physical line where the record starts
    };
    struct Table
    {
        QList<Record> records; // blank lines are skipped
        QChar delimiter;
        std::optional<ParseError> error; // the first malformed record; records hold those before it
    };

    // The delimiter the first record uses most outside quotes; a comma when it uses none.
    static QChar sniffDelimiter(const QString& text);
    static Table read(const QString& text, QChar delimiter = QChar());
};

} // namespace athanor
