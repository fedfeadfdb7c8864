#include "ComposerOptions.h"

#include "TechniqueChooser.h"
#include "core/enhance/Enhancer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace athanor {

ComposerOptions::ComposerOptions(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_persona = new QComboBox(this);
    m_persona->setObjectName(QStringLiteral("personaCombo"));
    m_persona->setToolTip(tr("The voice of the enhanced prompt; Automatic picks one from the intent"));
    m_persona->addItem(tr("Automatic"), QString());
    const QMap<QString, QString> names{{QStringLiteral("code"), tr("Code")},
                                       {QStringLiteral("writing"), tr("Writing")},
                                       {QStringLiteral("analysis"), tr("Analysis")},
                                       {QStringLiteral("generic"), tr("Generic")}};
    for (const QString& persona : Enhancer::personas())
        m_persona->addItem(names.value(persona, persona), persona);

    m_targetModel = new QComboBox(this);
    m_targetModel->setObjectName(QStringLiteral("targetModelCombo"));
    m_targetModel->setEditable(true);
    m_targetModel->setInsertPolicy(QComboBox::NoInsert);
    m_targetModel->setToolTip(
        tr("Lays the prompt out the way this model family reads best; you can also type "
           "a model name such as gpt-4o or claude-sonnet-4"));
    m_targetModel->addItem(tr("Generic"), QString());
    m_targetModel->addItem(tr("OpenAI"), QStringLiteral("openai"));
    m_targetModel->addItem(tr("Anthropic"), QStringLiteral("anthropic"));
    m_targetModel->addItem(tr("Gemini"), QStringLiteral("gemini"));
    m_targetModel->addItem(tr("Open models"), QStringLiteral("open"));

    m_maxTechniques = new QSpinBox(this);
    m_maxTechniques->setObjectName(QStringLiteral("maxTechniquesSpin"));
    m_maxTechniques->setRange(1, 6);
    m_maxTechniques->setValue(3);
    m_maxTechniques->setToolTip(tr("How many techniques Athanor applies when it chooses them"));

    form->addRow(tr("&Persona"), m_persona);
    form->addRow(tr("&Target model"), m_targetModel);
    form->addRow(tr("&Max techniques"), m_maxTechniques);
    layout->addLayout(form);
    m_techniques = new TechniqueChooser(this);
    m_techniques->setObjectName(QStringLiteral("techniqueChooser"));
    layout->addWidget(m_techniques, 1);

    connect(m_maxTechniques, &QSpinBox::valueChanged, this, &ComposerOptions::recommendationInputsChanged);
    connect(m_techniques, &TechniqueChooser::userChoiceChanged, this, [this] {
        // The limit only applies when the engine chooses.
        m_maxTechniques->setEnabled(!m_techniques->userChose());
        if (!m_techniques->userChose())
            emit recommendationInputsChanged();
    });
}

QString ComposerOptions::persona() const
{
    return m_persona->currentData().toString();
}

QString ComposerOptions::targetModel() const
{
    const int index = m_targetModel->findText(m_targetModel->currentText());
    return index >= 0 ? m_targetModel->itemData(index).toString() : m_targetModel->currentText().trimmed();
}

int ComposerOptions::maxTechniques() const
{
    return m_maxTechniques->value();
}

} // namespace athanor
