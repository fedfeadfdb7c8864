#pragma once

#include <QString>

class QComboBox;

namespace athanor {

// What the Composer starts with (Settings ▸ Enhancement): a persona (empty: automatic), a target
// model family or name (empty: generic) and how many techniques the engine may choose.
struct EnhancementDefaults
{
    QString persona;
    QString targetModel;
    int maxTechniques = 3;

    static EnhancementDefaults load();
    void save() const;

    // The choices both the Composer and Settings offer, with their codes as item data.
    static void fillPersonas(QComboBox* combo);
    static void fillTargetModels(QComboBox* combo);
    // Selects `code` (or, for a target model, types it when it is a model name).
    static void select(QComboBox* combo, const QString& code);
    // The code of the combo's choice: the item's data, or the typed model name.
    static QString codeOf(const QComboBox* combo);
};

} // namespace athanor
