#include "TemplateEditDialog.h"

#include "core/catalog/CatalogLint.h"
#include "storage/TemplateRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace athanor {

TemplateEditDialog::TemplateEditDialog(PromptTemplate current, std::shared_ptr<Database> database, QWidget* parent)
    : QDialog(parent), m_current(std::move(current)), m_database(std::move(database))
{
    setObjectName(QStringLiteral("templateEditDialog"));
    setWindowTitle(tr("Edit template"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(m_current.name, this);
    m_name->setObjectName(QStringLiteral("editName"));
    m_text = new QPlainTextEdit(m_current.text, this);
    m_text->setObjectName(QStringLiteral("editText"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Text"), m_text);
    layout->addLayout(form, 1);
    QStringList declared;
    for (const TemplateVariable& v : m_current.variables)
        declared << QStringLiteral("{{%1}}").arg(v.name);
    auto* variables = new QLabel(
        declared.isEmpty()
            ? tr("The template declares no variables, so the text cannot use any.")
            : tr("The text must use exactly these variables: %1").arg(declared.join(QStringLiteral(", "))),
        this);
    variables->setWordWrap(true);
    variables->setTextFormat(Qt::PlainText);
    layout->addWidget(variables);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("editProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    resize(640, 480);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateEditDialog::save);
}

void TemplateEditDialog::save()
{
    PromptTemplate edited = m_current;
    edited.name = m_name->text().trimmed();
    edited.text = m_text->toPlainText();
    QStringList found = CatalogLint::checkVariables(edited.text, edited.variables);
    if (edited.name.isEmpty())
        found.prepend(tr("the name is empty"));
    if (edited.text.trimmed().isEmpty())
        found.prepend(tr("the text is empty"));
    if (!found.isEmpty()) {
        m_problems->setText(tr("Not saved: %1.").arg(found.join(QStringLiteral("; "))));
        m_problems->show();
        return;
    }
    auto saved = TemplateRepository(m_database).saveNewVersion(edited);
    if (!saved) {
        m_problems->setText(tr("Not saved: %1").arg(saved.error().message()));
        m_problems->show();
        return;
    }
    accept();
}

} // namespace athanor
