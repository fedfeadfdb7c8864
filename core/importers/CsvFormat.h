#pragma once

#include "ImportFormat.h"

namespace athanor {

// CSV (or ; / tab separated) with a header naming a prompt column. The awesome-chatgpt-prompts
// layout (act,prompt,...) titles each prompt by its act and lists its ${Name:default} variables; any
// other file maps title/name/label, tags, model, temperature and max_tokens columns, the rest to metadata.
class CsvFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
