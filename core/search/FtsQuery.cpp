#include "FtsQuery.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace athanor {

QString toFtsQuery(const QString& userText)
{
    return toFtsPhrases(userText).join(QLatin1Char(' '));
}

QStringList toFtsPhrases(const QString& userText)
{
    QStringList terms;
    qsizetype lastLength = 0;
    // Control characters (a NUL ends an FTS5 query early) separate words like spaces do.
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{Cc}]+"));
    for (QString word : userText.split(separators, Qt::SkipEmptyParts)) {
        // A word without a letter or digit gives FTS5 nothing to look for.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        word.remove(QChar(kSnippetOpen));
        word.remove(QChar(kSnippetClose));
        lastLength = word.size();
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    if (terms.isEmpty())
        return terms;
    // Results appear while the last word is still being typed, once it has three characters: a
    // shorter prefix stands for thousands of words ("a*" is most of a library) and costs seconds.
    if (lastLength >= kMinPrefixLength)
        terms.last() += QLatin1Char('*');
    return terms;
}

QString snippetAsMarkdown(const QString& snippet)
{
    QString text = snippet;
    text.replace(QChar(kSnippetOpen), QStringLiteral("**"));
    text.replace(QChar(kSnippetClose), QStringLiteral("**"));
    return text;
}

QString snippetAsHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(kSnippetOpen), QStringLiteral("<b>"));
    html.replace(QChar(kSnippetClose), QStringLiteral("</b>"));
    return html;
}

} // namespace athanor
