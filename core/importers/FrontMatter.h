#pragma once

#include <QString>
#include <yaml-cpp/yaml.h>

namespace athanor {

// A file that starts with a YAML block between two `---` lines (Markdown, Prompty, Dotprompt).
class FrontMatter
{
public:
    // Whether the text starts with a `---` line: a front matter, perhaps unclosed.
    static bool startsWith(const QString& text);
    // Splits and parses; throws FormatParseFailure when the block is never closed, is not valid YAML
    // or is not a map. The YAML marks are file line numbers.
    static FrontMatter read(const QString& text);

    YAML::Node yaml; // a map (possibly empty)
    QString body;    // everything after the closing line, verbatim
    int bodyLine = 1;
};

} // namespace athanor
