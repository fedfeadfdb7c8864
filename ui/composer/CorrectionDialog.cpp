#include "CorrectionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace athanor {

CorrectionDialog::CorrectionDialog(const QList<Intent>& intents, const QString& detectedIntent,
                                   int detectedComplexity, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Correct the detected intent"));
    setObjectName(QStringLiteral("correctionDialog"));
    m_intent = new QComboBox(this);
    m_intent->setObjectName(QStringLiteral("correctIntent"));
    for (const Intent& intent : intents)
        m_intent->addItem(QStringLiteral("%1  (%2)").arg(intent.name, intent.path), intent.path);
    m_intent->setCurrentIndex(std::max(0, m_intent->findData(detectedIntent)));
    m_complexity = new QSpinBox(this);
    m_complexity->setObjectName(QStringLiteral("correctComplexity"));
    m_complexity->setRange(1, 5);
    m_complexity->setValue(std::clamp(detectedComplexity, 1, 5));
    auto* note = new QLabel(
        tr("Detected: %1, complexity %2. The classifier learns from your corrections: it is retrained "
           "after every ten, and a new version is kept only if it is not worse.")
            .arg(detectedIntent.isEmpty() ? tr("no intent") : detectedIntent)
            .arg(detectedComplexity),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Intent"), m_intent);
    form->addRow(tr("Complexity"), m_complexity);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString CorrectionDialog::intent() const
{
    return m_intent->currentData().toString();
}

int CorrectionDialog::complexity() const
{
    return m_complexity->value();
}

} // namespace athanor
