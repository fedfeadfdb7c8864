#pragma once

#include "ImportFormat.h"

namespace athanor {

// JSON Lines: one record per line in any JsonRecord shape (prompt objects, conversations, Alpaca,
// ShareGPT). Blank lines are skipped; one broken line fails the file with its line number.
class JsonlFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
