#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace athanor {

class TechniqueChooser;

// The Composer's side panel: persona, target model, how many techniques the engine may choose, and
// the techniques themselves.
class ComposerOptions : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerOptions(QWidget* parent = nullptr);

    // Persona, target model and limit as Settings ▸ Enhancement has them.
    void loadDefaults();

    // A persona code, empty for automatic.
    QString persona() const;
    // A family code, a model name the user typed, or empty for generic.
    QString targetModel() const;
    int maxTechniques() const;
    TechniqueChooser* techniques() const { return m_techniques; }

signals:
    // The engine's recommendation depends on these: the pane asks for a new one.
    void recommendationInputsChanged();

private:
    QComboBox* m_persona = nullptr;
    QComboBox* m_targetModel = nullptr;
    QSpinBox* m_maxTechniques = nullptr;
    TechniqueChooser* m_techniques = nullptr;
};

} // namespace athanor
