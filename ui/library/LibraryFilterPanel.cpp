#include "LibraryFilterPanel.h"

#include "ui/composer/AsyncTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace athanor {

namespace {

struct Choices
{
    QStringList tags, phases, providers, models;
};

// Sets the items of a combo box whose first item means "any", keeping the current text.
void setItems(QComboBox* box, const QStringList& values)
{
    const QString current = box->currentIndex() > 0 || box->isEditable() ? box->currentText() : QString();
    box->clear();
    box->addItem(LibraryFilterPanel::tr("Any"));
    box->addItems(values);
    if (!current.isEmpty()) {
        const int found = box->findText(current);
        if (found > 0)
            box->setCurrentIndex(found);
        else if (box->isEditable())
            box->setEditText(current);
    }
}

QString chosen(const QComboBox* box)
{
    if (box->isEditable()) {
        const QString text = box->currentText().trimmed();
        return text == LibraryFilterPanel::tr("Any") ? QString() : text;
    }
    return box->currentIndex() > 0 ? box->currentText() : QString();
}

} // namespace

LibraryFilterPanel::LibraryFilterPanel(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database))
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tag = addChoice(QStringLiteral("tagFilter"));
    m_tag->setEditable(true);
    m_tag->lineEdit()->setPlaceholderText(tr("Any"));
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Tag:"), m_tag);
    m_phase = addChoice(QStringLiteral("phaseFilter"));
    form->addRow(tr("&Phase:"), m_phase);
    m_provider = addChoice(QStringLiteral("providerFilter"));
    form->addRow(tr("P&rovider:"), m_provider);
    m_model = addChoice(QStringLiteral("modelFilter"));
    form->addRow(tr("&Model:"), m_model);
    m_rating = addChoice(QStringLiteral("ratingFilter"));
    for (int stars = 1; stars <= 5; ++stars)
        m_rating->addItem(tr("%1 or more").arg(QString(stars, QChar(0x2605))), stars);
    form->addRow(tr("R&ating:"), m_rating);

    const QDate today = QDate::currentDate();
    m_fromEnabled = new QCheckBox(tr("&From"), this);
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("Created from"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    form->addRow(m_fromEnabled, m_from);
    m_toEnabled = new QCheckBox(tr("U&ntil"), this);
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("Created until"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    form->addRow(m_toEnabled, m_to);

    m_clear = new QPushButton(tr("&Clear Filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    for (QComboBox* box : {m_phase, m_provider, m_model, m_rating})
        connect(box, &QComboBox::currentIndexChanged, this, &LibraryFilterPanel::emitChanged);
    // The tag applies when chosen from the list or when typing ends, not on each keystroke.
    connect(m_tag, &QComboBox::activated, this, &LibraryFilterPanel::emitChanged);
    connect(m_tag->lineEdit(), &QLineEdit::editingFinished, this, &LibraryFilterPanel::emitChanged);
    for (auto [box, edit] : {std::pair{m_fromEnabled, m_from}, std::pair{m_toEnabled, m_to}}) {
        connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(box, &QCheckBox::toggled, this, &LibraryFilterPanel::emitChanged);
        connect(edit, &QDateEdit::dateChanged, this, &LibraryFilterPanel::emitChanged);
    }
    connect(m_clear, &QPushButton::clicked, this, &LibraryFilterPanel::clear);
    refreshChoices();
}

QComboBox* LibraryFilterPanel::addChoice(const QString& objectName)
{
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(tr("Any"));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

PromptQueries::Filter LibraryFilterPanel::filter() const
{
    PromptQueries::Filter f;
    f.tag = chosen(m_tag);
    f.phase = chosen(m_phase);
    f.provider = chosen(m_provider);
    f.model = chosen(m_model);
    f.minRating = m_rating->currentData().toInt();
    if (m_fromEnabled->isChecked())
        f.from = m_from->date().toString(Qt::ISODate);
    // "Until" includes the day itself.
    if (m_toEnabled->isChecked())
        f.to = m_to->date().addDays(1).toString(Qt::ISODate);
    return f;
}

bool LibraryFilterPanel::isFiltering() const
{
    const PromptQueries::Filter f = filter();
    return !f.tag.isEmpty() || !f.phase.isEmpty() || !f.provider.isEmpty() || !f.model.isEmpty() || f.minRating > 0
           || !f.from.isEmpty() || !f.to.isEmpty();
}

void LibraryFilterPanel::refreshChoices()
{
    runAsync(
        this,
        [database = m_database] {
            PromptQueries queries(database);
            const auto orNone = [](const Result<QStringList>& r) { return r ? *r : QStringList(); };
            Choices c;
            c.tags = orNone(queries.tags(500));
            c.phases = orNone(queries.distinctValues(QStringLiteral("phase")));
            c.providers = orNone(queries.distinctValues(QStringLiteral("provider")));
            c.models = orNone(queries.distinctValues(QStringLiteral("model")));
            return c;
        },
        [this](const Choices& c) {
            m_updating = true;
            setItems(m_tag, c.tags);
            setItems(m_phase, c.phases);
            setItems(m_provider, c.providers);
            setItems(m_model, c.models);
            m_updating = false;
        });
}

void LibraryFilterPanel::clear()
{
    m_updating = true;
    m_tag->setCurrentIndex(0);
    m_tag->setEditText(QString());
    for (QComboBox* box : {m_phase, m_provider, m_model, m_rating})
        box->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_updating = false;
    emitChanged();
}

void LibraryFilterPanel::emitChanged()
{
    if (m_updating)
        return;
    m_clear->setEnabled(isFiltering());
    // Focus leaving the tag box ends its editing without changing anything: no reload then.
    const PromptQueries::Filter current = filter();
    if (current == m_emitted)
        return;
    m_emitted = current;
    emit filterChanged(current);
}

} // namespace athanor
