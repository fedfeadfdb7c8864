#include "PromptLayout.h"

#include <QCoreApplication>

namespace athanor {

PromptLayout::PromptLayout(QString family) : m_family(std::move(family)) {}

void PromptLayout::add(const QString& section, const QString& text)
{
    const QString line = text.trimmed();
    if (!line.isEmpty() && !m_lines[section].contains(line))
        m_lines[section] << line;
}

QString PromptLayout::taskTag(const QString& original) const
{
    // A tag the original already uses would make the task's end ambiguous.
    for (const char* name : {"task", "user_task", "original_task"})
        if (!original.contains(QStringLiteral("</%1>").arg(QLatin1String(name)), Qt::CaseInsensitive))
            return QString::fromLatin1(name);
    return QStringLiteral("task_%1").arg(original.size());
}

QList<PromptLayout::Block> PromptLayout::blocks(const QString& original) const
{
    auto joined = [this](const QStringList& sections, bool bullets) {
        QStringList lines;
        for (const QString& section : sections)
            lines << m_lines.value(section);
        if (bullets && lines.size() > 1)
            for (QString& line : lines)
                line.prepend(QStringLiteral("- "));
        return lines.join(QLatin1Char('\n'));
    };
    QList<Block> result;
    result.append({QStringLiteral("role"), joined({QStringLiteral("persona")}, false)});
    result.append({QStringLiteral("context"), joined({QStringLiteral("context")}, true)});
    result.append({QStringLiteral("task"), original});
    result.append({QStringLiteral("instructions"), joined({QStringLiteral("task"), QStringLiteral("reasoning")}, true)});
    result.append({QStringLiteral("output_format"), joined({QStringLiteral("output")}, true)});
    result.append({QStringLiteral("verification"), joined({QStringLiteral("verification")}, true)});
    QList<Block> nonEmpty;
    for (const Block& block : result)
        if (!block.body.trimmed().isEmpty() || block.title == QLatin1String("task"))
            nonEmpty << block;
    return nonEmpty;
}

QString PromptLayout::render(const QString& original) const
{
    static const QMap<QString, QStringList> headings{
        // title: markdown, gemini label, open-model heading
        {QStringLiteral("role"), {QStringLiteral("Role"), QStringLiteral("ROLE"), QStringLiteral("System")}},
        {QStringLiteral("context"), {QStringLiteral("Context"), QStringLiteral("CONTEXT"), QStringLiteral("Context")}},
        {QStringLiteral("task"), {QStringLiteral("Task"), QStringLiteral("TASK"), QStringLiteral("Task")}},
        {QStringLiteral("instructions"),
         {QStringLiteral("Instructions"), QStringLiteral("INSTRUCTIONS"), QStringLiteral("Instructions")}},
        {QStringLiteral("output_format"),
         {QStringLiteral("Output format"), QStringLiteral("OUTPUT FORMAT"), QStringLiteral("Response format")}},
        {QStringLiteral("verification"),
         {QStringLiteral("Before you answer"), QStringLiteral("CHECK BEFORE ANSWERING"), QStringLiteral("Check")}},
    };
    const QList<Block> parts = blocks(original);
    m_sectionCount = int(parts.size());
    QStringList out;
    for (const Block& block : parts) {
        // Plain concatenation: the user's text never goes through QString::arg or a template engine,
        // so "%1" or "{{x}}" in it stays exactly as written.
        if (m_family == QLatin1String("anthropic")) {
            const QString tag = block.title == QLatin1String("task") ? taskTag(original) : block.title;
            out << QLatin1Char('<') + tag + QStringLiteral(">\n") + block.body + QStringLiteral("\n</") + tag +
                       QLatin1Char('>');
        } else if (m_family == QLatin1String("gemini")) {
            out << headings.value(block.title).at(1) + QStringLiteral(":\n") + block.body;
        } else if (m_family == QLatin1String("open")) {
            out << QStringLiteral("### ") + headings.value(block.title).at(2) + QLatin1Char('\n') + block.body;
        } else {
            out << QStringLiteral("## ") + headings.value(block.title).at(0) + QLatin1Char('\n') + block.body;
        }
    }
    return out.join(QStringLiteral("\n\n"));
}

QString PromptLayout::summary() const
{
    QString form;
    if (m_family == QLatin1String("anthropic"))
        form = QCoreApplication::translate("athanor::PromptLayout", "XML tags, as Anthropic models prefer");
    else if (m_family == QLatin1String("gemini"))
        form = QCoreApplication::translate("athanor::PromptLayout",
                                           "labelled blocks, as Google recommends for Gemini");
    else if (m_family == QLatin1String("open"))
        form = QCoreApplication::translate("athanor::PromptLayout",
                                           "'###' sections, which open models follow well");
    else if (m_family == QLatin1String("openai"))
        form = QCoreApplication::translate("athanor::PromptLayout",
                                           "Markdown headings, as OpenAI's guide suggests");
    else
        form = QCoreApplication::translate("athanor::PromptLayout", "Markdown headings");
    return QCoreApplication::translate(
               "athanor::PromptLayout",
               "Organised into %1 labelled sections with %2; the original prompt is kept word for word in "
               "its own task section")
        .arg(m_sectionCount)
        .arg(form);
}

} // namespace athanor
