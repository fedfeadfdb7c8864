#include "JsonText.h"

#include "ImportSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>

namespace athanor {
namespace {

QString reasonFor(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QCoreApplication::translate("athanor::JsonText",
                                           "an object is not closed (a '}' or a ',' is missing)");
    case QJsonParseError::MissingNameSeparator:
        return QCoreApplication::translate("athanor::JsonText", "a ':' is missing after a key");
    case QJsonParseError::UnterminatedArray:
        return QCoreApplication::translate("athanor::JsonText",
                                           "a list is not closed (a ']' or a ',' is missing)");
    case QJsonParseError::MissingValueSeparator:
        return QCoreApplication::translate("athanor::JsonText", "a ',' is missing between two values");
    case QJsonParseError::IllegalValue:
        return QCoreApplication::translate("athanor::JsonText",
                                           "this is not a JSON value (text needs double quotes)");
    case QJsonParseError::TerminationByNumber:
        return QCoreApplication::translate("athanor::JsonText", "the JSON ends in the middle of a number");
    case QJsonParseError::IllegalNumber:
        return QCoreApplication::translate("athanor::JsonText", "a number is malformed");
    case QJsonParseError::IllegalEscapeSequence:
        return QCoreApplication::translate("athanor::JsonText", "a string holds an invalid \\ escape");
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("athanor::JsonText", "a string holds invalid UTF-8");
    case QJsonParseError::UnterminatedString:
        return QCoreApplication::translate("athanor::JsonText", "a string is not closed (a '\"' is missing)");
    case QJsonParseError::MissingObject:
        return QCoreApplication::translate("athanor::JsonText", "a JSON object or list was expected");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("athanor::JsonText",
                                           "the JSON is nested too deeply to be a prompt file");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("athanor::JsonText", "the JSON document is too large");
    case QJsonParseError::GarbageAtEnd:
        return QCoreApplication::translate(
            "athanor::JsonText",
            "there is more text after the JSON value (one value per file; JSONL wants .jsonl)");
    case QJsonParseError::NoError:
        break;
    }
    return QCoreApplication::translate("athanor::JsonText", "invalid JSON");
}

[[noreturn]] void failAt(const QByteArray& utf8, const QJsonParseError& error, int firstLine, int shift)
{
    const qsizetype offset = qBound<qsizetype>(0, qsizetype(error.offset) - shift, utf8.size());
    const int line = firstLine + int(QByteArrayView(utf8).first(offset).count('\n'));
    ImportSupport::fail(line, reasonFor(error.error));
}

} // namespace

QJsonDocument JsonText::parse(const QString& text, int firstLine)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        failAt(utf8, error, firstLine, 0);
    return document;
}

QJsonValue JsonText::parseValue(const QString& text, int line)
{
    // QJsonDocument only takes objects and arrays; a one-element array carries any value.
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + utf8 + "\n]", &error);
    if (error.error != QJsonParseError::NoError)
        failAt(utf8, error, line, 1);
    const QJsonArray array = document.array();
    if (array.size() != 1)
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::JsonText", "one JSON value per line is expected"));
    return array.first();
}

QList<int> JsonText::arrayElementLines(const QString& text)
{
    QList<int> lines;
    qsizetype i = 0;
    const qsizetype n = text.size();
    int line = 1;
    while (i < n && text.at(i).isSpace()) {
        if (text.at(i) == QLatin1Char('\n'))
            ++line;
        ++i;
    }
    if (i >= n || text.at(i) != QLatin1Char('['))
        return lines;
    ++i;
    int depth = 1;
    bool expectValue = true; // after '[' or a ',' at depth 1
    while (i < n && depth > 0) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
        } else if (c.isSpace()) {
            // nothing
        } else {
            if (depth == 1 && expectValue && c != QLatin1Char(']')) {
                lines << line;
                expectValue = false;
            }
            if (c == QLatin1Char('"')) {
                for (++i; i < n && text.at(i) != QLatin1Char('"'); ++i) {
                    if (text.at(i) == QLatin1Char('\\'))
                        ++i;
                    else if (text.at(i) == QLatin1Char('\n'))
                        ++line;
                }
            } else if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
                --depth;
            } else if (c == QLatin1Char(',') && depth == 1) {
                expectValue = true;
            }
        }
        ++i;
    }
    return lines;
}

bool JsonText::looksLikeJson(const QString& head)
{
    qsizetype i = 0;
    auto skip = [&] {
        while (i < head.size() && head.at(i).isSpace())
            ++i;
    };
    skip();
    if (i >= head.size())
        return false;
    const QChar first = head.at(i++);
    if (first != QLatin1Char('{') && first != QLatin1Char('['))
        return false;
    skip();
    if (i >= head.size())
        return false;
    const QChar next = head.at(i);
    if (first == QLatin1Char('{'))
        return next == QLatin1Char('"') || next == QLatin1Char('}');
    return next == QLatin1Char('"') || next == QLatin1Char('{') || next == QLatin1Char('[') ||
           next == QLatin1Char(']');
}

} // namespace athanor
