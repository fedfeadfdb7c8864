#include "TemplateForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace athanor {

namespace {

using Type = TemplateVariable::Type;

// Spin boxes always hold a number; their minimum stands for "not set" when a variable has no
// default, so that an optional number can stay out of the prompt and a missing required one is named.
constexpr int kIntegerMax = 1000000;
constexpr double kNumberMax = 1e9;

bool isTrue(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    return lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1");
}

} // namespace

TemplateForm::TemplateForm(QWidget* parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void TemplateForm::setVariables(const QList<TemplateVariable>& variables)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_variables = variables;
    for (const TemplateVariable& variable : m_variables) {
        QWidget* editor = createEditor(variable);
        editor->setObjectName(QStringLiteral("var_%1").arg(variable.name));
        editor->setToolTip(variable.description);
        editor->setAccessibleName(variable.name);
        editor->setAccessibleDescription(variable.description);
        auto* label = new QLabel(variable.required ? tr("%1 *").arg(variable.name) : variable.name, this);
        label->setToolTip(variable.required ? tr("%1 (required)").arg(variable.description)
                                            : variable.description);
        label->setBuddy(editor);
        m_layout->addRow(label, editor);
        m_editors << editor;
    }
}

QWidget* TemplateForm::createEditor(const TemplateVariable& variable)
{
    const QString hint = variable.hasDefault && !variable.defaultValue.isEmpty()
                             ? tr("%1 (default: %2)").arg(variable.description, variable.defaultValue)
                             : variable.description;
    switch (variable.type) {
    case Type::Text: {
        auto* edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(hint);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() + 8);
        connect(edit, &QPlainTextEdit::textChanged, this, &TemplateForm::changed);
        return edit;
    }
    case Type::String:
    case Type::List: {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(variable.type == Type::List ? tr("%1 — separate items with commas").arg(hint)
                                                             : hint);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &TemplateForm::changed);
        return edit;
    }
    case Type::Integer: {
        auto* spin = new QSpinBox(this);
        bool ok = false;
        const int initial = variable.defaultValue.trimmed().toInt(&ok);
        if (variable.hasDefault && ok) {
            spin->setRange(std::min(0, initial), kIntegerMax);
            spin->setValue(initial);
        } else {
            spin->setRange(-1, kIntegerMax);
            spin->setSpecialValueText(tr("not set"));
            spin->setValue(-1);
        }
        connect(spin, &QSpinBox::valueChanged, this, &TemplateForm::changed);
        return spin;
    }
    case Type::Number: {
        auto* spin = new QDoubleSpinBox(this);
        spin->setDecimals(2);
        spin->setSingleStep(0.1);
        bool ok = false;
        const double initial = variable.defaultValue.trimmed().toDouble(&ok);
        if (variable.hasDefault && ok) {
            spin->setRange(std::min(0.0, initial), kNumberMax);
            spin->setValue(initial);
        } else {
            spin->setRange(-1, kNumberMax);
            spin->setSpecialValueText(tr("not set"));
            spin->setValue(-1);
        }
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TemplateForm::changed);
        return spin;
    }
    case Type::Boolean: {
        auto* check = new QCheckBox(variable.description, this);
        check->setChecked(variable.hasDefault && isTrue(variable.defaultValue));
        connect(check, &QCheckBox::toggled, this, &TemplateForm::changed);
        return check;
    }
    case Type::Enum: {
        auto* combo = new QComboBox(this);
        if (!variable.hasDefault)
            combo->addItem(tr("(choose)"), QString());
        for (const QString& choice : variable.choices)
            combo->addItem(choice, choice);
        if (variable.hasDefault)
            combo->setCurrentIndex(std::max(0, combo->findData(variable.defaultValue)));
        connect(combo, &QComboBox::currentIndexChanged, this, &TemplateForm::changed);
        return combo;
    }
    }
    return new QWidget(this);
}

QString TemplateForm::valueOf(qsizetype index) const
{
    const QWidget* editor = m_editors.at(index);
    if (auto* edit = qobject_cast<const QPlainTextEdit*>(editor))
        return edit->toPlainText().isEmpty() ? QString() : edit->toPlainText();
    if (auto* edit = qobject_cast<const QLineEdit*>(editor))
        return edit->text().isEmpty() ? QString() : edit->text();
    if (auto* spin = qobject_cast<const QSpinBox*>(editor))
        return !spin->specialValueText().isEmpty() && spin->value() == spin->minimum()
                   ? QString()
                   : QString::number(spin->value());
    if (auto* spin = qobject_cast<const QDoubleSpinBox*>(editor))
        return !spin->specialValueText().isEmpty() && spin->value() == spin->minimum()
                   ? QString()
                   : QString::number(spin->value());
    if (auto* check = qobject_cast<const QCheckBox*>(editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* combo = qobject_cast<const QComboBox*>(editor))
        return combo->currentData().toString().isEmpty() ? QString() : combo->currentData().toString();
    return {};
}

QMap<QString, QString> TemplateForm::values() const
{
    QMap<QString, QString> values;
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        const TemplateVariable& variable = m_variables.at(i);
        const QString value = valueOf(i);
        if (!value.isNull())
            values.insert(variable.name, value);
        else if (variable.required && !variable.hasDefault)
            values.insert(variable.name, QString());
    }
    return values;
}

void TemplateForm::setValues(const QMap<QString, QString>& values)
{
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        const auto found = values.constFind(m_variables.at(i).name);
        if (found == values.cend())
            continue;
        QWidget* editor = m_editors.at(i);
        if (auto* edit = qobject_cast<QPlainTextEdit*>(editor))
            edit->setPlainText(*found);
        else if (auto* edit = qobject_cast<QLineEdit*>(editor))
            edit->setText(*found);
        else if (auto* spin = qobject_cast<QSpinBox*>(editor))
            spin->setValue(found->isEmpty() ? spin->minimum() : found->toInt());
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor))
            spin->setValue(found->isEmpty() ? spin->minimum() : found->toDouble());
        else if (auto* check = qobject_cast<QCheckBox*>(editor))
            check->setChecked(isTrue(*found));
        else if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(*found)));
    }
}

} // namespace athanor
