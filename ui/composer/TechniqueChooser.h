#pragma once

#include "core/catalog/CatalogTypes.h"
#include "core/enhance/Enhancer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace athanor {

// The techniques the Composer will apply, as a checkable list: the engine's choice for the current
// prompt (checked), the next recommended ones (unchecked), and any technique the user adds. Until
// the user changes a check the list follows the prompt; from then on it is the user's choice.
class TechniqueChooser : public QWidget
{
    Q_OBJECT
public:
    explicit TechniqueChooser(QWidget* parent = nullptr);

    // The techniques the user may add by hand (inactive ones are left out).
    void setCatalog(const QList<Technique>& techniques);
    // The engine's recommendation for the prompt; shown unless the user has made a choice.
    void setRecommendations(const QList<AppliedTechnique>& chosen, const QList<AppliedTechnique>& more);

    // Whether the user changed the checks since the list last followed the engine.
    bool userChose() const { return m_userChose; }
    // The checked technique codes, top to bottom.
    QStringList checkedCodes() const;
    // Back to the engine's choice.
    void resetToAutomatic();

signals:
    void userChoiceChanged();

private:
    void rebuild();
    QListWidgetItem* addItem(const QString& code, const QString& name, const QString& why, bool checked);
    void addChosen(int index);
    void markUserChoice();

    QList<Technique> m_techniques;
    QList<AppliedTechnique> m_chosen;
    QList<AppliedTechnique> m_more;
    bool m_userChose = false;

    QLabel* m_caption = nullptr;
    QToolButton* m_automatic = nullptr;
    QListWidget* m_list = nullptr;
    QComboBox* m_add = nullptr;
};

} // namespace athanor
