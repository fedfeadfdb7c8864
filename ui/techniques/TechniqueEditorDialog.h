#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace athanor {

// Creates or edits a user technique. OK checks it against the catalog (CatalogLint) and stays
// open, saying what is wrong, until it passes; saving is the caller's.
class TechniqueEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TechniqueEditorDialog(const Technique& technique, const Catalog& catalog, bool isNew, QWidget* parent = nullptr);

    // The technique as edited.
    Technique technique() const;
    // Problems found on the last OK (empty when it passed).
    QStringList problems() const { return m_problems; }

    // Adds a row for every placeholder the template uses but does not declare.
    void declareUsedVariables();

    void accept() override;

private:
    void setVariables(const QList<TemplateVariable>& variables);
    QList<TemplateVariable> variables() const;

    Technique m_original;
    const Catalog& m_catalog;
    QStringList m_problems;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_role = nullptr;
    QSpinBox* m_complexity = nullptr;
    QDoubleSpinBox* m_effectiveness = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_whenToUse = nullptr;
    QPlainTextEdit* m_whenNotToUse = nullptr;
    QComboBox* m_section = nullptr;
    QPlainTextEdit* m_instruction = nullptr;
    QPlainTextEdit* m_template = nullptr;
    QTableWidget* m_variables = nullptr;
    QLabel* m_errors = nullptr;
};

} // namespace athanor
