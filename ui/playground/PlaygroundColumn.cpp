#include "PlaygroundColumn.h"

#include "core/providers/ProviderClient.h"
#include "core/providers/ProviderSettings.h"
#include "ui/common/RatingPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace athanor {

PlaygroundColumn::PlaygroundColumn(int number, const PriceTable* prices, QWidget* parent)
    : QWidget(parent), m_number(number), m_prices(prices)
{
    setObjectName(QStringLiteral("playgroundColumn%1").arg(number));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setAccessibleName(tr("Provider of column %1").arg(number));
    for (const ProviderInfo& info : allProviders())
        m_provider->addItem(info.displayName, info.name);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model of column %1").arg(number));
    m_model->setMinimumContentsLength(14);
    m_refresh = new QToolButton(this);
    m_refresh->setText(QStringLiteral("⟳"));
    m_refresh->setToolTip(tr("Ask the provider for its models"));
    m_refresh->setAccessibleName(tr("Refresh models"));
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setAccessibleName(tr("Temperature of column %1").arg(number));
    m_remove = new QToolButton(this);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this column"));
    m_remove->setAccessibleName(tr("Remove column %1").arg(number));

    const QSettings settings;
    const int providerIndex =
        m_provider->findData(settings.value(settingsKey("provider"), number == 1 ? "openai" : "anthropic"));
    m_provider->setCurrentIndex(std::max(0, providerIndex));
    auto fillDefaultModel = [this] {
        const ProviderKind kind = provider();
        const QString configured = ProviderSettings::model(kind);
        m_model->clear();
        m_model->addItem(configured.isEmpty() ? providerInfo(kind).defaultModel : configured);
    };
    fillDefaultModel();
    const QString savedModel = settings.value(settingsKey("model")).toString();
    if (!savedModel.isEmpty())
        m_model->setCurrentText(savedModel);
    m_temperature->setValue(settings.value(settingsKey("temperature"), 0.7).toDouble());
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this, fillDefaultModel] {
        fillDefaultModel();
        saveChoices();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, [this] { saveChoices(); });
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, [this] { saveChoices(); });
    connect(m_refresh, &QToolButton::clicked, this, &PlaygroundColumn::refreshModels);
    connect(m_remove, &QToolButton::clicked, this, &PlaygroundColumn::removeRequested);

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setAccessibleName(tr("Answer of column %1").arg(number));
    m_output->setPlaceholderText(tr("The answer streams here."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rating = new RatingPanel(this, RatingPanel::Shape::Narrow);
    m_save = new QPushButton(tr("Save to library"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setEnabled(false);
    connect(m_rating, &RatingPanel::submitted, this, &PlaygroundColumn::ratingSubmitted);
    connect(m_save, &QPushButton::clicked, this, &PlaygroundColumn::saveRequested);

    auto* top = new QHBoxLayout;
    top->addWidget(m_provider, 1);
    top->addWidget(m_remove);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_refresh);
    auto* form = new QFormLayout;
    form->addRow(tr("Model"), modelRow);
    form->addRow(tr("Temperature"), m_temperature);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_rating);
    layout->addLayout(bottom);
}

PlaygroundColumn::~PlaygroundColumn()
{
    stop();
}

ProviderKind PlaygroundColumn::provider() const
{
    return parseProviderKind(m_provider->currentData().toString()).value_or(ProviderKind::OpenAI);
}

QString PlaygroundColumn::model() const
{
    return m_model->currentText().trimmed();
}

double PlaygroundColumn::temperature() const
{
    return m_temperature->value();
}

QString PlaygroundColumn::output() const
{
    return m_output->toPlainText();
}

bool PlaygroundColumn::isRunning() const
{
    return m_call && !m_call->isFinished();
}

void PlaygroundColumn::setPromptId(const QString& id)
{
    m_promptId = id;
    m_save->setEnabled(id.isEmpty() && m_result.has_value());
    m_save->setText(id.isEmpty() ? tr("Save to library") : tr("Saved"));
}

void PlaygroundColumn::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}

void PlaygroundColumn::run(const QString& system, const QString& prompt)
{
    stop();
    m_output->clear();
    m_result.reset();
    m_cost.reset();
    setPromptId({});
    m_rating->setPromptId({});
    m_save->setEnabled(false);
    Result<ProviderConfig> config = ProviderSettings::resolve(provider(), {{}, model()});
    if (!config) {
        m_status->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span><br>%2")
                .arg(config.error().message().toHtmlEscaped(), config.error().hint.toHtmlEscaped()));
        emit finished();
        return;
    }
    delete m_client;
    m_client = new ProviderClient(*config, nullptr, this);
    ChatRequest request;
    request.model = config->effectiveModel();
    request.system = system;
    request.messages = {{QStringLiteral("user"), prompt}};
    request.temperature = temperature();
    m_ran = {provider(), request.model, request.temperature.value_or(temperature())};
    m_status->setText(tr("Waiting for %1…").arg(providerInfo(provider()).displayName));
    m_call = m_client->chat(request, true);
    connect(m_call, &ProviderCall::delta, this, [this](const QString& text) {
        m_output->moveCursor(QTextCursor::End);
        m_output->insertPlainText(text);
        m_status->setText(tr("Streaming…"));
    });
    connect(m_call, &ProviderCall::retrying, this, [this](int retry, int delayMs, const QString& reason) {
        m_status->setText(
            tr("%1 — retry %2 in %3 s").arg(reason).arg(retry).arg(delayMs / 1000.0, 0, 'f', 1));
    });
    connect(m_call, &ProviderCall::finished, this, &PlaygroundColumn::onFinished);
}

void PlaygroundColumn::stop()
{
    if (m_call && !m_call->isFinished())
        m_call->cancel();
}

void PlaygroundColumn::onFinished()
{
    ProviderCall* call = m_call;
    if (!call)
        return;
    if (call->ok()) {
        m_result = call->chat();
        m_cost = m_prices ? m_prices->cost(m_ran.provider, m_ran.model, m_result->usage) : std::nullopt;
        const QString cost =
            m_cost ? QStringLiteral("$") + QLocale().toString(*m_cost, 'f', *m_cost < 0.01 ? 5 : 3)
                   : tr("cost unknown");
        m_status->setText(tr("%1 tokens (%2 in, %3 out) · %4 · %5 s")
                              .arg(m_result->usage.total())
                              .arg(m_result->usage.input)
                              .arg(m_result->usage.output)
                              .arg(cost)
                              .arg(QLocale().toString(m_result->latencyMs / 1000.0, 'f', 1)));
        m_rating->setUnstored();
        m_save->setEnabled(true);
    } else {
        const Error& error = call->error().error;
        m_status->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>%2")
                .arg(error.message().toHtmlEscaped(),
                     error.hint.isEmpty() ? QString() : QStringLiteral("<br>") + error.hint.toHtmlEscaped()));
    }
    call->deleteLater();
    m_call = nullptr;
    emit finished();
}

void PlaygroundColumn::refreshModels()
{
    Result<ProviderConfig> config = ProviderSettings::resolve(provider(), {{}, model()});
    if (!config) {
        m_status->setText(config.error().message() + QLatin1Char('\n') + config.error().hint);
        return;
    }
    auto* client = new ProviderClient(*config, nullptr, this);
    ProviderCall* call = client->listModels();
    m_refresh->setEnabled(false);
    m_status->setText(tr("Asking %1 for its models…").arg(providerInfo(provider()).displayName));
    connect(call, &ProviderCall::finished, this, [this, client, call] {
        m_refresh->setEnabled(true);
        if (call->ok()) {
            const QString current = model();
            m_model->clear();
            m_model->addItems(call->models());
            m_model->setCurrentText(current);
            const qsizetype count = call->models().size();
            m_status->setText(count == 1 ? tr("1 model available") : tr("%1 models available").arg(count));
        } else {
            m_status->setText(call->error().error.message());
        }
        client->deleteLater();
    });
}

void PlaygroundColumn::saveChoices() const
{
    QSettings settings;
    settings.setValue(settingsKey("provider"), m_provider->currentData());
    settings.setValue(settingsKey("model"), model());
    settings.setValue(settingsKey("temperature"), temperature());
}

QString PlaygroundColumn::settingsKey(const char* name) const
{
    return QStringLiteral("playground/column%1/%2").arg(m_number).arg(QLatin1String(name));
}

} // namespace athanor
