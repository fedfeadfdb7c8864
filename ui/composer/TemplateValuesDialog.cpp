#include "TemplateValuesDialog.h"

#include "core/catalog/TemplateRenderer.h"
#include "ui/techniques/TemplateForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace athanor {

TemplateValuesDialog::TemplateValuesDialog(const PromptTemplate& t, const QMap<QString, QString>& values,
                                           QWidget* parent)
    : QDialog(parent), m_template(t)
{
    setObjectName(QStringLiteral("templateValuesDialog"));
    setWindowTitle(tr("Use template: %1").arg(t.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("“%1” needs a few more values before it can go into the Composer. "
                                "Fields marked * are required.")
                                 .arg(t.name),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new TemplateForm(scroll);
    m_form->setObjectName(QStringLiteral("templateValuesForm"));
    m_form->setVariables(t.variables);
    m_form->setValues(values);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("templateValuesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use in Composer"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &TemplateForm::changed, this, &TemplateValuesDialog::render);
    resize(560, std::min(640, 200 + 70 * int(t.variables.size())));
    render();
}

void TemplateValuesDialog::render()
{
    auto rendered = TemplateRenderer::render(m_template.text, m_template.variables, m_form->values());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(rendered.ok());
    if (rendered) {
        m_rendered = *rendered;
        m_problem->hide();
        return;
    }
    QString what = rendered.error().what;
    if (!what.isEmpty())
        what[0] = what.at(0).toUpper();
    m_problem->setText(what);
    m_problem->show();
}

} // namespace athanor
