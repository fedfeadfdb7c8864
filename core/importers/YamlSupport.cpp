#include "YamlSupport.h"

#include "ImportSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <yaml-cpp/depthguard.h>

namespace athanor {
namespace {

// Beyond this a "prompt file" is something else; the limit keeps the recursion below shallow.
constexpr int kMaxDepth = 64;

QJsonValue convert(const YAML::Node& node, int depth)
{
    if (depth > kMaxDepth)
        ImportSupport::fail(
            YamlSupport::line(node),
            QCoreApplication::translate("athanor::YamlSupport", "the YAML is nested too deeply"));
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node)
            array.append(convert(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto& pair : node)
            object.insert(QString::fromStdString(pair.first.Scalar()), convert(pair.second, depth + 1));
        return object;
    }
    case YAML::NodeType::Scalar: {
        const QString value = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!") // quoted: text whatever it looks like
            return value;
        static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression real(
            QStringLiteral("^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
        if (value == QLatin1String("true") || value == QLatin1String("True") ||
            value == QLatin1String("TRUE"))
            return true;
        if (value == QLatin1String("false") || value == QLatin1String("False") ||
            value == QLatin1String("FALSE"))
            return false;
        if (value == QLatin1String("null") || value == QLatin1String("~") || value == QLatin1String("Null"))
            return QJsonValue::Null;
        if (integer.match(value).hasMatch() || real.match(value).hasMatch())
            return value.toDouble();
        return value;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

YAML::Node YamlSupport::load(const QString& yaml, int firstLine)
{
    // Blank lines in front make yaml-cpp's marks the file's own line numbers.
    const std::string source = std::string(size_t(qMax(0, firstLine - 1)), '\n') + yaml.toStdString();
    try {
        return YAML::Load(source);
    } catch (const YAML::DeepRecursion& e) {
        // yaml-cpp stops at 2000 levels (with the message "bad file"): say what it is.
        ImportSupport::fail(e.mark.line + 1, QCoreApplication::translate(
                                                 "athanor::YamlSupport", "the YAML is nested too deeply to be a prompt file"));
    } catch (const YAML::Exception& e) {
        ImportSupport::fail(e.mark.line + 1,
                            QCoreApplication::translate("athanor::YamlSupport", "invalid YAML: %1")
                                .arg(QString::fromStdString(e.msg)));
    }
}

int YamlSupport::line(const YAML::Node& node)
{
    return node.Mark().line + 1;
}

bool YamlSupport::has(const YAML::Node& map, const char* key)
{
    if (!map.IsMap())
        return false;
    const YAML::Node node = map[key];
    return node.IsDefined() && !node.IsNull();
}

QString YamlSupport::text(const YAML::Node& node, const char* what)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (!node.IsScalar())
        ImportSupport::fail(line(node),
                            QCoreApplication::translate("athanor::YamlSupport", "'%1' must be text")
                                .arg(QLatin1String(what)));
    return QString::fromStdString(node.Scalar());
}

std::optional<double> YamlSupport::number(const YAML::Node& node, const char* what)
{
    if (!node.IsDefined() || node.IsNull())
        return std::nullopt;
    bool ok = false;
    const double value =
        node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed().toDouble(&ok) : 0.0;
    if (!ok)
        ImportSupport::fail(line(node),
                            QCoreApplication::translate("athanor::YamlSupport", "'%1' must be a number")
                                .arg(QLatin1String(what)));
    return value;
}

QStringList YamlSupport::tags(const YAML::Node& node, const char* what)
{
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (node.IsScalar())
        return ImportSupport::splitTags(QString::fromStdString(node.Scalar()));
    if (!node.IsSequence())
        ImportSupport::fail(
            line(node),
            QCoreApplication::translate("athanor::YamlSupport", "'%1' must be a list or comma-separated text")
                .arg(QLatin1String(what)));
    QStringList list;
    for (const YAML::Node& item : node) {
        const QString tag = text(item, what).trimmed();
        if (!tag.isEmpty() && !list.contains(tag))
            list << tag;
    }
    return list;
}

QJsonValue YamlSupport::toJson(const YAML::Node& node)
{
    return convert(node, 0);
}

} // namespace athanor
