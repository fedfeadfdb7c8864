#include "TemplatesView.h"

#include "TemplateEditDialog.h"

#include "TemplateForm.h"
#include "core/WordDiff.h"
#include "core/catalog/CatalogLint.h"
#include "core/catalog/TemplateRenderer.h"
#include "models/TemplateListModel.h"
#include "storage/CatalogRepository.h"
#include "storage/TemplateRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace athanor {

namespace {

const char* kSplitterKey = "templatesView/splitter";
const char* kDetailSplitterKey = "templatesView/detailSplitter";
const QString kErrorStyle = QStringLiteral("color: #b00020");

// The renderer's messages are lower-case fragments; the label shows a sentence.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

QString shortDate(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    if (!time.isValid())
        return iso;
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(time.date(), QLocale::ShortFormat),
                                       locale.toString(time.time(), QLocale::ShortFormat));
}

// A date as wide as most, for sizing the versions list.
QString sampleTimestamp()
{
    return QStringLiteral("2000-12-28T22:58:00.000Z");
}

QGroupBox* group(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

// The prompt as far as it can be filled: a variable that is missing or invalid keeps its
// {{placeholder}}, so the preview still follows every keystroke while the error label says what is wrong.
QString partialPreview(const PromptTemplate& t, QMap<QString, QString> values)
{
    QList<TemplateVariable> variables = t.variables;
    for (TemplateVariable& v : variables) {
        const auto found = values.constFind(v.name);
        const bool missing =
            found == values.cend() ? v.required && !v.hasDefault : v.required && found->trimmed().isEmpty();
        const bool invalid =
            found != values.cend() && !missing && !TemplateRenderer::formatValue(v, *found).ok();
        if (missing || invalid) {
            v.type = TemplateVariable::Type::Text;
            values.insert(v.name, QStringLiteral("{{%1}}").arg(v.name));
        }
    }
    auto rendered = TemplateRenderer::render(t.text, variables, values);
    return rendered ? *rendered : t.text;
}

// Changes can sit far down a long template: show the first one rather than the top.
void scrollToFirstChange(QTextBrowser* browser)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.fontStrikeOut() || format.background().style() != Qt::NoBrush) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(it.fragment().position());
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                return;
            }
        }
    }
}

} // namespace

TemplatesView::TemplatesView(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_model(new TemplateListModel(this)),
      m_intentProxy(new QSortFilterProxyModel(this)), m_searchProxy(new QSortFilterProxyModel(this))
{
    // Two stacked proxies: one keeps the chosen intent's templates, the other matches the search
    // text and sorts.
    m_intentProxy->setSourceModel(m_model);
    m_intentProxy->setFilterRole(TemplateListModel::IntentsRole);
    m_searchProxy->setSourceModel(m_intentProxy);
    m_searchProxy->setFilterRole(TemplateListModel::SearchTextRole);
    m_searchProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_searchProxy->setSortRole(TemplateListModel::SortRole);
    m_searchProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_searchProxy->setSortLocaleAware(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("templatesSplitter"));
    m_splitter->addWidget(createList());
    m_splitter->addWidget(createDetail());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_search, &QLineEdit::textChanged, this, &TemplatesView::applyFilters);
    connect(m_intentFilter, &QComboBox::currentIndexChanged, this, &TemplatesView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TemplatesView::showCurrent);
    connect(m_form, &TemplateForm::changed, this, &TemplatesView::renderPreview);
    connect(m_versionList, &QListWidget::currentRowChanged, this, &TemplatesView::showDiff);
    connect(m_copy, &QPushButton::clicked, this, &TemplatesView::copyPrompt);
    connect(m_edit, &QPushButton::clicked, this, &TemplatesView::editTemplate);
    connect(m_restore, &QPushButton::clicked, this, &TemplatesView::restoreVersion);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_current)
            emit useTemplate(*m_current, m_form->values());
    });

    // Without a saved layout the list gets about two fifths: enough for every column.
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes(
            {fontMetrics().averageCharWidth() * 70, fontMetrics().averageCharWidth() * 80});
    reload();
}

TemplatesView::~TemplatesView()
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
    if (auto* detailSplitter = findChild<QSplitter*>(QStringLiteral("templateDetailSplitter")))
        QSettings().setValue(kDetailSplitterKey, detailSplitter->saveState());
}

QWidget* TemplatesView::createList()
{
    auto* list = new QWidget(this);
    auto* layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search templates"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search templates"));
    m_intentFilter = new QComboBox(list);
    m_intentFilter->setObjectName(QStringLiteral("templateIntentFilter"));
    m_intentFilter->setAccessibleName(tr("Intent filter"));
    m_intentFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_intentFilter);
    layout->addLayout(filters);

    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("templateTable"));
    m_table->setAccessibleName(tr("Templates"));
    m_table->setModel(m_searchProxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TemplateListModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    // Names get the room; intent paths elide; the short numbers keep narrow fixed columns.
    header->setSectionResizeMode(TemplateListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TemplateListModel::IntentColumn, QHeaderView::Interactive);
    header->resizeSection(TemplateListModel::IntentColumn, fontMetrics().averageCharWidth() * 13);
    for (int column : {int(TemplateListModel::QualityColumn), int(TemplateListModel::UsesColumn),
                       int(TemplateListModel::VersionColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(fontMetrics().horizontalAdvance(title),
                                               fontMetrics().horizontalAdvance(QStringLiteral("0.00"))) + 18);
    }
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table, 1);
    return list;
}

QWidget* TemplatesView::createDetail()
{
    m_detail = new QWidget(this);
    auto* layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(0, 0, 0, 0);

    m_name = new QLabel(m_detail);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setTextFormat(Qt::PlainText);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    m_description = new QLabel(m_detail);
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    layout->addWidget(m_description);

    auto* splitter = new QSplitter(Qt::Vertical, m_detail);
    splitter->setObjectName(QStringLiteral("templateDetailSplitter"));
    splitter->setChildrenCollapsible(false);

    // Variables: the generated form, scrolling when a template has many.
    auto* variables = group(tr("Variables"), splitter);
    auto* variablesLayout = new QVBoxLayout(variables);
    auto* scroll = new QScrollArea(variables);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* formHolder = new QWidget(scroll);
    auto* formHolderLayout = new QVBoxLayout(formHolder);
    formHolderLayout->setContentsMargins(0, 0, 4, 0);
    m_form = new TemplateForm(formHolder);
    m_form->setObjectName(QStringLiteral("templateForm"));
    m_noVariables = new QLabel(tr("This template has no variables."), formHolder);
    m_noVariables->hide();
    formHolderLayout->addWidget(m_form);
    formHolderLayout->addWidget(m_noVariables);
    formHolderLayout->addStretch(1);
    scroll->setWidget(formHolder);
    variablesLayout->addWidget(scroll);

    // Preview: re-rendered on every change, with what is missing said in words.
    auto* preview = group(tr("Preview"), splitter);
    auto* previewLayout = new QVBoxLayout(preview);
    m_preview = new QPlainTextEdit(preview);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Prompt preview"));
    m_preview->setReadOnly(true);
    m_error = new QLabel(preview);
    m_error->setObjectName(QStringLiteral("templateError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();
    auto* actions = new QHBoxLayout;
    m_copy = new QPushButton(tr("Copy prompt"), preview);
    m_copy->setObjectName(QStringLiteral("templateCopy"));
    m_copy->setToolTip(tr("Copy the filled-in prompt to the clipboard"));
    m_use = new QPushButton(tr("Use in Composer"), preview);
    m_use->setObjectName(QStringLiteral("templateUse"));
    m_edit = new QPushButton(tr("Edit template…"), preview);
    m_edit->setObjectName(QStringLiteral("templateEdit"));
    m_edit->setToolTip(tr("Save a changed text as a new version; the old versions stay in the history"));
    actions->addWidget(m_copy);
    actions->addWidget(m_use);
    actions->addStretch(1);
    actions->addWidget(m_edit);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_error);
    previewLayout->addLayout(actions);

    // History: every version, newest first, each compared word by word with the current text.
    auto* history = group(tr("History"), splitter);
    // The caption spans the whole group: in the narrow diff column it would be clipped.
    auto* historyOuter = new QVBoxLayout(history);
    auto* historyLayout = new QHBoxLayout;
    m_versionList = new QListWidget(history);
    m_versionList->setObjectName(QStringLiteral("templateVersions"));
    m_versionList->setAccessibleName(tr("Versions"));
    const QString widest =
        tr("v%1 · %2 · %3").arg(99).arg(tr("official"), shortDate(sampleTimestamp())) + tr(" (current)");
    m_versionList->setFixedWidth(m_versionList->fontMetrics().horizontalAdvance(widest) +
                                 4 * m_versionList->frameWidth() +
                                 m_versionList->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 12);
    auto* diffColumn = new QVBoxLayout;
    m_diffCaption = new QLabel(history);
    m_diffCaption->setObjectName(QStringLiteral("templateDiffCaption"));
    m_diffCaption->setWordWrap(true);
    m_diff = new QTextBrowser(history);
    m_diff->setObjectName(QStringLiteral("templateDiff"));
    m_diff->setAccessibleName(tr("Changes against the current version"));
    m_diff->setOpenLinks(false);
    m_restore = new QPushButton(tr("Restore this version"), history);
    m_restore->setObjectName(QStringLiteral("templateRestore"));
    m_restore->setToolTip(tr("Copy this version's text into a new current version"));
    m_restore->setEnabled(false);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);
    historyOuter->addWidget(m_diffCaption);
    historyOuter->addLayout(historyLayout, 1);
    diffColumn->addWidget(m_diff, 1);
    diffColumn->addLayout(restoreRow);
    historyLayout->addWidget(m_versionList);
    historyLayout->addLayout(diffColumn, 1);

    splitter->addWidget(variables);
    splitter->addWidget(preview);
    splitter->addWidget(history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    if (!splitter->restoreState(QSettings().value(kDetailSplitterKey).toByteArray())) {
        const int line = fontMetrics().lineSpacing();
        splitter->setSizes({14 * line, 14 * line, 9 * line});
    }
    layout->addWidget(splitter, 1);
    return m_detail;
}

void TemplatesView::reload()
{
    auto catalog = CatalogRepository(m_database).load();
    if (!catalog) {
        showError(tr("The templates could not be read: %1").arg(catalog.error().message()));
        return;
    }
    const QString family = currentFamilyId();

    {
        // The reset must not count as choosing nothing: the chosen template and its values stay.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setTemplates(catalog->templates);
    }

    const QString intent = m_intentFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_intentFilter);
        m_intentFilter->clear();
        m_intentFilter->addItem(tr("All intents"), QString());
        for (const Intent& i : catalog->intents)
            if (i.level() == 1)
                m_intentFilter->addItem(i.name, i.path);
        m_intentFilter->setCurrentIndex(std::max(0, m_intentFilter->findData(intent)));
    }
    applyFilters();

    if (selectTemplate(family))
        return;
    if (m_searchProxy->rowCount() > 0)
        m_table->setCurrentIndex(m_searchProxy->index(0, 0));
    else
        showCurrent();
}

bool TemplatesView::selectTemplate(const QString& familyId)
{
    const QModelIndex source = m_model->index(m_model->rowOfFamily(familyId), 0);
    const QModelIndex index = m_searchProxy->mapFromSource(m_intentProxy->mapFromSource(source));
    if (!index.isValid())
        return false;
    if (m_table->currentIndex().siblingAtColumn(0) == index)
        showCurrent(); // the same row: no signal, but its content may be new
    else
        m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QString TemplatesView::currentFamilyId() const
{
    return m_current ? m_current->familyId : QString();
}

void TemplatesView::applyFilters()
{
    const QString intent = m_intentFilter->currentData().toString();
    // IntentsRole holds space-separated paths; a top-level intent matches itself and its descendants.
    m_intentProxy->setFilterRegularExpression(
        intent.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QStringLiteral("(^| )%1(\\.| |$)").arg(QRegularExpression::escape(intent))));
    m_searchProxy->setFilterFixedString(m_search->text().trimmed());
}

void TemplatesView::showCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    const QModelIndex source = m_intentProxy->mapToSource(m_searchProxy->mapToSource(index));
    if (!source.isValid()) {
        m_current.reset();
        m_versions.clear();
        m_detail->setEnabled(false);
        m_name->setText(m_model->rowCount() == 0 ? tr("No templates yet") : tr("Choose a template"));
        m_description->clear();
        m_form->setVariables({});
        m_noVariables->hide();
        m_preview->clear();
        m_error->hide();
        m_versionList->clear();
        m_diff->clear();
        m_diffCaption->clear();
        return;
    }
    const PromptTemplate& chosen = m_model->promptTemplate(source.row());
    // Values typed for this template survive a reload (after an edit, say); another template starts fresh.
    const QMap<QString, QString> kept =
        m_current && m_current->familyId == chosen.familyId ? m_form->values() : QMap<QString, QString>();
    m_current = chosen;
    m_detail->setEnabled(true);
    m_name->setText(chosen.name);
    m_description->setText(chosen.description);
    {
        const QSignalBlocker blocker(m_form);
        m_form->setVariables(chosen.variables);
        m_form->setValues(kept);
    }
    m_noVariables->setVisible(chosen.variables.isEmpty());
    renderPreview();
    loadHistory();
}

void TemplatesView::renderPreview()
{
    if (!m_current)
        return;
    auto rendered = TemplateRenderer::render(m_current->text, m_current->variables, m_form->values());
    if (rendered) {
        m_preview->setPlainText(*rendered);
        m_error->hide();
    } else {
        m_preview->setPlainText(partialPreview(*m_current, m_form->values()));
        m_error->setText(sentence(rendered.error().what));
        m_error->show();
    }
    m_copy->setEnabled(rendered.ok());
}

void TemplatesView::loadHistory()
{
    const QSignalBlocker blocker(m_versionList);
    m_versionList->clear();
    m_versions.clear();
    auto versions = TemplateRepository(m_database).versions(m_current->familyId);
    if (!versions) {
        m_diff->clear();
        m_diffCaption->setText(tr("The history could not be read: %1").arg(versions.error().message()));
        return;
    }
    m_versions = *versions;
    for (qsizetype i = m_versions.size() - 1; i >= 0; --i) {
        const PromptTemplate& v = m_versions.at(i);
        QString text = tr("v%1 · %2 · %3")
                           .arg(v.version)
                           .arg(v.official ? tr("official") : tr("edited"), shortDate(v.createdAt));
        if (v.id == m_current->id)
            text += tr(" (current)");
        auto* item = new QListWidgetItem(text, m_versionList);
        item->setData(Qt::UserRole, v.version);
    }
    m_restore->setEnabled(false);
    m_diff->clear();
    m_diffCaption->setText(m_versions.size() > 1
                               ? tr("Choose a version to see how the current text differs from it.")
                               : tr("This is the only version. Editing the template adds a new one; "
                                    "this one stays here."));
}

void TemplatesView::setComposerAvailable(bool available)
{
    m_use->setEnabled(available);
    m_use->setToolTip(available ? tr("Open the filled template in the Composer")
                                : tr("There is no Composer in this window to hand the template to."));
}

void TemplatesView::showDiff()
{
    QListWidgetItem* item = m_versionList->currentItem();
    if (!m_current || !item) {
        m_restore->setEnabled(false);
        return;
    }
    const int version = item->data(Qt::UserRole).toInt();
    const auto found = std::find_if(m_versions.cbegin(), m_versions.cend(),
                                    [version](const PromptTemplate& v) { return v.version == version; });
    if (found == m_versions.cend())
        return;
    const bool isCurrent = found->id == m_current->id;
    m_restore->setEnabled(!isCurrent);
    if (isCurrent) {
        m_diff->clear();
        m_diffCaption->setText(tr("This is the current version."));
        return;
    }
    m_diffCaption->setText(
        tr("From v%1 to the current v%2: <span style=\"background-color: #c6efce;\">added</span>, "
           "<span style=\"color: #b00020; text-decoration: line-through;\">removed</span>.")
            .arg(found->version)
            .arg(m_current->version));
    m_diff->setHtml(WordDiff::toHtml(WordDiff::diff(found->text, m_current->text)));
    scrollToFirstChange(m_diff);
}

void TemplatesView::editTemplate()
{
    if (!m_current)
        return;
    TemplateEditDialog dialog(*m_current, m_database, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TemplatesView::restoreVersion()
{
    QListWidgetItem* item = m_versionList->currentItem();
    if (!m_current || !item)
        return;
    auto restored =
        TemplateRepository(m_database).restore(m_current->familyId, item->data(Qt::UserRole).toInt());
    if (!restored) {
        QMessageBox::warning(this, tr("Cannot restore"), restored.error().message());
        return;
    }
    reload();
}

void TemplatesView::copyPrompt()
{
    QGuiApplication::clipboard()->setText(m_preview->toPlainText());
}

void TemplatesView::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace athanor
