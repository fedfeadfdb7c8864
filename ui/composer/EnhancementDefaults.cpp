#include "EnhancementDefaults.h"

#include "core/enhance/Enhancer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QMap>
#include <QSettings>

namespace athanor {

EnhancementDefaults EnhancementDefaults::load()
{
    const QSettings settings;
    EnhancementDefaults d;
    d.persona = settings.value(QStringLiteral("enhance/persona")).toString();
    d.targetModel = settings.value(QStringLiteral("enhance/targetModel")).toString();
    d.maxTechniques = qBound(1, settings.value(QStringLiteral("enhance/maxTechniques"), 3).toInt(), 6);
    return d;
}

void EnhancementDefaults::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("enhance/persona"), persona);
    settings.setValue(QStringLiteral("enhance/targetModel"), targetModel);
    settings.setValue(QStringLiteral("enhance/maxTechniques"), maxTechniques);
}

void EnhancementDefaults::fillPersonas(QComboBox* combo)
{
    combo->addItem(QCoreApplication::translate("athanor::ComposerOptions", "Automatic"), QString());
    const QMap<QString, QString> names{{QStringLiteral("code"), QCoreApplication::translate("athanor::ComposerOptions", "Code")},
                                       {QStringLiteral("writing"), QCoreApplication::translate("athanor::ComposerOptions", "Writing")},
                                       {QStringLiteral("analysis"), QCoreApplication::translate("athanor::ComposerOptions", "Analysis")},
                                       {QStringLiteral("generic"), QCoreApplication::translate("athanor::ComposerOptions", "Generic")}};
    for (const QString& persona : Enhancer::personas())
        combo->addItem(names.value(persona, persona), persona);
}

void EnhancementDefaults::fillTargetModels(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QCoreApplication::translate("athanor::ComposerOptions", "Generic"), QString());
    combo->addItem(QCoreApplication::translate("athanor::ComposerOptions", "OpenAI"), QStringLiteral("openai"));
    combo->addItem(QCoreApplication::translate("athanor::ComposerOptions", "Anthropic"), QStringLiteral("anthropic"));
    combo->addItem(QCoreApplication::translate("athanor::ComposerOptions", "Gemini"), QStringLiteral("gemini"));
    combo->addItem(QCoreApplication::translate("athanor::ComposerOptions", "Open models"), QStringLiteral("open"));
}

void EnhancementDefaults::select(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (combo->isEditable())
        combo->setEditText(code);
}

QString EnhancementDefaults::codeOf(const QComboBox* combo)
{
    if (!combo->isEditable())
        return combo->currentData().toString();
    const int index = combo->findText(combo->currentText());
    return index >= 0 ? combo->itemData(index).toString() : combo->currentText().trimmed();
}

} // namespace athanor
