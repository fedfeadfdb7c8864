#include "MarkdownFrontMatterFormat.h"

#include "FrontMatter.h"
#include "ImportSupport.h"
#include "YamlSupport.h"

#include <QCoreApplication>

namespace athanor {

QString MarkdownFrontMatterFormat::name() const
{
    return QStringLiteral("markdown");
}

int MarkdownFrontMatterFormat::detect(const QString& fileName, const QString& head) const
{
    if (ImportSupport::hasSuffix(fileName, {".md", ".markdown"}) && FrontMatter::startsWith(head))
        return 80;
    return 0;
}

ParseResult MarkdownFrontMatterFormat::parse(const QString& text, const QString& fileName) const
{
    return YamlSupport::guarded([&] {
        const FrontMatter front = FrontMatter::read(text);
        ImportedPrompt prompt;
        prompt.line = 1;
        for (const auto& pair : front.yaml) {
            const std::string key = pair.first.Scalar();
            const YAML::Node& value = pair.second;
            if (key == "title" || (key == "name" && !YamlSupport::has(front.yaml, "title")))
                prompt.title = YamlSupport::text(value, key.c_str()).trimmed();
            else if (key == "tags")
                prompt.tags = YamlSupport::tags(value, "tags");
            else if (key == "model")
                prompt.model = YamlSupport::text(value, "model").trimmed();
            else if (key == "temperature")
                prompt.temperature = YamlSupport::number(value, "temperature");
            else if (key == "max_tokens" || key == "maxTokens") {
                if (const auto tokens = YamlSupport::number(value, key.c_str()))
                    prompt.maxTokens = ImportSupport::tokenCount(*tokens, QString::fromStdString(key),
                                                                 YamlSupport::line(value));
            } else {
                prompt.metadata.insert(QString::fromStdString(key), YamlSupport::toJson(value));
            }
        }
        prompt.content = ImportSupport::trimBlock(front.body);
        if (prompt.content.isEmpty())
            ImportSupport::fail(front.bodyLine,
                                QCoreApplication::translate("athanor::MarkdownFrontMatterFormat",
                                                            "the prompt after the front matter is empty"));
        if (prompt.title.isEmpty())
            prompt.title = ImportSupport::baseTitle(fileName);
        prompt.variables = ImportSupport::findVariables(prompt.content);
        return ImportSupport::finish({prompt});
    });
}

} // namespace athanor
