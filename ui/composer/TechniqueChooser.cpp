#include "TechniqueChooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace athanor {

namespace {
constexpr int kCodeRole = Qt::UserRole;
}

TechniqueChooser::TechniqueChooser(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("techniqueCaption"));
    m_caption->setWordWrap(true);
    m_automatic = new QToolButton(this);
    m_automatic->setObjectName(QStringLiteral("automaticTechniquesButton"));
    m_automatic->setText(tr("Automatic"));
    m_automatic->setToolTip(tr("Forget your changes and let Athanor choose the techniques for each prompt"));
    header->addWidget(m_caption, 1);
    header->addWidget(m_automatic);
    layout->addLayout(header);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("techniqueList"));
    m_list->setAccessibleName(tr("Techniques to apply"));
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);

    m_add = new QComboBox(this);
    m_add->setObjectName(QStringLiteral("addTechniqueCombo"));
    m_add->setAccessibleName(tr("Add a technique"));
    m_add->setToolTip(tr("Apply a technique that is not recommended for this prompt"));
    // The longest names are not needed to choose; the popup shows them whole.
    m_add->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add->setMinimumContentsLength(12);
    layout->addWidget(m_add);

    connect(m_list, &QListWidget::itemChanged, this, [this] { markUserChoice(); });
    connect(m_add, &QComboBox::activated, this, &TechniqueChooser::addChosen);
    connect(m_automatic, &QToolButton::clicked, this, &TechniqueChooser::resetToAutomatic);
    setCatalog({});
    rebuild();
}

void TechniqueChooser::setCatalog(const QList<Technique>& techniques)
{
    m_techniques.clear();
    for (const Technique& t : techniques)
        if (t.active)
            m_techniques << t;
    std::sort(m_techniques.begin(), m_techniques.end(), [](const Technique& a, const Technique& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(m_add);
    m_add->clear();
    m_add->addItem(tr("Add a technique…"), QString());
    for (const Technique& t : m_techniques)
        m_add->addItem(t.name, t.code);
    m_add->setEnabled(!m_techniques.isEmpty());
}

void TechniqueChooser::setRecommendations(const QList<AppliedTechnique>& chosen,
                                          const QList<AppliedTechnique>& more)
{
    m_chosen = chosen;
    m_more = more;
    if (!m_userChose)
        rebuild();
}

QStringList TechniqueChooser::checkedCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            codes << m_list->item(row)->data(kCodeRole).toString();
    return codes;
}

void TechniqueChooser::resetToAutomatic()
{
    const bool changed = m_userChose;
    m_userChose = false;
    rebuild();
    if (changed)
        emit userChoiceChanged();
}

void TechniqueChooser::rebuild()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const AppliedTechnique& t : m_chosen)
        addItem(t.code, t.name, t.reason, true);
    for (const AppliedTechnique& t : m_more)
        addItem(t.code, t.name, t.reason, false);
    m_automatic->setVisible(m_userChose);
    m_caption->setText(m_chosen.isEmpty() && m_more.isEmpty() ? tr("Techniques appear here as you write.")
                                                              : tr("Recommended for this prompt:"));
}

QListWidgetItem* TechniqueChooser::addItem(const QString& code, const QString& name, const QString& why,
                                           bool checked)
{
    auto* item = new QListWidgetItem(name, m_list);
    item->setData(kCodeRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(why);
    return item;
}

void TechniqueChooser::addChosen(int index)
{
    const QString code = m_add->itemData(index).toString();
    const QSignalBlocker blocker(m_add);
    m_add->setCurrentIndex(0);
    if (code.isEmpty())
        return;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kCodeRole).toString() == code) {
            m_list->item(row)->setCheckState(Qt::Checked); // itemChanged marks the user's choice
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    const auto found = std::find_if(m_techniques.cbegin(), m_techniques.cend(),
                                    [&](const Technique& t) { return t.code == code; });
    if (found == m_techniques.cend())
        return;
    QListWidgetItem* item = nullptr;
    {
        const QSignalBlocker listBlocker(m_list);
        item = addItem(found->code, found->name, tr("Added by you: %1").arg(found->description), true);
    }
    m_list->scrollToItem(item);
    markUserChoice();
}

void TechniqueChooser::markUserChoice()
{
    m_userChose = true;
    m_automatic->setVisible(true);
    m_caption->setText(tr("Your choice: Enhance applies exactly the checked techniques."));
    emit userChoiceChanged();
}

} // namespace athanor
