#pragma once

#include "ImportFormat.h"

namespace athanor {

// A JSON file of prompts: a list of strings, a list of prompt objects, an OpenAI conversation
// ({messages} or [{role, content}]) or a list of conversations (shapes: JsonRecord).
class JsonFormat : public ImportFormat
{
public:
    QString name() const override;
    int detect(const QString& fileName, const QString& head) const override;
    ParseResult parse(const QString& text, const QString& fileName) const override;
};

} // namespace athanor
