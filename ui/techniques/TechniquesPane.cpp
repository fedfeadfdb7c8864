#include "TechniquesPane.h"

#include "TechniqueDetailView.h"
#include "TechniqueEditorDialog.h"
#include "TemplatesView.h"
#include "models/TechniqueFilterProxy.h"
#include "models/TechniqueTreeModel.h"
#include "storage/CatalogRepository.h"
#include "storage/PreferencesRepository.h"
#include "storage/TechniqueRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace athanor {

namespace {
const char* kSplitterKey = "techniquesPane/splitter";
}

TechniquesPane::TechniquesPane(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_model(new TechniqueTreeModel(this)),
      m_proxy(new TechniqueFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    auto* browse = new QWidget(this);
    auto* left = new QWidget(browse);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("techniqueSearch"));
    m_search->setPlaceholderText(tr("Search techniques (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search techniques"));
    m_complexity = new QComboBox(left);
    m_complexity->setObjectName(QStringLiteral("complexityFilter"));
    m_complexity->setAccessibleName(tr("Complexity filter"));
    m_complexity->addItem(tr("Any complexity"), QPoint(1, 5));
    m_complexity->addItem(tr("Simple (1–2)"), QPoint(1, 2));
    m_complexity->addItem(tr("Moderate (3)"), QPoint(3, 3));
    m_complexity->addItem(tr("Advanced (4–5)"), QPoint(4, 5));
    filters->addWidget(m_search, 1);
    filters->addWidget(m_complexity);
    leftLayout->addLayout(filters);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("techniqueTree"));
    m_tree->setAccessibleName(tr("Techniques by category"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(TechniqueTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->header()->setSectionResizeMode(TechniqueTreeModel::NameColumn, QHeaderView::Stretch);
    // The numbers are short: their columns stay narrow so that names have the room.
    for (int column : {int(TechniqueTreeModel::ComplexityColumn), int(TechniqueTreeModel::EffectivenessColumn)}) {
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_tree->header()->resizeSection(column, 58);
    }
    m_tree->header()->setStretchLastSection(false);
    leftLayout->addWidget(m_tree, 1);
    m_error = new QLabel(left);
    m_error->setObjectName(QStringLiteral("catalogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    leftLayout->addWidget(m_error);

    auto* right = new QWidget(browse);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    m_favourite = new QToolButton(right);
    m_favourite->setObjectName(QStringLiteral("favouriteButton"));
    m_favourite->setCheckable(true);
    m_favourite->setText(tr("☆ Favourite"));
    m_favourite->setToolTip(tr("Favourites get a bonus when techniques are recommended."));
    m_favourite->setEnabled(false);
    m_useInComposer = new QPushButton(tr("Use in Composer"), right);
    m_useInComposer->setObjectName(QStringLiteral("useInComposerButton"));
    m_useInComposer->setEnabled(false);
    m_useInComposer->setToolTip(tr("Open this technique's template in the Composer"));
    auto* create = new QPushButton(tr("New…"), right);
    create->setObjectName(QStringLiteral("newTechniqueButton"));
    create->setToolTip(tr("Create your own technique"));
    m_edit = new QPushButton(tr("Edit…"), right);
    m_edit->setObjectName(QStringLiteral("editTechniqueButton"));
    m_duplicate = new QPushButton(tr("Duplicate"), right);
    m_duplicate->setObjectName(QStringLiteral("duplicateTechniqueButton"));
    m_disable = new QPushButton(tr("Disable"), right);
    m_disable->setObjectName(QStringLiteral("disableTechniqueButton"));
    m_disable->setToolTip(tr("Disabled techniques are left out of recommendations"));
    for (QPushButton* button : {m_edit, m_duplicate, m_disable})
        button->setEnabled(false);
    actions->addWidget(m_favourite);
    actions->addWidget(create);
    actions->addWidget(m_edit);
    actions->addWidget(m_duplicate);
    actions->addWidget(m_disable);
    actions->addStretch(1);
    actions->addWidget(m_useInComposer);
    rightLayout->addLayout(actions);
    m_detail = new TechniqueDetailView(right);
    rightLayout->addWidget(m_detail, 1);

    m_splitter = new QSplitter(Qt::Horizontal, browse);
    m_splitter->setObjectName(QStringLiteral("techniquesSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 560});
    auto* browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(6, 6, 6, 6);
    browseLayout->addWidget(m_splitter);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("techniqueTabs"));
    m_tabs->addTab(browse, tr("Techniques"));
    m_templates = new TemplatesView(m_database, m_tabs);
    m_templates->setComposerAvailable(false); // until a Composer says it listens
    connect(m_templates, &TemplatesView::useTemplate, this, &TechniquesPane::useTemplate);
    m_tabs->addTab(m_templates, tr("Templates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_complexity, &QComboBox::currentIndexChanged, this, &TechniquesPane::applyComplexityFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TechniquesPane::showCurrent);
    connect(m_favourite, &QToolButton::toggled, this, &TechniquesPane::toggleFavourite);
    connect(create, &QPushButton::clicked, this, &TechniquesPane::newTechnique);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const Technique* t = m_catalog.technique(currentTechniqueCode()))
            editTechnique(*t, false);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (const Technique* t = m_catalog.technique(currentTechniqueCode()))
            editTechnique(TechniqueRepository::duplicate(*t, m_catalog), true);
    });
    connect(m_disable, &QPushButton::clicked, this, &TechniquesPane::toggleActive);
    connect(m_useInComposer, &QPushButton::clicked, this, &TechniquesPane::useCurrentInComposer);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Techniques ▸ Search"));
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });

    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    reload();
}

TechniquesPane::~TechniquesPane()
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

void TechniquesPane::reload()
{
    const QString current = currentTechniqueCode();
    auto catalog = CatalogRepository(m_database).load();
    auto favourites = PreferencesRepository(m_database).favourites();
    if (!catalog || !favourites) {
        showError(tr("The technique catalog could not be read: %1")
                      .arg((!catalog ? catalog.error() : favourites.error()).message()));
        return;
    }
    m_error->hide();
    m_catalog = *catalog;
    m_model->setTechniques(m_catalog.techniques, *favourites);
    m_tree->expandAll();
    if (m_catalog.techniques.isEmpty()) {
        m_detail->setHtml(tr("<p>The catalog is empty. It is installed when Athanor starts; run "
                             "<code>athanor-cli init</code> to install it now.</p>"));
        return;
    }
    if (!current.isEmpty())
        selectTechnique(current);
}

void TechniquesPane::selectTechnique(const QString& code)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(code));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

QString TechniquesPane::currentTechniqueCode() const
{
    return m_tree->currentIndex().data(TechniqueTreeModel::CodeRole).toString();
}

void TechniquesPane::showCurrent()
{
    const Technique* t = m_model->technique(m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0)));
    for (QWidget* button : std::initializer_list<QWidget*>{m_favourite, m_edit, m_duplicate, m_disable})
        button->setEnabled(t != nullptr);
    m_useInComposer->setEnabled(m_composerAvailable && t && !t->patterns.isEmpty());
    if (!t) {
        m_detail->showNothing();
        return;
    }
    const QSignalBlocker blocker(m_favourite);
    const bool favourite = m_tree->currentIndex().data(TechniqueTreeModel::FavouriteRole).toBool();
    m_favourite->setChecked(favourite);
    m_favourite->setText(favourite ? tr("★ Favourite") : tr("☆ Favourite"));
    m_disable->setText(t->active ? tr("Disable") : tr("Enable"));
    m_detail->showTechnique(*t, m_catalog.effectiveness, m_catalog.intents);
}

void TechniquesPane::useCurrentInComposer()
{
    const Technique* t = m_catalog.technique(currentTechniqueCode());
    if (!t || t->patterns.isEmpty())
        return;
    // The technique's first pattern, as a template the Composer asks the variables of.
    const TechniquePattern& pattern = t->patterns.first();
    PromptTemplate asTemplate;
    asTemplate.name = tr("%1: %2").arg(t->name, pattern.name);
    asTemplate.category = t->category;
    asTemplate.description = t->description;
    asTemplate.techniques = {t->code};
    asTemplate.intents = pattern.intentTypes;
    asTemplate.text = pattern.templateText;
    asTemplate.variables = pattern.variables;
    asTemplate.official = !t->userDefined;
    emit useTemplate(asTemplate, {});
}

void TechniquesPane::setComposerAvailable(bool available)
{
    m_composerAvailable = available;
    m_useInComposer->setEnabled(available && !currentTechniqueCode().isEmpty());
    m_templates->setComposerAvailable(available);
}

void TechniquesPane::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void TechniquesPane::newTechnique()
{
    Technique blank;
    blank.category = QStringLiteral("structure");
    blank.role = QStringLiteral("task");
    blank.apply.section = QStringLiteral("task");
    blank.complexity = 2;
    blank.baseEffectiveness = 0.6;
    blank.userDefined = true;
    TemplateVariable task;
    task.name = QStringLiteral("task");
    task.description = tr("The user's task");
    blank.patterns << TechniquePattern{tr("Main"), QStringLiteral("{{task}}\n\n"), {task}, {}};
    editTechnique(blank, true);
}

void TechniquesPane::editTechnique(const Technique& technique, bool isNew)
{
    TechniqueEditorDialog dialog(technique, m_catalog, isNew, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto saved = TechniqueRepository(m_database).save(dialog.technique(), m_catalog);
    if (!saved) {
        showError(tr("The technique could not be saved: %1").arg(saved.error().message()));
        return;
    }
    reload();
    selectTechnique(saved->code);
}

void TechniquesPane::toggleActive()
{
    const Technique* t = m_catalog.technique(currentTechniqueCode());
    if (!t)
        return;
    const QString code = t->code;
    if (Status s = TechniqueRepository(m_database).setActive(code, !t->active); !s) {
        showError(tr("The technique could not be changed: %1").arg(s.error().message()));
        return;
    }
    reload();
    selectTechnique(code);
}

void TechniquesPane::toggleFavourite(bool on)
{
    const QString code = currentTechniqueCode();
    if (code.isEmpty())
        return;
    if (Status s = PreferencesRepository(m_database).setFavourite(code, on); !s) {
        showError(tr("The favourite could not be saved: %1").arg(s.error().message()));
        const QSignalBlocker blocker(m_favourite);
        m_favourite->setChecked(!on);
        return;
    }
    m_model->setFavourite(code, on);
    m_favourite->setText(on ? tr("★ Favourite") : tr("☆ Favourite"));
    if (auto all = PreferencesRepository(m_database).favourites())
        emit favouritesChanged(*all);
}

void TechniquesPane::applyComplexityFilter(int index)
{
    const QPoint range = m_complexity->itemData(index).toPoint();
    m_proxy->setComplexityRange(range.x(), range.y());
    m_tree->expandAll();
}

} // namespace athanor
