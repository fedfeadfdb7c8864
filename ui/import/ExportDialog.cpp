#include "ExportDialog.h"

#include "storage/PromptExporter.h"
#include "ui/composer/AsyncTask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace athanor {

namespace {

const char* kLastPathKey = "export/lastPath";

QString suffixOf(const QString& format)
{
    return format == QLatin1String("markdown") ? QStringLiteral("md") : format;
}

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<Database> database, const QStringList& ids, QWidget* parent)
    : QDialog(parent), m_database(std::move(database)), m_ids(ids)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(ids.isEmpty() ? tr("Export All Prompts") : tr("Export Selected Prompts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(ids.isEmpty() ? tr("Every prompt in the library is exported.")
                                           : tr("Selected prompts to export: %L1").arg(ids.size()),
                             this);
    intro->setObjectName(QStringLiteral("exportScope"));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("JSON: everything, imports back as it was"), QStringLiteral("json"));
    m_format->addItem(tr("JSON Lines: one prompt per line"), QStringLiteral("jsonl"));
    m_format->addItem(tr("CSV: prompt, title, tags, model, temperature"), QStringLiteral("csv"));
    m_format->addItem(tr("Markdown: for reading"), QStringLiteral("markdown"));
    form->addRow(tr("&Format:"), m_format);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path); // a row of a layout gets no buddy by itself
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    layout->addWidget(m_buttons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QSettings().value(kLastPathKey, QDir(documents).filePath(QStringLiteral("prompts.json"))).toString());
    setFormat(QFileInfo(m_path->text()).suffix() == QLatin1String("md") ? QStringLiteral("markdown")
                                                                       : QFileInfo(m_path->text()).suffix());

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog* ExportDialog::exportPrompts(QWidget* parent, std::shared_ptr<Database> database, const QStringList& ids)
{
    auto* dialog = new ExportDialog(std::move(database), ids, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString& format)
{
    const int index = m_format->findData(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::formatChanged()
{
    // The file name follows the format unless the user gave it a suffix of their own.
    const QFileInfo info(path());
    QStringList known;
    for (const QString& f : PromptExporter::formats())
        known << suffixOf(f);
    if (path().isEmpty() || (!info.suffix().isEmpty() && !known.contains(info.suffix())))
        return;
    const QString base = info.suffix().isEmpty() ? path() : path().chopped(info.suffix().size() + 1);
    m_path->setText(base + QLatin1Char('.') + suffixOf(format()));
}

void ExportDialog::browse()
{
    const QString suffix = suffixOf(format());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Prompts To"), path(),
                                                        tr("%1 files (*.%2)").arg(m_format->currentText().section(QLatin1Char(':'), 0, 0), suffix));
    if (!chosen.isEmpty())
        m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + QLatin1Char('.') + suffix : chosen);
}

void ExportDialog::startExport()
{
    if (m_exporting)
        return;
    const QString target = path();
    if (target.isEmpty() || QFileInfo(target).isDir()) {
        showProblem(tr("Choose a file to export to."));
        return;
    }
    setExporting(true);
    runAsync(
        this,
        [database = m_database, target, format = format(), ids = m_ids] {
            return PromptExporter(database).exportTo(target, format, {}, ids);
        },
        [this, target](const Result<int>& result) {
            setExporting(false);
            if (!result) {
                const Error& e = result.error();
                showProblem(tr("The prompts could not be exported: %1").arg(e.where.isEmpty() ? e.what : e.message()));
                emit exportFailed(e.message());
                return;
            }
            QSettings().setValue(kLastPathKey, target);
            emit exported(target, *result);
            accept();
        });
}

void ExportDialog::reject()
{
    if (!m_exporting)
        QDialog::reject();
}

void ExportDialog::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_format->setEnabled(!exporting);
    m_path->setEnabled(!exporting);
    m_browse->setEnabled(!exporting);
    m_buttons->setEnabled(!exporting);
    if (exporting)
        showProblem(tr("Exporting…"));
}

void ExportDialog::showProblem(const QString& text)
{
    // "Exporting…" is news, not a problem: only failures are red.
    m_problem->setStyleSheet(m_exporting ? QString() : QStringLiteral("color: #b00020"));
    m_problem->setText(text);
    m_problem->show();
}

} // namespace athanor
