#include "PromptHighlighter.h"

#include <QFontDatabase>

namespace athanor {

PromptHighlighter::PromptHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document),
      // The double-brace form comes first so that {{x}} is one match, not {x} inside braces.
      m_variablePattern(
          QStringLiteral(R"(\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\$\{[A-Za-z_][\w.]*\}|\{[A-Za-z_][\w.]*\})")),
      m_tagPattern(QStringLiteral(R"(</?[A-Za-z][\w:.-]*(\s+[^<>]*)?/?>)"))
{
    m_variable.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_variable.setBackground(QColor(0xf3, 0xe5, 0xf5));
    m_variable.setFontWeight(QFont::DemiBold);
    m_tag.setForeground(QColor(0x1a, 0x5f, 0xb4));
    m_fence.setForeground(QColor(0x6a, 0x73, 0x7d));
    m_fence.setFontWeight(QFont::DemiBold);
    m_code.setForeground(QColor(0x24, 0x4a, 0x2a));
    m_code.setBackground(QColor(0xf4, 0xf6, 0xf8));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_code.setFontFamilies(fixed.families());
    m_fence.setFontFamilies(fixed.families());
}

void PromptHighlighter::highlightBlock(const QString& text)
{
    const bool wasInFence = previousBlockState() == InFence;
    const bool isFence = text.trimmed().startsWith(QLatin1String("```"));
    if (isFence) {
        setFormat(0, int(text.size()), m_fence);
        setCurrentBlockState(wasInFence ? Normal : InFence);
        return;
    }
    setCurrentBlockState(wasInFence ? InFence : Normal);
    if (wasInFence) {
        setFormat(0, int(text.size()), m_code);
        return;
    }
    for (auto it = m_tagPattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_tag);
    }
    for (auto it = m_variablePattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_variable);
    }
}

} // namespace athanor
