#include "ComposerOptions.h"

#include "EnhancementDefaults.h"
#include "TechniqueChooser.h"

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
    EnhancementDefaults::fillPersonas(m_persona);

    m_targetModel = new QComboBox(this);
    m_targetModel->setObjectName(QStringLiteral("targetModelCombo"));
    m_targetModel->setToolTip(
        tr("Lays the prompt out the way this model family reads best; you can also type "
           "a model name such as gpt-4o or claude-sonnet-4"));
    EnhancementDefaults::fillTargetModels(m_targetModel);

    m_maxTechniques = new QSpinBox(this);
    m_maxTechniques->setObjectName(QStringLiteral("maxTechniquesSpin"));
    m_maxTechniques->setRange(1, 6);
    m_maxTechniques->setToolTip(tr("How many techniques Athanor applies when it chooses them"));

    form->addRow(tr("&Persona"), m_persona);
    form->addRow(tr("&Target model"), m_targetModel);
    form->addRow(tr("&Max techniques"), m_maxTechniques);
    layout->addLayout(form);
    m_techniques = new TechniqueChooser(this);
    m_techniques->setObjectName(QStringLiteral("techniqueChooser"));
    layout->addWidget(m_techniques, 1);

    loadDefaults();

    connect(m_maxTechniques, &QSpinBox::valueChanged, this, &ComposerOptions::recommendationInputsChanged);
    connect(m_techniques, &TechniqueChooser::userChoiceChanged, this, [this] {
        // The limit only applies when the engine chooses.
        m_maxTechniques->setEnabled(!m_techniques->userChose());
        if (!m_techniques->userChose())
            emit recommendationInputsChanged();
    });
}

void ComposerOptions::loadDefaults()
{
    const EnhancementDefaults defaults = EnhancementDefaults::load();
    EnhancementDefaults::select(m_persona, defaults.persona);
    EnhancementDefaults::select(m_targetModel, defaults.targetModel);
    m_maxTechniques->setValue(defaults.maxTechniques);
}

QString ComposerOptions::persona() const
{
    return EnhancementDefaults::codeOf(m_persona);
}

QString ComposerOptions::targetModel() const
{
    return EnhancementDefaults::codeOf(m_targetModel);
}

int ComposerOptions::maxTechniques() const
{
    return m_maxTechniques->value();
}

} // namespace athanor
