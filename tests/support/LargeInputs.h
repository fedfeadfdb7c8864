#pragma once

// Inputs at Athanor's limits, shared by LimitsTest and bench_limits.

#include <QByteArray>

namespace athanor::test {

// One prompt of exactly 1 MB: a sentence about a harbour, numbered, again and again.
inline QByteArray megabyteOfWords()
{
    QByteArray words;
    for (int i = 0; words.size() < 1024 * 1024; ++i)
        words += "summarise the quarterly report on harbour " + QByteArray::number(i % 5000) + " with care. ";
    words.truncate(1024 * 1024);
    return words;
}

} // namespace athanor::test
