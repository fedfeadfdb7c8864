#include "FrontMatter.h"

#include "ImportSupport.h"
#include "YamlSupport.h"

#include <QCoreApplication>

namespace athanor {

bool FrontMatter::startsWith(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? QStringView(text) : QStringView(text).left(end)).trimmed() == QLatin1String("---") &&
           text.startsWith(QLatin1String("---"));
}

FrontMatter FrontMatter::read(const QString& text)
{
    if (!startsWith(text))
        ImportSupport::fail(
            1, QCoreApplication::translate("athanor::FrontMatter",
                                           "the file must start with a --- line opening the front matter"));
    FrontMatter result;
    qsizetype start = text.indexOf(QLatin1Char('\n'));
    if (start < 0)
        ImportSupport::fail(
            1, QCoreApplication::translate("athanor::FrontMatter",
                                           "the front matter opened on line 1 is never closed with ---"));
    ++start;
    int line = 2;
    qsizetype pos = start;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QStringView current = QStringView(text).mid(pos, end - pos);
        if (current.trimmed() == QLatin1String("---") && current.startsWith(QLatin1String("---"))) {
            result.yaml = YamlSupport::load(text.mid(start, pos - start), 2);
            if (result.yaml.IsNull() || !result.yaml.IsDefined())
                result.yaml = YAML::Node(YAML::NodeType::Map);
            if (!result.yaml.IsMap())
                ImportSupport::fail(
                    2, QCoreApplication::translate("athanor::FrontMatter",
                                                   "the front matter must be a YAML map of keys and values"));
            result.body = end < text.size() ? text.mid(end + 1) : QString();
            result.bodyLine = line + 1;
            return result;
        }
        if (end >= text.size())
            break;
        pos = end + 1;
        ++line;
    }
    ImportSupport::fail(
        1, QCoreApplication::translate("athanor::FrontMatter",
                                       "the front matter opened on line 1 is never closed with ---"));
}

} // namespace athanor
