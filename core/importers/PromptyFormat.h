#pragma once

#include "ImportFormat.h"

namespace athanor {

// Microsoft Prompty (.prompty): a YAML front matter (name, description, model {api, configuration,
// parameters}, inputs, sample) and a body of role sections ("system:", "user:", "assistant:" lines).
// ${env:...} references are configuration: kept as text in metadata, never resolved.
class PromptyFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
