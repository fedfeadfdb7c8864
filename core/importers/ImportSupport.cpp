#include "ImportSupport.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <utility>

namespace athanor {

void ImportSupport::fail(int line, const QString& reason)
{
    throw FormatParseFailure{line, reason};
}

bool ImportSupport::hasSuffix(const QString& fileName, std::initializer_list<const char*> suffixes)
{
    for (const char* suffix : suffixes) {
        if (fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString ImportSupport::baseTitle(const QString& fileName)
{
    QString name = QFileInfo(fileName).fileName();
    // ".prompt.yml" and "name.variant.prompt" carry two suffixes; the title is what comes before them.
    for (const char* suffix : {".prompt.yml", ".prompt.yaml"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return name.left(name.size() - int(qstrlen(suffix)));
    }
    const qsizetype dot = name.indexOf(QLatin1Char('.'), 1);
    return dot > 0 ? name.left(dot) : name;
}

int ImportSupport::lineAt(const QString& text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

QString ImportSupport::trimBlock(const QString& text)
{
    qsizetype start = 0;
    // Drop whole blank lines at the top, but keep the indentation of the first real line.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            start = i + 1;
        else if (!c.isSpace())
            break;
    }
    qsizetype end = text.size();
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return text.mid(start, end - start);
}

QStringList ImportSupport::splitTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;|]"));
    QStringList tags;
    for (const QString& part : text.split(separators)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

QStringList ImportSupport::findVariables(const QString& text)
{
    // {{ name }}, {{{ name }}}, {{ user.name }} (the root is the variable), {{ name | filter }};
    // helpers with arguments ({{role "system"}}, {{#if x}}) and @-variables are syntax, not variables.
    static const QRegularExpression mustache(QStringLiteral(
        R"(\{\{\{?-?\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z0-9_.]+)?\s*(?:\|[^{}]*)?-?\}?\}\})"));
    // ${name} and ${name:default} as in awesome-chatgpt-prompts; names may hold spaces there.
    static const QRegularExpression dollar(QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_ ]*)(:[^{}\n]*)?\})"));
    struct Hit
    {
        qsizetype at;
        QString name;
    };
    // Most prompts have neither: no regular expression runs for them (an import checks every one).
    const bool braces = text.contains(QLatin1String("{{"));
    if (!braces && !text.contains(QLatin1String("${")))
        return {};
    QList<Hit> hits;
    for (auto it = braces ? mustache.globalMatch(text) : QRegularExpressionMatchIterator(); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1);
        if (name != QLatin1String("else") && name != QLatin1String("this"))
            hits << Hit{match.capturedStart(), name};
    }
    for (auto it = dollar.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1).trimmed();
        if (name != QLatin1String("env"))
            hits << Hit{match.capturedStart(), name};
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    QStringList names;
    for (const Hit& hit : hits) {
        if (!names.contains(hit.name))
            names << hit.name;
    }
    return names;
}

void ImportSupport::addVariables(QStringList& into, const QStringList& more)
{
    for (const QString& name : more) {
        if (!name.isEmpty() && !into.contains(name))
            into << name;
    }
}

ParseResult ImportSupport::finish(QList<ImportedPrompt> prompts)
{
    ParseResult result;
    if (prompts.isEmpty())
        result.error =
            ParseError{1, QCoreApplication::translate("athanor::ImportSupport", "the file holds no prompt")};
    else
        result.prompts = std::move(prompts);
    return result;
}

ParseResult ImportSupport::failed(const FormatParseFailure& failure)
{
    ParseResult result;
    result.error = ParseError{failure.line, failure.reason};
    return result;
}

int ImportSupport::tokenCount(double value, const QString& key, int line)
{
    // A double beyond int's range (or NaN) would be undefined behaviour to convert.
    if (!(value >= 0.0 && value <= double(std::numeric_limits<int>::max())) || value != std::floor(value))
        fail(line, QCoreApplication::translate("athanor::ImportSupport", "'%1' must be a whole number from 0 to %2").arg(key).arg(std::numeric_limits<int>::max()));
    return int(value);
}

} // namespace athanor
