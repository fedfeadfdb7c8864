#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;

namespace athanor {

class TemplateForm;

// Asks for the variables a template still needs before the Composer can use it: the template's
// form, pre-filled with the values given so far; OK stays disabled until the template renders.
class TemplateValuesDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateValuesDialog(const PromptTemplate& t, const QMap<QString, QString>& values,
                         QWidget* parent = nullptr);

    // The template filled with the form's values (valid once OK could be pressed).
    QString renderedText() const { return m_rendered; }

private:
    void render();

    PromptTemplate m_template;
    QString m_rendered;
    TemplateForm* m_form = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace athanor
