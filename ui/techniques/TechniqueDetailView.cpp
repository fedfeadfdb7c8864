#include "TechniqueDetailView.h"

#include "models/TechniqueTreeModel.h"

#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace athanor {

namespace {

QString list(const QStringList& items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

TechniqueDetailView::TechniqueDetailView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setObjectName(QStringLiteral("techniqueDetail"));
    setAccessibleName(tr("Technique details"));
    showNothing();
}

void TechniqueDetailView::showNothing()
{
    setHtml(tr("<p style='color:gray'>Choose a technique on the left to see how it works, its templates, worked "
               "examples and sources.</p>"));
}

QString TechniqueDetailView::highlightVariables(const QString& templateText)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\}\\}"));
    QString html;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(templateText);
    while (it.hasNext()) {
        const auto match = it.next();
        html += templateText.mid(last, match.capturedStart() - last).toHtmlEscaped();
        html += QStringLiteral("<span style='background:#fde9b5;color:#7a4b00;font-weight:bold'>%1</span>")
                    .arg(match.captured().toHtmlEscaped());
        last = match.capturedEnd();
    }
    html += templateText.mid(last).toHtmlEscaped();
    return html;
}

QString TechniqueDetailView::markdownToHtml(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    const QString html = document.toHtml();
    // Keep what is inside <body>: the fragment goes into a larger page.
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    const qsizetype start = html.indexOf(QLatin1Char('>'), open) + 1;
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    return open < 0 || end < start ? markdown.toHtmlEscaped() : html.mid(start, end - start);
}

void TechniqueDetailView::showTechnique(const Technique& t, const QList<EffectivenessMapping>& effectiveness,
                                        const QList<Intent>& intents)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(t.name.toHtmlEscaped());
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("%1 · complexity %2 of 5 · base effectiveness %3 · code <code>%4</code>")
                         .arg(TechniqueTreeModel::categoryTitle(t.category))
                         .arg(t.complexity)
                         .arg(QString::number(t.baseEffectiveness, 'f', 2), t.code));
    if (!t.active)
        html += tr("<p><b>This technique is disabled:</b> recommendations leave it out.</p>");
    html += QStringLiteral("<p>%1</p>").arg(t.description.toHtmlEscaped());
    if (!t.detailedExplanation.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(t.detailedExplanation.toHtmlEscaped());

    html += tr("<h3>When to use</h3>") + list(t.whenToUse);
    html += tr("<h3>When not to use</h3>") + list(t.whenNotToUse);
    if (!t.prerequisites.isEmpty())
        html += tr("<h3>Prerequisites</h3>") + list(t.prerequisites);
    if (!t.conflictsWith.isEmpty())
        html += tr("<p><i>Not combined with:</i> %1</p>").arg(t.conflictsWith.join(QStringLiteral(", ")).toHtmlEscaped());

    html += tr("<h3>Templates</h3>");
    for (const TechniquePattern& p : t.patterns) {
        html += QStringLiteral("<h4>%1</h4>").arg(p.name.toHtmlEscaped());
        html += QStringLiteral("<pre style='background:#f4f4f4;color:#202020;padding:6px;white-space:pre-wrap'>%1</pre>")
                    .arg(highlightVariables(p.templateText));
        if (!p.variables.isEmpty()) {
            html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
            for (const TemplateVariable& v : p.variables)
                html += QStringLiteral("<tr><td><code>{{%1}}</code></td><td style='color:gray'>%2%3</td><td>%4</td></tr>")
                            .arg(v.name.toHtmlEscaped(), TemplateVariable::typeName(v.type),
                                 v.required ? tr(", required") : QString(), v.description.toHtmlEscaped());
            html += QStringLiteral("</table>");
        }
    }

    html += tr("<h3>Worked examples</h3>");
    for (const TechniqueExample& e : t.examples) {
        html += tr("<p><b>Before</b></p>") + markdownToHtml(e.before);
        html += tr("<p><b>After</b></p>") + markdownToHtml(e.after);
        if (!e.explanation.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(e.explanation.toHtmlEscaped());
        if (!e.improvements.isEmpty())
            html += list(e.improvements);
        html += QStringLiteral("<hr/>");
    }

    // The intents this technique serves best, among top-level and second-level intents.
    QList<EffectivenessMapping> best;
    for (const EffectivenessMapping& m : effectiveness)
        if (m.technique == t.code && m.intent.count(QLatin1Char('.')) <= 1)
            best << m;
    std::sort(best.begin(), best.end(), [](const EffectivenessMapping& a, const EffectivenessMapping& b) {
        return a.score != b.score ? a.score > b.score : a.intent < b.intent;
    });
    if (!best.isEmpty()) {
        html += tr("<h3>Serves best</h3><ul>");
        for (qsizetype i = 0; i < std::min<qsizetype>(best.size(), 6); ++i) {
            QString name = best.at(i).intent;
            for (const Intent& intent : intents)
                if (intent.path == name)
                    name = intent.name;
            html += QStringLiteral("<li>%1 <span style='color:gray'>(%2) %3</span></li>")
                        .arg(name.toHtmlEscaped(), best.at(i).intent, QString::number(best.at(i).score, 'f', 2));
        }
        html += QStringLiteral("</ul>");
    }

    html += tr("<h3>Sources</h3><ul>");
    for (const TechniqueSource& s : t.sources)
        html += QStringLiteral("<li>%1 (%2). <a href='%3'>%4</a></li>")
                    .arg(s.authors.toHtmlEscaped())
                    .arg(s.year)
                    .arg(s.url.toHtmlEscaped(), s.title.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    setHtml(html);
}

} // namespace athanor
