#include "ImportResultDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace athanor {

namespace {

QLabel* countLabel(int value, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("%L1").arg(value), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportResultDialog::ImportResultDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent), m_report(report)
{
    setObjectName(QStringLiteral("importResultDialog"));
    setWindowTitle(tr("Import Results"));
    auto* layout = new QVBoxLayout(this);

    QString heading = tr("Import finished");
    if (report.stopped)
        heading = tr("Import stopped: %1. The files imported before it stay in the library.")
                      .arg(report.stopped->what);
    else if (report.cancelled)
        heading = tr("Import cancelled: the files imported before it stay in the library");
    else if (!report.failed.isEmpty())
        heading = tr("Import finished, but some files could not be imported");
    auto* title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("importResultHeading"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    if (report.stopped && !report.stopped->hint.isEmpty()) {
        QString text = report.stopped->hint + QLatin1Char('.');
        text[0] = text.at(0).toUpper(); // hints are written to follow "hint: " in the CLI
        auto* hint = new QLabel(text, this);
        hint->setObjectName(QStringLiteral("importStoppedHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }

    auto* counts = new QFormLayout;
    counts->addRow(tr("Prompts imported:"), countLabel(report.imported, QStringLiteral("importedCount"), this));
    counts->addRow(tr("Duplicates skipped:"), countLabel(report.duplicates, QStringLiteral("duplicateCount"), this));
    counts->addRow(tr("Files imported:"), countLabel(report.files, QStringLiteral("fileCount"), this));
    counts->addRow(tr("Files not imported:"), countLabel(int(report.failed.size()), QStringLiteral("failedCount"), this));
    if (report.stopped)
        counts->addRow(tr("Files not tried:"), countLabel(report.notTried, QStringLiteral("notTriedCount"), this));
    layout->addLayout(counts);

    if (report.failed.isEmpty()) {
        resize(420, sizeHint().height());
    } else {
        auto* explain = new QLabel(tr("Nothing of these files was imported:"), this);
        layout->addWidget(explain);
        addFailures();
        layout->addWidget(m_failures, 1);
        resize(760, 420);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    copy->setToolTip(tr("Copy the counts and one “file:line: reason” line per failure"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    close->setFocus(); // Enter closes; the table would otherwise show a focused first cell
    layout->addWidget(buttons);
}

void ImportResultDialog::addFailures()
{
    m_failures = new QTableWidget(int(m_report.failed.size()), 3, this);
    m_failures->setObjectName(QStringLiteral("failureTable"));
    m_failures->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failures->setWordWrap(false);
    m_failures->verticalHeader()->hide();
    m_failures->verticalHeader()->setDefaultSectionSize(m_failures->fontMetrics().height() + 8);
    m_failures->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_report.failed.size(); ++row) {
        const ImportFailure& failure = m_report.failed.at(row);
        auto* file = new QTableWidgetItem(QFileInfo(failure.file).fileName());
        file->setToolTip(failure.file);
        auto* line = new QTableWidgetItem(failure.line > 0 ? QString::number(failure.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* reason = new QTableWidgetItem(failure.reason);
        reason->setToolTip(failure.reason);
        m_failures->setItem(row, 0, file);
        m_failures->setItem(row, 1, line);
        m_failures->setItem(row, 2, reason);
    }
    m_failures->resizeColumnsToContents();
    m_failures->setColumnWidth(0, std::min(m_failures->columnWidth(0), 280));
}

QString ImportResultDialog::reportText() const
{
    QStringList lines{tr("Prompts imported: %L1").arg(m_report.imported),
                      tr("Duplicates skipped: %L1").arg(m_report.duplicates),
                      tr("Files imported: %L1").arg(m_report.files),
                      tr("Files not imported: %L1").arg(m_report.failed.size())};
    if (m_report.stopped)
        lines << tr("The import stopped: %1 (%2).").arg(m_report.stopped->what, m_report.stopped->where);
    else if (m_report.cancelled)
        lines << tr("The import was cancelled.");
    for (const ImportFailure& failure : m_report.failed)
        lines << (failure.line > 0 ? QStringLiteral("%1:%2: %3").arg(failure.file).arg(failure.line).arg(failure.reason)
                                   : QStringLiteral("%1: %2").arg(failure.file, failure.reason));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace athanor
