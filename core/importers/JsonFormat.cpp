#include "JsonFormat.h"

#include "ChatMessages.h"
#include "ImportSupport.h"
#include "JsonRecord.h"
#include "JsonText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace athanor {

QString JsonFormat::name() const
{
    return QStringLiteral("json");
}

int JsonFormat::detect(const QString& fileName, const QString& head) const
{
    const bool looksLikeJson = JsonText::looksLikeJson(head);
    if (ImportSupport::hasSuffix(fileName, {".json"})) {
        const QString start = head.trimmed();
        // A broken .json file is still JSON: parse() then says what is wrong with it.
        return looksLikeJson
                   ? 60
                   : (start.startsWith(QLatin1Char('[')) || start.startsWith(QLatin1Char('{')) ? 50 : 0);
    }
    // A .txt (or nameless) file holding JSON is JSON; prose rarely starts with {" or [{.
    if (looksLikeJson &&
        (ImportSupport::hasSuffix(fileName, {".txt", ".text"}) || QFileInfo(fileName).suffix().isEmpty()))
        return 60;
    return 0;
}

ParseResult JsonFormat::parse(const QString& text, const QString&) const
{
    try {
        const QJsonDocument document = JsonText::parse(text);
        QList<ImportedPrompt> prompts;
        if (document.isObject()) {
            prompts << JsonRecord::read(document.object(), 1);
        } else {
            const QJsonArray array = document.array();
            const QList<int> lines = JsonText::arrayElementLines(text);
            if (ChatMessages::isConversation(array)) {
                prompts << JsonRecord::read(array, lines.value(0, 1));
            } else {
                for (qsizetype i = 0; i < array.size(); ++i)
                    prompts << JsonRecord::read(array.at(i), lines.value(i, 1));
            }
        }
        return ImportSupport::finish(prompts);
    } catch (const FormatParseFailure& failure) {
        return ImportSupport::failed(failure);
    }
}

} // namespace athanor
