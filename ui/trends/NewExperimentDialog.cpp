#include "NewExperimentDialog.h"

#include "storage/CatalogRepository.h"
#include "storage/ExperimentRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <tuple>

namespace athanor {

namespace {

QStringList codes(const QLineEdit* edit)
{
    QStringList list;
    for (const QString& code : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!code.trimmed().isEmpty())
            list << code.trimmed();
    return list;
}

// One variant's prompt and technique codes in a box of their own.
QGroupBox* variantBox(const QString& title, QPlainTextEdit* prompt, QLineEdit* techniques, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* form = new QFormLayout(box);
    form->addRow(NewExperimentDialog::tr("Prompt"), prompt);
    form->addRow(NewExperimentDialog::tr("or techniques"), techniques);
    return box;
}

} // namespace

NewExperimentDialog::NewExperimentDialog(std::shared_ptr<Database> database, QWidget* parent)
    : QDialog(parent), m_database(std::move(database))
{
    setObjectName(QStringLiteral("newExperimentDialog"));
    setWindowTitle(tr("New A/B experiment"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("experimentName"));
    m_name->setAccessibleName(tr("Experiment name"));
    m_name->setPlaceholderText(tr("e.g. few-shot or chain-of-thought for stories"));
    m_intent = new QComboBox(this);
    m_intent->setObjectName(QStringLiteral("experimentIntent"));
    m_intent->setAccessibleName(tr("Intent"));
    m_intent->setToolTip(tr("The kind of prompt the experiment is about"));
    const auto variant = [this](const char* name, const QString& label) {
        auto* prompt = new QPlainTextEdit(this);
        prompt->setObjectName(QStringLiteral("experimentPrompt%1").arg(QLatin1String(name)));
        prompt->setAccessibleName(tr("Variant %1 prompt").arg(label));
        prompt->setPlaceholderText(tr("The prompt to try as variant %1").arg(label));
        prompt->setTabChangesFocus(true);
        prompt->setFixedHeight(72);
        auto* techniques = new QLineEdit(this);
        techniques->setObjectName(QStringLiteral("experimentTechniques%1").arg(QLatin1String(name)));
        techniques->setAccessibleName(tr("Variant %1 technique codes").arg(label));
        techniques->setPlaceholderText(tr("codes, comma-separated: few_shot, chain_of_thought"));
        return std::pair{prompt, techniques};
    };
    std::tie(m_promptA, m_techniquesA) = variant("A", QStringLiteral("A"));
    std::tie(m_promptB, m_techniquesB) = variant("B", QStringLiteral("B"));
    m_assignment = new QComboBox(this);
    m_assignment->setObjectName(QStringLiteral("experimentAssignment"));
    m_assignment->setAccessibleName(tr("Assignment of runs"));
    m_assignment->addItems({tr("Alternately (the variant with fewer runs, A on a tie)"), tr("At random")});
    m_minimum = new QSpinBox(this);
    m_minimum->setObjectName(QStringLiteral("experimentMinimum"));
    m_minimum->setAccessibleName(tr("Minimum runs per variant"));
    m_minimum->setRange(1, 100000);
    m_minimum->setValue(20);
    m_minimum->setToolTip(tr("No winner is declared before each variant has this many runs"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("experimentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    if (auto catalog = CatalogRepository(m_database).load(); catalog && !catalog->intents.isEmpty()) {
        for (const Intent& intent : catalog->intents)
            m_intent->addItem(QStringLiteral("%1  (%2)").arg(intent.name, intent.path), intent.path);
        for (const Technique& technique : catalog->techniques)
            m_knownTechniques << technique.code;
    } else {
        m_intent->setEditable(true); // type the path
        showProblem(catalog ? tr("The catalog has no intents: type the intent's path.")
                            : tr("The intents could not be read (%1): type the intent's path.")
                                  .arg(catalog.error().message()));
    }

    auto* intro = new QLabel(tr("Compare two prompts, or two sets of techniques, for one intent. Each run is "
                                "rated 1 to 5 stars; 4 or 5 stars count as a success."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Intent"), m_intent);
    auto* variants = new QHBoxLayout;
    variants->addWidget(variantBox(tr("Variant A"), m_promptA, m_techniquesA, this));
    variants->addWidget(variantBox(tr("Variant B"), m_promptB, m_techniquesB, this));
    auto* settings = new QFormLayout;
    settings->addRow(tr("Assign runs"), m_assignment);
    settings->addRow(tr("Minimum runs per variant"), m_minimum);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("experimentCreate"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(variants);
    layout->addLayout(settings);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(680, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, &NewExperimentDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList NewExperimentDialog::problems() const
{
    QStringList found;
    if (m_name->text().trimmed().isEmpty())
        found << tr("give the experiment a name");
    const QString intent =
        m_intent->isEditable() ? m_intent->currentText().trimmed() : m_intent->currentData().toString();
    if (intent.isEmpty())
        found << tr("choose an intent");
    const bool promptA = !m_promptA->toPlainText().trimmed().isEmpty();
    const bool promptB = !m_promptB->toPlainText().trimmed().isEmpty();
    const bool techniquesA = !codes(m_techniquesA).isEmpty();
    const bool techniquesB = !codes(m_techniquesB).isEmpty();
    if (!promptA && !techniquesA)
        found << tr("give variant A a prompt or technique codes");
    if (!promptB && !techniquesB)
        found << tr("give variant B a prompt or technique codes");
    if ((promptA || techniquesA) && (promptB || techniquesB) &&
        (promptA && promptB) == (techniquesA && techniquesB))
        found << tr("compare like with like: give both variants a prompt, or both technique codes, not both");
    QStringList unknown;
    if (!m_knownTechniques.isEmpty())
        for (const QString& code : codes(m_techniquesA) + codes(m_techniquesB))
            if (!m_knownTechniques.contains(code) && !unknown.contains(code))
                unknown << code;
    if (!unknown.isEmpty())
        found << tr("no technique with the code %1 (the Techniques pane lists them)")
                     .arg(unknown.join(tr(", ")));
    return found;
}

void NewExperimentDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (isVisible() && height() < sizeHint().height())
        resize(width(), sizeHint().height()); // room for the message, the fields keep their size
}

void NewExperimentDialog::create()
{
    if (const QStringList found = problems(); !found.isEmpty()) {
        showProblem(tr("Not created: %1.").arg(found.join(QStringLiteral("; "))));
        return;
    }
    const QString intent =
        m_intent->isEditable() ? m_intent->currentText().trimmed() : m_intent->currentData().toString();
    auto id = ExperimentRepository(m_database)
                  .create(m_name->text(), intent, {m_promptA->toPlainText().trimmed(), codes(m_techniquesA)},
                          {m_promptB->toPlainText().trimmed(), codes(m_techniquesB)},
                          m_assignment->currentIndex() == 1, m_minimum->value());
    if (!id) {
        showProblem(tr("Not created: %1.").arg(id.error().message()));
        return;
    }
    m_createdId = *id;
    accept();
}

} // namespace athanor
