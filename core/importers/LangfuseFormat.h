#pragma once

#include "ImportFormat.h"

namespace athanor {

// Langfuse prompt exports: an object or a list of objects with name, prompt (text, or a list of
// {role, content} for chat prompts), config (model, temperature, max_tokens), labels, tags, version.
class LangfuseFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
