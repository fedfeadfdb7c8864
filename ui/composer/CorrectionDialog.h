#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace athanor {

// "Correct…" in the Composer: the right intent and complexity of the prompt on show, which the
// classifier learns from (ClassifierRepository).
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectionDialog(const QList<Intent>& intents, const QString& detectedIntent, int detectedComplexity,
                     QWidget* parent = nullptr);
    QString intent() const;
    int complexity() const;

private:
    QComboBox* m_intent;
    QSpinBox* m_complexity;
};

} // namespace athanor
