#pragma once

// What the prose of a prompt asks for, for the complexity estimate: request verbs and sub-tasks,
// and domain terms.

#include <QHash>
#include <QLatin1String>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <iterator>

namespace athanor::prosefeatures {

struct SubTaskCount
{
    qsizetype listItems = 0;
    qsizetype imperatives = 0;
    qsizetype joins = 0;
    qsizetype sentences = 0;
    qsizetype total() const { return listItems + imperatives + joins; }
};

inline bool is(QStringView word, QLatin1String expected)
{
    return word.compare(expected, Qt::CaseInsensitive) == 0;
}

template <std::size_t N> inline bool isAny(QStringView word, const QLatin1String (&list)[N])
{
    return std::any_of(std::begin(list), std::end(list), [&](QLatin1String w) { return is(word, w); });
}

const QSet<QString>& imperativeVerbs();
void lowerInto(QStringView word, QString& out);
QStringList findDomainTerms(QStringView prose);
void scanProseLine(QStringView line, SubTaskCount& count);

} // namespace athanor::prosefeatures
