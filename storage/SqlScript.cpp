#include "SqlScript.h"

namespace athanor {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    int depth = 0;          // open BEGIN (in a trigger) and CASE blocks
    bool inTrigger = false; // the current statement is CREATE [TEMP] TRIGGER
    int wordsInStatement = 0;

    auto flush = [&]() {
        const QString statement = current.trimmed();
        if (!statement.isEmpty() && statement != QLatin1String(";"))
            statements << statement;
        current.clear();
        depth = 0;
        inTrigger = false;
        wordsInStatement = 0;
    };

    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();

        if (c == QLatin1Char('-') && next == QLatin1Char('-')) { // line comment: dropped
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) { // block comment: dropped
            i += 2;
            while (i + 1 < n && !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == close) {
                    // A doubled quote is an escaped quote inside the literal.
                    if (close != QLatin1Char(']') && i + 1 < n && script.at(i + 1) == close) {
                        current += script.at(++i);
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype end = i;
            while (end < n && isWordChar(script.at(end)))
                ++end;
            const QString word = script.mid(i, end - i).toUpper();
            ++wordsInStatement;
            if (word == QLatin1String("TRIGGER") && wordsInStatement <= 3)
                inTrigger = true;
            else if (word == QLatin1String("CASE") || (inTrigger && word == QLatin1String("BEGIN")))
                ++depth;
            else if (word == QLatin1String("END") && depth > 0)
                --depth;
            current += script.mid(i, end - i);
            i = end - 1;
            continue;
        }
        current += c;
        if (c == QLatin1Char(';') && depth == 0)
            flush();
    }
    flush();
    return statements;
}

} // namespace athanor
