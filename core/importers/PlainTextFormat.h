#pragma once

#include "ImportFormat.h"

namespace athanor {

// Plain .txt/.md: one prompt per file, or several separated by a line that is exactly --- (as
// promptfoo reads them). Blank parts are skipped; a leading "# Heading" names the prompt.
class PlainTextFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
