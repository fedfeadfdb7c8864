#include "ImportProgressDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace athanor {

ImportProgressDialog::ImportProgressDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(tr("Importing Prompts"));
    auto* layout = new QVBoxLayout(this);
    m_counts = new QLabel(tr("Looking for prompt files…"), this);
    m_counts->setObjectName(QStringLiteral("importProgressCounts"));
    layout->addWidget(m_counts);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("importProgressFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setMinimumWidth(420);
    layout->addWidget(m_file);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 0);
    layout->addWidget(m_bar);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setToolTip(tr("Stop after the file being read; the files imported so far stay."));
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportProgressDialog::reject);
    layout->addWidget(buttons);
}

void ImportProgressDialog::setProgress(int done, int total, const QString& file)
{
    if (m_cancelled)
        return;
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    m_counts->setText(tr("%L1 of %L2 files done").arg(done).arg(total));
    const QString name = QFileInfo(file).fileName();
    // Elided: a long name must not widen the dialog while it is open.
    m_file->setText(name.isEmpty() ? QString()
                                   : m_file->fontMetrics().elidedText(tr("Reading %1").arg(name), Qt::ElideMiddle,
                                                                      m_file->width()));
    m_file->setToolTip(file);
}

void ImportProgressDialog::reject()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_counts->setText(tr("Cancelling after the current file…"));
    emit cancelRequested();
}

} // namespace athanor
