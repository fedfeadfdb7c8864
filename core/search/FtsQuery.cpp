#include "FtsQuery.h"

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
    // Words are separated by white space and by control characters (a NUL ends an FTS5 query
    // early). Cut by hand rather than by a regular expression: as fast, and no JIT-compiled code
    // in the sanitizers' stack traces (docs/reliability.md, fts_query).
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= userText.size(); ++i) {
        const bool separator = i == userText.size() || userText.at(i).isSpace() ||
                               userText.at(i).category() == QChar::Other_Control;
        if (separator && start >= 0) {
            words << userText.mid(start, i - start);
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    for (QString word : std::as_const(words)) {
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

QString snippetOf(const QString& content, const QStringList& phrases, int tokens)
{
    struct Term
    {
        QString word;
        bool prefix = false;
    };
    QList<Term> terms;
    for (QString phrase : phrases) {
        const bool prefix = phrase.endsWith(QLatin1Char('*'));
        if (prefix)
            phrase.chop(1);
        if (phrase.size() >= 2 && phrase.startsWith(QLatin1Char('"')) && phrase.endsWith(QLatin1Char('"')))
            phrase = phrase.mid(1, phrase.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (!phrase.isEmpty())
            terms.append({phrase.toCaseFolded(), prefix});
    }
    // The words of the content, as spans (letters and digits, as FTS5's tokenizer cuts them).
    struct Span
    {
        qsizetype from, to;
    };
    QList<Span> words;
    qsizetype firstMatch = -1;
    const auto matches = [&](const Span& span) {
        const QString word = content.mid(span.from, span.to - span.from).toCaseFolded();
        return std::any_of(terms.cbegin(), terms.cend(),
                           [&](const Term& t) { return t.prefix ? word.startsWith(t.word) : word == t.word; });
    };
    for (qsizetype i = 0; i < content.size();) {
        if (!content.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < content.size() && content.at(end).isLetterOrNumber())
            ++end;
        words.append({i, end});
        if (firstMatch < 0 && matches(words.last()))
            firstMatch = words.size() - 1;
        i = end;
        // Past the first match, only the words the snippet shows are needed.
        if (firstMatch >= 0 && words.size() > firstMatch + tokens)
            break;
    }
    if (words.isEmpty())
        return {};
    const qsizetype first = std::max<qsizetype>(0, std::max<qsizetype>(firstMatch, 0) - tokens / 4);
    const qsizetype last = std::min<qsizetype>(words.size(), first + tokens) - 1;
    QString snippet = first > 0 ? QStringLiteral("…") : QString();
    for (qsizetype w = first; w <= last; ++w) {
        const Span& span = words.at(w);
        // The text between words stays as it was, the words matched are marked.
        if (w > first)
            snippet += content.mid(words.at(w - 1).to, span.from - words.at(w - 1).to);
        const QString word = content.mid(span.from, span.to - span.from);
        snippet += matches(span) ? QChar(kSnippetOpen) + word + QChar(kSnippetClose) : word;
    }
    if (words.at(last).to < content.size())
        snippet += QStringLiteral("…");
    return snippet;
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
