#include "AthanorExportFormat.h"

#include "ImportSupport.h"
#include "JsonRecord.h"
#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace athanor {
namespace {

const QString kFormat = QStringLiteral("athanor-export");

// The line of each element of the top-level "prompts" list: the scanner reads from its '['.
QList<int> promptLines(const QString& text)
{
    static const QRegularExpression key(QStringLiteral(R"("prompts"\s*:\s*\[)"));
    const auto match = key.match(text);
    if (!match.hasMatch())
        return {};
    const int offset = ImportSupport::lineAt(text, match.capturedEnd() - 1) - 1;
    QList<int> lines = JsonText::arrayElementLines(text.mid(match.capturedEnd() - 1));
    for (int& line : lines)
        line += offset;
    return lines;
}

QString optionalText(const QJsonObject& object, const char* key, int line)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        ImportSupport::fail(line,
                            QCoreApplication::translate("athanor::AthanorExportFormat", "'%1' must be text")
                                .arg(QLatin1String(key)));
    return value.toString();
}

ImportedPrompt readPrompt(const QJsonValue& value, int line)
{
    if (!value.isObject())
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::AthanorExportFormat",
                                              "each entry of 'prompts' must be an object with a content"));
    QJsonObject object = value.toObject();
    ImportedPrompt prompt;
    prompt.line = line;
    prompt.content = optionalText(object, "content", line);
    if (prompt.content.trimmed().isEmpty())
        ImportSupport::fail(
            line, QCoreApplication::translate("athanor::AthanorExportFormat", "the prompt has no content"));
    prompt.title = optionalText(object, "title", line);
    prompt.model = optionalText(object, "model", line);
    for (const char* key : {"content", "title", "model"})
        object.remove(QLatin1String(key));
    prompt.tags = JsonRecord::stringList(object.take(QStringLiteral("tags")), QStringLiteral("tags"), line);
    prompt.temperature =
        JsonRecord::number(object.take(QStringLiteral("temperature")), QStringLiteral("temperature"), line);
    if (const auto tokens =
            JsonRecord::number(object.take(QStringLiteral("max_tokens")), QStringLiteral("max_tokens"), line))
        prompt.maxTokens = ImportSupport::tokenCount(*tokens, QStringLiteral("max_tokens"), line);
    // Restored by the importer under these keys: checked here so a bad file fails before anything is stored.
    for (const char* key :
         {"id", "parent_id", "phase", "provider", "persona", "created_at", "session_id", "source"})
        optionalText(object, key, line);
    JsonRecord::number(object.value(QStringLiteral("actual_tokens")), QStringLiteral("actual_tokens"), line);
    const QJsonValue context = object.value(QStringLiteral("context"));
    if (!context.isUndefined() && !context.isNull()) {
        bool valid = context.isArray();
        for (const QJsonValue& item : context.toArray())
            valid = valid && item.toObject().value(QStringLiteral("type")).isString() &&
                    item.toObject().value(QStringLiteral("content")).isString();
        if (!valid)
            ImportSupport::fail(
                line, QCoreApplication::translate("athanor::AthanorExportFormat",
                                                  "'context' must be a list of {type, content} texts"));
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isNull())
            prompt.metadata.insert(it.key(), it.value());
    }
    prompt.variables = ImportSupport::findVariables(prompt.content);
    return prompt;
}

} // namespace

QString AthanorExportFormat::name() const
{
    return QStringLiteral("athanor");
}

int AthanorExportFormat::detect(const QString&, const QString& head) const
{
    static const QRegularExpression marker(QStringLiteral(R"("format"\s*:\s*"athanor-export")"));
    return JsonText::looksLikeJson(head) && marker.match(head).hasMatch() ? 99 : 0;
}

ParseResult AthanorExportFormat::parse(const QString& text, const QString&) const
{
    try {
        const QJsonDocument document = JsonText::parse(text);
        const QJsonObject root = document.object();
        if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
            ImportSupport::fail(1, QCoreApplication::translate(
                                       "athanor::AthanorExportFormat",
                                       "not an Athanor export: \"format\": \"athanor-export\" is missing"));
        const QJsonValue version = root.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
            ImportSupport::fail(1,
                                QCoreApplication::translate("athanor::AthanorExportFormat",
                                                            "the export needs a whole-number \"version\""));
        if (version.toInt() > kVersion)
            ImportSupport::fail(
                1, QCoreApplication::translate(
                       "athanor::AthanorExportFormat",
                       "this export is version %1; this Athanor reads version %2 (update Athanor)")
                       .arg(version.toInt())
                       .arg(kVersion));
        if (!root.value(QStringLiteral("prompts")).isArray())
            ImportSupport::fail(1, QCoreApplication::translate("athanor::AthanorExportFormat",
                                                               "the export needs a \"prompts\" list"));
        const QJsonArray prompts = root.value(QStringLiteral("prompts")).toArray();
        const QList<int> lines = promptLines(text);
        QList<ImportedPrompt> result;
        for (qsizetype i = 0; i < prompts.size(); ++i)
            result << readPrompt(prompts.at(i), lines.value(i, 1));
        return ImportSupport::finish(result);
    } catch (const FormatParseFailure& failure) {
        return ImportSupport::failed(failure);
    }
}

} // namespace athanor
