#include "RefineView.h"

#include "core/Ids.h"
#include "core/embeddings/LocalEmbedder.h"
#include "core/phases/GenerationSetup.h"
#include "core/phases/PhaseRunner.h"
#include "core/providers/ProviderClient.h"
#include "core/providers/ProviderSettings.h"
#include "models/VariantTreeModel.h"
#include "storage/GenerationRepository.h"
#include "storage/LearningRepository.h"
#include "storage/UsageRepository.h"
#include "ui/common/RatingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace athanor {

RefineView::RefineView(std::shared_ptr<Database> database, std::function<QString()> input, QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_input(std::move(input)),
      m_model(new VariantTreeModel(this))
{
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("refineProvider"));
    m_provider->setAccessibleName(tr("Provider"));
    for (const ProviderInfo& info : allProviders())
        m_provider->addItem(info.displayName, info.name);
    m_modelName = new QLineEdit(this);
    m_modelName->setObjectName(QStringLiteral("refineModel"));
    m_modelName->setAccessibleName(tr("Model"));
    m_modelName->setPlaceholderText(tr("default model"));
    m_targetModel = new QLineEdit(this);
    m_targetModel->setObjectName(QStringLiteral("targetModel"));
    m_targetModel->setAccessibleName(tr("Target model"));
    m_targetModel->setPlaceholderText(tr("same as the model"));
    m_variants = new QSpinBox(this);
    m_variants->setObjectName(QStringLiteral("variantCount"));
    m_variants->setRange(1, 8);
    m_variants->setValue(3);
    m_variants->setAccessibleName(tr("Variants per phase"));
    m_persona = new QComboBox(this);
    m_persona->setObjectName(QStringLiteral("persona"));
    m_persona->setAccessibleName(tr("Persona"));
    for (const QString& persona : personaNames())
        m_persona->addItem(persona, persona);
    m_persona->setCurrentIndex(m_persona->findData(QStringLiteral("generic")));
    m_judge = new QCheckBox(tr("LLM judge"), this);
    m_judge->setObjectName(QStringLiteral("judge"));
    m_judge->setToolTip(tr("Ask the model to grade each variant 1-10 (one more request per variant)."));
    auto* phaseRow = new QHBoxLayout;
    for (Phase phase : allPhases()) {
        auto* box = new QCheckBox(phaseName(phase), this);
        box->setObjectName(phaseName(phase));
        box->setChecked(true);
        phaseRow->addWidget(box);
        m_phases.append(box);
    }
    phaseRow->addStretch(1);
    m_run = new QPushButton(tr("Refine"), this);
    m_run->setObjectName(QStringLiteral("refine"));
    m_run->setDefault(true);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopRefine"));
    m_stop->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("refineStatus"));
    m_status->setWordWrap(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("variantTree"));
    m_tree->setAccessibleName(tr("Phases and variants"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(VariantTreeModel::Name, QHeaderView::Stretch);
    // Numbers are short: fit their columns so the tree needs no horizontal scroll bar.
    for (int column = VariantTreeModel::Name + 1; column < m_model->columnCount(); ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_content = new QTextBrowser(this);
    m_content->setObjectName(QStringLiteral("variantContent"));
    m_content->setAccessibleName(tr("Selected variant"));
    m_useAsInput = new QPushButton(tr("Use as prompt"), this);
    m_useAsInput->setEnabled(false);
    m_open = new QPushButton(tr("Show in Library"), this);
    m_open->setEnabled(false);

    auto* form = new QFormLayout;
    auto* providerRow = new QHBoxLayout;
    providerRow->addWidget(m_provider);
    providerRow->addWidget(m_modelName, 1);
    form->addRow(tr("Provider and model"), providerRow);
    form->addRow(tr("Phases"), phaseRow);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(new QLabel(tr("Variants"), this));
    optionsRow->addWidget(m_variants);
    optionsRow->addWidget(new QLabel(tr("Persona"), this));
    optionsRow->addWidget(m_persona);
    optionsRow->addWidget(m_judge);
    optionsRow->addStretch(1);
    form->addRow(tr("Options"), optionsRow);
    form->addRow(tr("Target model"), m_targetModel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_run);
    auto* contentPanel = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(contentPanel);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_content, 1);
    auto* contentButtons = new QHBoxLayout;
    contentButtons->addStretch(1);
    contentButtons->addWidget(m_useAsInput);
    contentButtons->addWidget(m_open);
    contentLayout->addLayout(contentButtons);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(contentPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_rating = new RatingPanel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_rating);

    connect(m_run, &QPushButton::clicked, this, &RefineView::start);
    connect(m_stop, &QPushButton::clicked, this, &RefineView::stop);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RefineView::showSelected);
    connect(m_rating, &RatingPanel::submitted, this, [this](LearningRepository::Rating rating) {
        rating.context = {{QStringLiteral("source"), QStringLiteral("playground")}};
        m_rating->showOutcome(LearningRepository(m_database).rate(rating));
    });
    connect(m_useAsInput, &QPushButton::clicked, this, [this] {
        // Taking a variant on as the next input is a use of it (usage analytics).
        const QString id = m_tree->currentIndex().data(VariantTreeModel::PromptIdRole).toString();
        if (!id.isEmpty())
            if (Status used = UsageRepository(m_database)
                                  .record({id, UsageRepository::Kind::Used, QStringLiteral("refine"),
                                           QString(), std::nullopt});
                !used)
                m_status->setText(used.error().message());
        emit useAsInput(m_content->toPlainText());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit openInLibrary(m_tree->currentIndex().data(VariantTreeModel::PromptIdRole).toString());
    });
}

RefineView::~RefineView()
{
    stop();
}

bool RefineView::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

GenerateOptions RefineView::options() const
{
    GenerateOptions options;
    options.phases.clear();
    for (int i = 0; i < m_phases.size(); ++i)
        if (m_phases[i]->isChecked())
            options.phases.append(allPhases()[i]);
    options.variants = m_variants->value();
    options.persona = m_persona->currentData().toString();
    options.targetModel = m_targetModel->text().trimmed();
    options.judge = m_judge->isChecked();
    return options;
}

void RefineView::start()
{
    if (isRunning())
        return;
    const QString input = m_input().trimmed();
    const GenerateOptions chosen = options();
    if (input.isEmpty() || chosen.phases.isEmpty()) {
        m_status->setText(input.isEmpty() ? tr("Write a prompt above first.")
                                          : tr("Choose at least one phase."));
        return;
    }
    const ProviderKind kind =
        parseProviderKind(m_provider->currentData().toString()).value_or(ProviderKind::OpenAI);
    Result<ProviderConfig> config = ProviderSettings::resolve(kind, {{}, m_modelName->text().trimmed()});
    auto prompts = loadPhasePrompts();
    auto prices = loadPriceTable();
    const Error* problem = !config    ? &config.error()
                           : !prompts ? &prompts.error()
                           : !prices  ? &prices.error()
                                      : nullptr;
    if (problem) {
        m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span><br>%2")
                              .arg(problem->message().toHtmlEscaped(), problem->hint.toHtmlEscaped()));
        return;
    }
    auto repository = std::make_shared<GenerationRepository>(m_database);
    const GenerationRepository::Run run{newUuid(), kind, config->effectiveModel(), chosen.persona, input};
    Result<QString> inputId = repository->recordInput(run);
    if (!inputId) {
        m_status->setText(inputId.error().message());
        return;
    }
    delete m_runner;
    delete m_client;
    m_client = new ProviderClient(*config, nullptr, this);
    m_runner = new PhaseRunner(m_client, *prompts, std::make_shared<LocalEmbedder>(), *prices, this);
    m_runner->setRecorder(
        [repository, run](const VariantOutcome& variant) { return repository->recordVariant(run, variant); });
    m_model->clear();
    m_content->clear();
    connect(m_runner, &PhaseRunner::phaseStarted, this, [this](Phase phase, int round) {
        m_model->startPhase(phase);
        m_status->setText(round > 1 ? tr("%1, round %2…").arg(phaseName(phase)).arg(round)
                                    : tr("%1…").arg(phaseName(phase)));
    });
    connect(m_runner, &PhaseRunner::variantFinished, this, [this](const VariantOutcome& variant) {
        m_model->addVariant(variant);
        m_tree->expandAll();
    });
    connect(m_runner, &PhaseRunner::phaseFinished, this, [this, repository](const PhaseOutcome& phase) {
        m_model->setBest(phase.phase, phase.best);
        if (Status kept = repository->recordBest(phase.bestVariant()->promptId); !kept)
            m_status->setText(kept.error().message());
    });
    connect(m_runner, &PhaseRunner::finished, this, &RefineView::onFinished);
    setRunning(true);
    m_runner->start(input, *inputId, chosen);
}

void RefineView::stop()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void RefineView::onFinished()
{
    setRunning(false);
    emit promptsChanged();
    if (m_runner->error()) {
        m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                              .arg(m_runner->error()->message().toHtmlEscaped()));
        return;
    }
    const VariantOutcome* best = m_runner->best();
    m_status->setText(tr("Done: the best final variant scores %1.").arg(best->score.total, 0, 'f', 3));
    // Select the winner of the last phase.
    const QModelIndex lastPhase = m_model->index(m_model->rowCount() - 1, 0);
    for (int row = 0; row < m_model->rowCount(lastPhase); ++row) {
        const QModelIndex index = m_model->index(row, 0, lastPhase);
        if (index.data(VariantTreeModel::IsBestRole).toBool())
            m_tree->setCurrentIndex(index);
    }
}

void RefineView::showSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    m_content->setPlainText(index.data(VariantTreeModel::ContentRole).toString());
    const bool stored = !index.data(VariantTreeModel::PromptIdRole).toString().isEmpty();
    m_useAsInput->setEnabled(index.isValid() && !m_content->toPlainText().isEmpty());
    m_open->setEnabled(stored);
    m_rating->setPromptId(index.data(VariantTreeModel::PromptIdRole).toString());
}

void RefineView::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
}

} // namespace athanor
