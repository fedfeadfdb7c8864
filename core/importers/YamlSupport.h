#pragma once

#include "ImportSupport.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace athanor {

// yaml-cpp for the YAML-based import formats: loading with file line numbers, and values as
// QJsonValue so that whatever a format does not map can travel on as metadata.
class YamlSupport
{
public:
    // Parses YAML whose first line is line `firstLine` of the file; throws FormatParseFailure on a syntax error.
    static YAML::Node load(const QString& yaml, int firstLine = 1);
    // The 1-based file line of a node (load() already shifted the marks).
    static int line(const YAML::Node& node);
    static bool has(const YAML::Node& map, const char* key);
    // A scalar as text; throws FormatParseFailure when the node is a list or a map.
    static QString text(const YAML::Node& node, const char* what);
    static std::optional<double> number(const YAML::Node& node, const char* what);
    // A list of text, or one comma-separated text.
    static QStringList tags(const YAML::Node& node, const char* what);
    // Plain scalars become numbers, booleans and null where YAML 1.2 says so; quoted ones stay text.
    static QJsonValue toJson(const YAML::Node& node);

    // Runs a YAML format's parse and turns its two kinds of failure (ours, thrown with a line, and
    // yaml-cpp's) into a ParseError: one place for what every YAML-based format needs.
    template <typename Parse>
    static ParseResult guarded(Parse parse)
    {
        try {
            return parse();
        } catch (const FormatParseFailure& failure) {
            return ImportSupport::failed(failure);
        } catch (const YAML::Exception& e) {
            return ImportSupport::failed({e.mark.line + 1, QString::fromStdString(e.msg)});
        }
    }
};

} // namespace athanor
