#pragma once

// Prompt files whose prompts say which file they came from ("file NN prompt P: ..."), and the
// count of each file's prompts in a library, for the tests that kill or starve an import.

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

namespace athanor::test {

// `files` JSON Lines files part-NN.jsonl of `perFile` prompts each in `folder`; `words` follows
// the marker in every prompt.
inline bool writeMarkedPromptFiles(const QString& folder, int files, int perFile, const QString& words)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int f = 0; f < files; ++f) {
        QFile file(QDir(folder).filePath(QStringLiteral("part-%1.jsonl").arg(f, 2, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (int p = 0; p < perFile; ++p)
            file.write(QStringLiteral("{\"prompt\": \"file %1 prompt %2: %3 %4\"}\n")
                           .arg(f, 2, 10, QLatin1Char('0'))
                           .arg(p)
                           .arg(words)
                           .arg((f * 31 + p) % 97)
                           .toUtf8());
    }
    return true;
}

// The prompts of each of `files` files (by their marker), from a fresh connection as a restarted
// app sees the library; `integrity` gets PRAGMA integrity_check's answer, or the error.
inline QList<int> promptsPerFile(const QString& db, int files, QString* integrity)
{
    QList<int> counts(files, 0);
    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    if (!opened) {
        *integrity = opened.error().message();
        return counts;
    }
    auto check = runSql((*opened)->connection(), QStringLiteral("PRAGMA integrity_check"));
    *integrity = check && check->next() ? check->value(0).toString() : QStringLiteral("no answer");
    auto rows = runSql((*opened)->connection(),
                       QStringLiteral("SELECT CAST(substr(content, 6, 2) AS INTEGER), count(*) FROM prompts GROUP BY 1"));
    while (rows && rows->next())
        if (const int file = rows->value(0).toInt(); file >= 0 && file < files)
            counts[file] = rows->value(1).toInt();
    return counts;
}

} // namespace athanor::test
