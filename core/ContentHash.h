#pragma once

#include <QString>

namespace athanor {

// The text a prompt is deduplicated on: Unicode NFC, line endings as LF, trailing white space
// of each line and of the whole text removed. Two prompts that differ only in these are the
// same prompt.
QString normalizedContent(const QString& content);

// SHA-256 (hex, 64 characters) of the UTF-8 of normalizedContent(content).
QString contentHash(const QString& content);
// The same for a text normalizedContent() returned already.
QString hashOfNormalized(const QString& normalized);

} // namespace athanor
