#include "RecordRunDialog.h"

#include "models/ExperimentTableModel.h"
#include "ui/common/StarRating.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace athanor {

RecordRunDialog::RecordRunDialog(std::shared_ptr<Database> database,
                                 ExperimentRepository::Experiment experiment, QWidget* parent)
    : QDialog(parent), m_database(std::move(database)), m_experiment(std::move(experiment))
{
    setObjectName(QStringLiteral("recordRunDialog"));
    setWindowTitle(tr("Record a run of %1").arg(m_experiment.name));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("recordProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto next = ExperimentRepository(m_database).nextVariant(m_experiment.id);
    m_next = next ? *next : QStringLiteral("A");
    if (!next)
        showProblem(tr("The next variant could not be chosen: %1").arg(next.error().message()));

    auto* intro = new QLabel(
        tr("Next run: variant %1 (runs are assigned %2; so far A has %3 runs, B %4). Use it, then rate the "
           "result: 4 or 5 stars count as a success. You may record a run of the other variant instead.")
            .arg(m_next, m_experiment.random ? tr("at random") : tr("alternately"))
            .arg(m_experiment.armA.runs)
            .arg(m_experiment.armB.runs),
        this);
    intro->setObjectName(QStringLiteral("recordNext"));
    intro->setWordWrap(true);
    m_a = new QRadioButton(m_next == QLatin1String("A") ? tr("A (next)") : tr("A"), this);
    m_a->setObjectName(QStringLiteral("recordVariantA"));
    m_a->setAccessibleName(tr("Variant A"));
    m_b = new QRadioButton(m_next == QLatin1String("B") ? tr("B (next)") : tr("B"), this);
    m_b->setObjectName(QStringLiteral("recordVariantB"));
    m_b->setAccessibleName(tr("Variant B"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_a);
    group->addButton(m_b);
    (m_next == QLatin1String("B") ? m_b : m_a)->setChecked(true);
    m_variant = new QPlainTextEdit(this);
    m_variant->setObjectName(QStringLiteral("recordVariantText"));
    m_variant->setAccessibleName(tr("The chosen variant's prompt or techniques"));
    m_variant->setReadOnly(true);
    m_variant->setFixedHeight(110);
    m_stars = new StarRating(this);
    m_stars->setObjectName(QStringLiteral("recordStars"));

    auto* choice = new QHBoxLayout;
    choice->addWidget(m_a);
    choice->addWidget(m_b);
    choice->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("Variant"), choice);
    form->addRow(QString(), m_variant);
    auto* rating = new QHBoxLayout;
    rating->addWidget(m_stars);
    rating->addStretch(1);
    form->addRow(tr("Rating"), rating);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordOk"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    showChosen();
    connect(m_a, &QRadioButton::toggled, this, &RecordRunDialog::showChosen);
    connect(m_stars, &StarRating::rated, this, [this] { showProblem({}); });
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordRunDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RecordRunDialog::chosenVariant() const
{
    return m_b->isChecked() ? QStringLiteral("B") : QStringLiteral("A");
}

int RecordRunDialog::stars() const
{
    return m_stars->rating();
}

void RecordRunDialog::showChosen()
{
    const bool b = chosenVariant() == QLatin1String("B");
    m_variant->setPlainText(ExperimentTableModel::variantText(b ? m_experiment.b : m_experiment.a));
}

void RecordRunDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (isVisible() && height() < sizeHint().height())
        resize(width(), sizeHint().height()); // room for the message, the fields keep their size
}

void RecordRunDialog::record()
{
    if (m_stars->rating() < 1) {
        showProblem(tr("Rate the run first: 1 to 5 stars."));
        return;
    }
    auto recorded =
        ExperimentRepository(m_database).record(m_experiment.id, chosenVariant(), m_stars->rating());
    if (!recorded) {
        showProblem(tr("Not recorded: %1.").arg(recorded.error().message()));
        return;
    }
    m_experiment = *recorded;
    accept();
}

} // namespace athanor
