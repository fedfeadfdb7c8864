#include "TechniqueEditorDialog.h"

#include "core/catalog/CatalogLint.h"
#include "core/catalog/TemplateRenderer.h"
#include "models/TechniqueTreeModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace athanor {

namespace {

enum VariableColumn { NameCol, TypeCol, RequiredCol, DescriptionCol, DefaultCol, VariableColumns };

QPlainTextEdit* textEdit(const QString& objectName, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    return result;
}

} // namespace

TechniqueEditorDialog::TechniqueEditorDialog(const Technique& technique, const Catalog& catalog, bool isNew,
                                             QWidget* parent)
    : QDialog(parent), m_original(technique), m_catalog(catalog)
{
    setWindowTitle(isNew ? tr("New Technique") : tr("Edit Technique"));
    auto* form = new QFormLayout;
    m_code = new QLineEdit(technique.code, this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setReadOnly(!isNew);
    m_code->setPlaceholderText(tr("lower_case_code"));
    m_name = new QLineEdit(technique.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const QString& category : CatalogLint::categories())
        m_category->addItem(TechniqueTreeModel::categoryTitle(category), category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(technique.category)));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    for (const QString& section : CatalogLint::sections()) {
        m_role->addItem(section, section);
        m_section->addItem(section, section);
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(technique.role)));
    m_section->setCurrentIndex(std::max(0, m_section->findData(technique.apply.section)));
    m_complexity = new QSpinBox(this);
    m_complexity->setObjectName(QStringLiteral("complexitySpin"));
    m_complexity->setRange(1, 5);
    m_complexity->setValue(technique.complexity);
    m_effectiveness = new QDoubleSpinBox(this);
    m_effectiveness->setObjectName(QStringLiteral("effectivenessSpin"));
    m_effectiveness->setRange(0.0, 1.0);
    m_effectiveness->setSingleStep(0.05);
    m_effectiveness->setValue(technique.baseEffectiveness);
    m_description = textEdit(QStringLiteral("descriptionEdit"), 3, this);
    m_description->setPlainText(technique.description);
    m_whenToUse = textEdit(QStringLiteral("whenToUseEdit"), 3, this);
    m_whenToUse->setPlainText(technique.whenToUse.join(QLatin1Char('\n')));
    m_whenToUse->setPlaceholderText(tr("One situation per line"));
    m_whenNotToUse = textEdit(QStringLiteral("whenNotToUseEdit"), 2, this);
    m_whenNotToUse->setPlainText(technique.whenNotToUse.join(QLatin1Char('\n')));
    m_whenNotToUse->setPlaceholderText(tr("One situation per line"));
    m_instruction = textEdit(QStringLiteral("instructionEdit"), 2, this);
    m_instruction->setPlainText(technique.apply.instruction);
    m_instruction->setPlaceholderText(tr("The sentence the enhancer adds to a prompt to apply this technique"));
    m_template = textEdit(QStringLiteral("templateEdit"), 6, this);
    m_template->setPlainText(technique.patterns.isEmpty() ? QString() : technique.patterns.first().templateText);
    m_template->setPlaceholderText(tr("The template, with {{variables}}"));

    m_variables = new QTableWidget(0, VariableColumns, this);
    m_variables->setObjectName(QStringLiteral("variablesTable"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Type"), tr("Required"), tr("Description"), tr("Default")});
    m_variables->horizontalHeader()->setSectionResizeMode(DescriptionCol, QHeaderView::Stretch);
    m_variables->verticalHeader()->hide();
    m_variables->setFixedHeight(120);
    setVariables(technique.patterns.isEmpty() ? QList<TemplateVariable>() : technique.patterns.first().variables);
    auto* declare = new QPushButton(tr("Declare Used Variables"), this);
    declare->setObjectName(QStringLiteral("declareButton"));
    declare->setToolTip(tr("Adds a row for every {{variable}} the template uses but does not declare yet."));
    connect(declare, &QPushButton::clicked, this, &TechniqueEditorDialog::declareUsedVariables);

    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_category);
    kind->addWidget(new QLabel(tr("Role"), this));
    kind->addWidget(m_role);
    kind->addWidget(new QLabel(tr("Complexity"), this));
    kind->addWidget(m_complexity);
    kind->addWidget(new QLabel(tr("Base effectiveness"), this));
    kind->addWidget(m_effectiveness);
    form->addRow(tr("Category"), kind);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("When to use"), m_whenToUse);
    form->addRow(tr("When not to use"), m_whenNotToUse);
    auto* apply = new QHBoxLayout;
    apply->addWidget(m_section);
    apply->addWidget(m_instruction, 1);
    form->addRow(tr("Applied in section"), apply);
    form->addRow(tr("Template"), m_template);
    auto* variables = new QVBoxLayout;
    variables->addWidget(m_variables);
    variables->addWidget(declare, 0, Qt::AlignLeft);
    form->addRow(tr("Variables"), variables);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("editorErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errors->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    resize(760, 720);
}

void TechniqueEditorDialog::setVariables(const QList<TemplateVariable>& variables)
{
    m_variables->setRowCount(0);
    for (const TemplateVariable& v : variables) {
        const int row = m_variables->rowCount();
        m_variables->insertRow(row);
        m_variables->setItem(row, NameCol, new QTableWidgetItem(v.name));
        auto* type = new QComboBox(m_variables);
        for (auto t : {TemplateVariable::Type::Text, TemplateVariable::Type::String, TemplateVariable::Type::Integer,
                       TemplateVariable::Type::Number, TemplateVariable::Type::Boolean, TemplateVariable::Type::List})
            type->addItem(TemplateVariable::typeName(t));
        type->setCurrentText(TemplateVariable::typeName(v.type));
        m_variables->setCellWidget(row, TypeCol, type);
        auto* required = new QTableWidgetItem;
        required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        required->setCheckState(v.required ? Qt::Checked : Qt::Unchecked);
        m_variables->setItem(row, RequiredCol, required);
        m_variables->setItem(row, DescriptionCol, new QTableWidgetItem(v.description));
        m_variables->setItem(row, DefaultCol, new QTableWidgetItem(v.hasDefault ? v.defaultValue : QString()));
    }
}

QList<TemplateVariable> TechniqueEditorDialog::variables() const
{
    QList<TemplateVariable> result;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        TemplateVariable v;
        v.name = m_variables->item(row, NameCol) ? m_variables->item(row, NameCol)->text().trimmed() : QString();
        if (v.name.isEmpty())
            continue;
        if (auto* type = qobject_cast<QComboBox*>(m_variables->cellWidget(row, TypeCol)))
            TemplateVariable::typeFromName(type->currentText(), &v.type);
        v.required = m_variables->item(row, RequiredCol)->checkState() == Qt::Checked;
        v.description = m_variables->item(row, DescriptionCol) ? m_variables->item(row, DescriptionCol)->text() : QString();
        const QString def = m_variables->item(row, DefaultCol) ? m_variables->item(row, DefaultCol)->text() : QString();
        v.hasDefault = !def.isEmpty();
        v.defaultValue = def;
        result << v;
    }
    return result;
}

void TechniqueEditorDialog::declareUsedVariables()
{
    QList<TemplateVariable> current = variables();
    QStringList declared;
    for (const TemplateVariable& v : current)
        declared << v.name;
    for (const QString& name : TemplateRenderer::placeholders(m_template->toPlainText())) {
        if (declared.contains(name))
            continue;
        TemplateVariable v;
        v.name = name;
        v.description = tr("Describe %1").arg(name);
        current << v;
    }
    setVariables(current);
}

Technique TechniqueEditorDialog::technique() const
{
    Technique t = m_original;
    t.code = m_code->text().trimmed();
    t.name = m_name->text().trimmed();
    t.category = m_category->currentData().toString();
    t.role = m_role->currentData().toString();
    t.complexity = m_complexity->value();
    t.baseEffectiveness = m_effectiveness->value();
    t.description = m_description->toPlainText().trimmed();
    t.whenToUse = lines(m_whenToUse);
    t.whenNotToUse = lines(m_whenNotToUse);
    t.apply.section = m_section->currentData().toString();
    t.apply.instruction = m_instruction->toPlainText().trimmed();
    TechniquePattern pattern = t.patterns.isEmpty() ? TechniquePattern{tr("Main"), {}, {}, {}} : t.patterns.first();
    pattern.templateText = m_template->toPlainText();
    pattern.variables = variables();
    if (t.patterns.isEmpty())
        t.patterns << pattern;
    else
        t.patterns.first() = pattern;
    t.userDefined = true;
    return t;
}

void TechniqueEditorDialog::accept()
{
    const Technique t = technique();
    m_problems = CatalogLint::checkTechnique(t, m_catalog);
    if (m_code->isReadOnly() == false && m_catalog.technique(t.code))
        m_problems.prepend(tr("the code '%1' is taken").arg(t.code));
    if (!m_problems.isEmpty()) {
        QStringList plain;
        for (const QString& p : m_problems)
            plain << QStringLiteral("• ") + QString(p).remove(QStringLiteral("technique %1: ").arg(t.code));
        m_errors->setText(plain.join(QLatin1Char('\n')));
        m_errors->show();
        return;
    }
    m_errors->hide();
    QDialog::accept();
}

} // namespace athanor
