#pragma once

#include "ImportFormat.h"

namespace athanor {

// GitHub Models prompt files (.prompt.yml): name, description, model, modelParameters, messages,
// testData and evaluators. One prompt per file.
class GithubPromptFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
