#pragma once

#include "ImportFormat.h"
#include "core/Result.h"

#include <memory>
#include <vector>

namespace athanor {

// Every import format, and the choice of one for a file.
class ImportFormatRegistry
{
public:
    static const ImportFormatRegistry& instance();

    const std::vector<std::unique_ptr<ImportFormat>>& formats() const { return m_formats; }
    const ImportFormat* find(const QString& name) const;
    // The most confident format for this file, or null when none is confident (unknown format:
    // reported, never guessed at).
    const ImportFormat* detect(const QString& fileName, const QString& head) const;

    // Decodes file bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; CRLF and CR become LF.
    // Invalid UTF-8 is an error naming the line.
    static Result<QString> decode(const QByteArray& bytes, const QString& fileName);

    // Reads, decodes, detects and parses the prompt file at `path`, refusing one over `maxBytes`
    // before reading it. The error's `where` is the line of the file it is about ("0": the whole
    // file), as ImportJob reports it.
    Result<QList<ImportedPrompt>> readFile(const QString& path, qint64 maxBytes) const;

    // How much of a decoded file detect() looks at, and that much of a text.
    static constexpr qsizetype kHeadChars = 8192;
    static QString head(const QString& text) { return text.left(kHeadChars); }
    // Below this confidence a format's claim is a guess, and guesses are not imported.
    static constexpr int kMinConfidence = 20;

private:
    ImportFormatRegistry();
    std::vector<std::unique_ptr<ImportFormat>> m_formats;
};

} // namespace athanor
