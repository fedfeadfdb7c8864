#pragma once

#include "ImportFormat.h"

namespace athanor {

// Markdown with a YAML front matter: title, tags (list or comma text), model, temperature and
// max_tokens are mapped, other keys go to metadata; the body is the prompt. One prompt per file.
class MarkdownFrontMatterFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
