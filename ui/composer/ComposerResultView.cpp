#include "ComposerResultView.h"

#include "core/WordDiff.h"
#include "ui/common/RatingPanel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace athanor {

namespace {

const char* kSplitterKey = "composerPane/resultSplitter";

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A captioned column of the result splitter.
QWidget* column(QLabel* title, QWidget* body, QWidget* parent)
{
    auto* holder = new QWidget(parent);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    return holder;
}

QTextBrowser* browser(const char* name, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QTextBrowser(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setOpenLinks(false);
    return view;
}

QString percent(double value)
{
    return QStringLiteral("%1%").arg(qRound(value * 100));
}

} // namespace

ComposerResultView::ComposerResultView(QWidget* parent) : QWidget(parent)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_original = browser("originalView", tr("Original prompt"), this);
    m_original->setPlaceholderText(tr("Your prompt as it was enhanced."));
    m_original->setFont(fixed);
    m_enhanced = browser("enhancedView", tr("Enhanced prompt with changes highlighted"), this);
    m_enhanced->setPlaceholderText(tr("Press Enhance (Ctrl+Return) to see the enhanced prompt here."));
    m_enhanced->setFont(fixed);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("enhancedEditor"));
    m_editor->setAccessibleName(tr("Enhanced prompt, editable"));
    m_editor->setFont(fixed);
    m_enhancedStack = new QStackedWidget(this);
    m_enhancedStack->addWidget(m_enhanced);
    m_enhancedStack->addWidget(m_editor);
    m_improvements = browser("improvementsView", tr("Techniques applied and improvements"), this);
    m_improvements->setPlaceholderText(tr("The techniques applied and why appear here."));

    m_enhancedCaption = caption(tr("Enhanced"), this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("composerResultSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(column(caption(tr("Original"), this), m_original, m_splitter));
    m_splitter->addWidget(column(m_enhancedCaption, m_enhancedStack, m_splitter));
    m_splitter->addWidget(column(caption(tr("What was applied"), this), m_improvements, m_splitter));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);

    m_accept = new QPushButton(tr("Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setToolTip(tr("Put the enhanced prompt into the editor as your new prompt (undoable)"));
    m_editFurther = new QPushButton(tr("Edit further"), this);
    m_editFurther->setObjectName(QStringLiteral("editFurtherButton"));
    m_editFurther->setToolTip(tr("Edit the enhanced prompt in place"));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the enhanced prompt to the clipboard"));
    m_save = new QPushButton(tr("Save to library"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Keep the enhanced prompt, with your edits, in your library"));
    m_correct = new QPushButton(tr("Correct intent…"), this);
    m_correct->setObjectName(QStringLiteral("correctButton"));
    m_correct->setToolTip(tr("Tell the classifier the right intent and complexity of this prompt"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("composerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addWidget(m_editFurther);
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addWidget(m_correct);
    actions->addWidget(m_status, 1);

    m_rating = new RatingPanel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);
    layout->addWidget(m_rating);

    connect(m_accept, &QPushButton::clicked, this, &ComposerResultView::acceptRequested);
    connect(m_save, &QPushButton::clicked, this, &ComposerResultView::saveRequested);
    connect(m_correct, &QPushButton::clicked, this, &ComposerResultView::correctRequested);
    connect(m_copy, &QPushButton::clicked, this, &ComposerResultView::copy);
    connect(m_editFurther, &QPushButton::clicked, this, [this] { setEditing(!isEditing()); });

    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({250, 430, 280}); // the enhanced prompt is the longest
    showResult(std::nullopt);
}

ComposerResultView::~ComposerResultView()
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

void ComposerResultView::showResult(const std::optional<ComposerResult>& result)
{
    m_result = result;
    setEditing(false);
    for (QPushButton* button : {m_accept, m_editFurther, m_copy, m_save, m_correct})
        button->setEnabled(m_result.has_value());
    m_status->clear();
    m_rating->setPromptId(m_result ? m_result->recorded.enhancedId : QString());
    if (!m_result) {
        m_original->clear();
        m_enhanced->clear();
        m_editor->clear();
        m_improvements->clear();
        m_enhancedCaption->setText(tr("Enhanced"));
        return;
    }
    m_original->setPlainText(m_result->enhancement.original);
    m_editor->setPlainText(m_result->text);
    m_improvements->setHtml(improvementsHtml(m_result->enhancement));
    showDiff();
}

QString ComposerResultView::currentText() const
{
    return m_result ? m_editor->toPlainText() : QString();
}

bool ComposerResultView::isEditing() const
{
    return m_enhancedStack->currentWidget() == m_editor;
}

void ComposerResultView::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ComposerResultView::setEditing(bool editing)
{
    m_enhancedStack->setCurrentWidget(editing ? static_cast<QWidget*>(m_editor) : m_enhanced);
    m_editFurther->setText(editing ? tr("Show changes") : tr("Edit further"));
    m_editFurther->setToolTip(editing ? tr("Show the edited prompt with its changes against the original")
                                      : tr("Edit the enhanced prompt in place"));
    if (editing) {
        m_editor->setFocus();
    } else if (m_result) {
        showDiff();
    }
}

void ComposerResultView::showDiff()
{
    const QString text = currentText();
    const bool edited = text != m_result->enhancement.enhanced;
    m_enhancedCaption->setText(edited ? tr("Enhanced, edited by you: additions highlighted")
                                      : tr("Enhanced: additions highlighted"));
    m_enhanced->setHtml(WordDiff::toHtml(WordDiff::diff(m_result->enhancement.original, text)));
}

void ComposerResultView::copy()
{
    QGuiApplication::clipboard()->setText(currentText());
    m_status->setText(tr("Copied the enhanced prompt to the clipboard."));
    emit copied(currentText());
}

QString ComposerResultView::improvementsHtml(const Enhancement& e)
{
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Intent <b>%1</b> (%2) · complexity <b>%3/5</b> · persona <b>%4</b> · "
                               "laid out for <b>%5</b>")
                                .arg(e.intent.toHtmlEscaped(), percent(e.confidence))
                                .arg(e.complexity)
                                .arg(e.persona.toHtmlEscaped(), e.modelFamily.toHtmlEscaped()));
    // Rich text indents lists by 40 px per level: half of that is plenty in a narrow column.
    const QString list = QStringLiteral("<ul style=\"margin-left: -20px; -qt-list-indent: 1;\">");
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Techniques")) + list;
    for (const AppliedTechnique& t : e.techniques)
        html +=
            QStringLiteral("<li>%1</li>")
                .arg(tr("<b>%1</b> (%2): %3")
                         .arg(t.name.toHtmlEscaped(), t.section.toHtmlEscaped(), t.reason.toHtmlEscaped()));
    html += QStringLiteral("</ul><p><b>%1</b></p>").arg(tr("Improvements")) + list;
    for (const QString& improvement : e.improvements)
        html += QStringLiteral("<li>%1</li>").arg(improvement.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace athanor
