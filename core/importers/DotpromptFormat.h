#pragma once

#include "ImportFormat.h"

namespace athanor {

// Dotprompt (.prompt, Firebase Genkit): a YAML front matter (model, config, input.schema) and a
// Handlebars body kept verbatim; {{role "system"}} markers split the system prompt from the user text.
class DotpromptFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
