#pragma once

#include "ImportFormat.h"

namespace athanor {

// promptfoo's YAML prompt files: a list of strings, of {raw, id, label} objects, or one chat
// conversation as a list of {role, content}.
class PromptfooYamlFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
