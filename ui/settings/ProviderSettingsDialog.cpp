#include "ProviderSettingsDialog.h"

#include "core/phases/GenerationSetup.h"
#include "core/providers/ApiKeyStore.h"
#include "core/providers/EmbedderChoice.h"
#include "core/providers/ProviderClient.h"
#include "core/providers/ProviderSettings.h"
#include "models/PriceTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace athanor {

ProviderSettingsDialog::ProviderSettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Providers"));
    setObjectName(QStringLiteral("providerSettingsDialog"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setAccessibleName(tr("Providers"));
    for (const ProviderInfo& info : allProviders())
        m_list->addItem(info.displayName);
    m_list->setMaximumWidth(160);

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_forget = new QPushButton(tr("Remove from keychain"), this);
    m_forget->setObjectName(QStringLiteral("removeKey"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("defaultModel"));
    m_model->setAccessibleName(tr("Default model"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(5, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_test = new QPushButton(tr("Test"), this);
    m_test->setObjectName(QStringLiteral("test"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_forget);
    form->addRow(tr("API key"), keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(tr("Base URL"), m_baseUrl);
    form->addRow(tr("Default model"), m_model);
    form->addRow(tr("Timeout"), m_timeout);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    auto* providersPage = new QWidget(this);
    auto* body = new QHBoxLayout(providersPage);
    body->addWidget(m_list);
    body->addLayout(form, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(providersPage, tr("Providers"));
    m_tabs->addTab(buildPricesPage(), tr("Prices"));
    m_tabs->addTab(buildSearchPage(), tr("Search"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int) {
        if (m_shown >= 0 && m_shown != m_list->currentRow()) {
            // Save the provider being left; if that fails (a bad URL), stay on it to show why.
            const int next = m_list->currentRow();
            m_list->blockSignals(true);
            m_list->setCurrentRow(m_shown);
            const bool saved = apply();
            if (saved)
                m_list->setCurrentRow(next);
            m_list->blockSignals(false);
            if (!saved)
                return;
        }
        load();
    });
    connect(m_forget, &QPushButton::clicked, this, &ProviderSettingsDialog::removeKey);
    connect(m_test, &QPushButton::clicked, this, &ProviderSettingsDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ProviderSettingsDialog::apply);
    m_list->setCurrentRow(0);
    resize(680, 420);
}

ProviderKind ProviderSettingsDialog::current() const
{
    return allProviders().value(std::max(0, m_list->currentRow())).kind;
}

void ProviderSettingsDialog::selectProvider(ProviderKind kind)
{
    for (int row = 0; row < allProviders().size(); ++row)
        if (allProviders()[row].kind == kind)
            m_list->setCurrentRow(row);
}

void ProviderSettingsDialog::load()
{
    const ProviderInfo& info = providerInfo(current());
    m_shown = m_list->currentRow();
    m_key->clear();
    m_key->setEnabled(!info.keyEnvVars.isEmpty());
    m_baseUrl->setText(ProviderSettings::baseUrl(info.kind));
    m_baseUrl->setPlaceholderText(info.defaultBaseUrl);
    m_model->setText(ProviderSettings::model(info.kind));
    m_model->setPlaceholderText(info.defaultModel);
    m_timeout->setValue(ProviderSettings::timeoutSeconds(info.kind));
    m_testResult->clear();
    refreshKeyStatus();
}

void ProviderSettingsDialog::refreshKeyStatus()
{
    const ProviderInfo& info = providerInfo(current());
    m_forget->setEnabled(false);
    if (info.keyEnvVars.isEmpty()) {
        m_keyStatus->setText(tr("%1 needs no key.").arg(info.displayName));
        m_key->setPlaceholderText(QString());
        return;
    }
    const ApiKeyStore::Lookup lookup = ApiKeyStore().find(info.kind);
    switch (lookup.source) {
    case ApiKeyStore::Source::Environment:
        m_keyStatus->setText(
            tr("Using the environment variable %1, which overrides the keychain.").arg(lookup.where));
        break;
    case ApiKeyStore::Source::Keychain:
        m_keyStatus->setText(tr("A key is stored in the system keychain. Type a new one to replace it."));
        m_forget->setEnabled(true);
        break;
    case ApiKeyStore::Source::None:
        if (!ApiKeyStore::keychainEnabled()) {
            m_keyStatus->setText(tr("No key. The keychain is switched off (ATHANOR_KEYCHAIN=off): set %1.")
                                     .arg(info.keyEnvVars.join(tr(" or "))));
            m_key->setEnabled(false);
            break;
        }
        m_keyStatus->setText(lookup.problem.isEmpty()
                                 ? tr("No key yet. It will be stored in the system keychain, or set %1.")
                                       .arg(info.keyEnvVars.join(tr(" or ")))
                                 : tr("The keychain cannot be read (%1). Set %2 instead.")
                                       .arg(lookup.problem, info.keyEnvVars.join(tr(" or "))));
        break;
    }
    m_key->setPlaceholderText(lookup.source == ApiKeyStore::Source::None ? tr("paste the key")
                                                                         : tr("unchanged"));
}

bool ProviderSettingsDialog::apply()
{
    const ProviderKind kind = current();
    const QString url = m_baseUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url);
        if (!parsed.isValid() ||
            (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
            m_testResult->setText(tr("The base URL must start with http:// or https://."));
            m_baseUrl->setFocus();
            return false;
        }
    }
    if (!savePrices())
        return false;
    if (Result<EmbedderChoice::Parsed> parsed = EmbedderChoice::parse(m_embedder->currentText()); !parsed) {
        m_embedderStatus->setText(parsed.error().message() + QLatin1Char(' ') + parsed.error().hint);
        m_tabs->setCurrentIndex(2);
        return false;
    }
    EmbedderChoice::setCurrent(m_embedder->currentText());
    ProviderSettings::setBaseUrl(kind, url);
    ProviderSettings::setModel(kind, m_model->text());
    ProviderSettings::setTimeoutSeconds(kind, m_timeout->value());
    if (!m_key->text().trimmed().isEmpty()) {
        if (Status stored = ApiKeyStore().store(kind, m_key->text()); !stored) {
            m_keyStatus->setText(stored.error().message() + QLatin1Char(' ') + stored.error().hint);
            return false;
        }
        m_key->clear();
        refreshKeyStatus();
    }
    return true;
}

void ProviderSettingsDialog::removeKey()
{
    if (Status removed = ApiKeyStore().remove(current()); !removed)
        m_keyStatus->setText(removed.error().message());
    else
        refreshKeyStatus();
}

void ProviderSettingsDialog::test()
{
    const ProviderKind kind = current();
    Result<ProviderConfig> config =
        ProviderSettings::resolve(kind, {m_baseUrl->text().trimmed(), m_model->text().trimmed()});
    if (!m_key->text().trimmed().isEmpty()) {
        ProviderConfig typed = config ? *config : ProviderConfig{};
        typed.kind = kind;
        typed.baseUrl = m_baseUrl->text().trimmed();
        typed.apiKey = m_key->text().trimmed();
        config = typed;
    }
    if (!config) {
        m_testResult->setText(config.error().message() + QLatin1Char('\n') + config.error().hint);
        return;
    }
    config->maxRetries = 0;
    auto* client = new ProviderClient(*config, nullptr, this);
    ProviderCall* call = client->listModels();
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    connect(call, &ProviderCall::finished, this, [this, client, call] {
        m_test->setEnabled(true);
        if (call->ok()) {
            const qsizetype count = call->models().size();
            m_testResult->setText(count == 1 ? tr("Connected: 1 model available.")
                                             : tr("Connected: %1 models available.").arg(count));
        } else {
            m_testResult->setText(call->error().error.message() + QLatin1Char('\n') +
                                  call->error().error.hint);
        }
        client->deleteLater();
    });
}

void ProviderSettingsDialog::showPrices()
{
    m_tabs->setCurrentIndex(1);
}

QWidget* ProviderSettingsDialog::buildPricesPage()
{
    auto* page = new QWidget(this);
    auto shipped = PriceTable::load();
    auto current = loadPriceTable();
    m_priceStatus = new QLabel(page);
    m_priceStatus->setObjectName(QStringLiteral("priceStatus"));
    m_priceStatus->setWordWrap(true);
    if (!current) // a malformed user file: show the shipped table, say where the problem is
        m_priceStatus->setText(current.error().message());
    m_prices = new PriceTableModel(shipped ? *shipped : PriceTable(),
                                   current ? *current : (shipped ? *shipped : PriceTable()), this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_prices);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(PriceTableModel::Model);
    auto* filter = new QLineEdit(page);
    filter->setObjectName(QStringLiteral("priceFilter"));
    filter->setPlaceholderText(tr("Filter models"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_priceView = new QTableView(page);
    m_priceView->setObjectName(QStringLiteral("priceTable"));
    m_priceView->setAccessibleName(tr("Prices per million tokens"));
    m_priceView->setModel(proxy);
    m_priceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_priceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_priceView->verticalHeader()->hide();
    m_priceView->horizontalHeader()->setSectionResizeMode(PriceTableModel::Model, QHeaderView::Stretch);
    m_priceView->horizontalHeader()->setSectionResizeMode(PriceTableModel::Input,
                                                          QHeaderView::ResizeToContents);
    m_priceView->horizontalHeader()->setSectionResizeMode(PriceTableModel::Output,
                                                          QHeaderView::ResizeToContents);
    auto* newModel = new QLineEdit(page);
    newModel->setObjectName(QStringLiteral("newPriceModel"));
    newModel->setPlaceholderText(tr("model name, e.g. my-finetune"));
    auto* add = new QPushButton(tr("Add"), page);
    add->setObjectName(QStringLiteral("addPrice"));
    auto* reset = new QPushButton(tr("Reset to shipped"), page);
    reset->setObjectName(QStringLiteral("resetPrice"));
    reset->setToolTip(tr("Back to the shipped price; a model you added is removed"));
    auto addModel = [this, proxy, newModel, filter] {
        filter->clear();
        const int row = m_prices->addModel(newModel->text());
        if (row < 0)
            return;
        newModel->clear();
        const QModelIndex index = proxy->mapFromSource(m_prices->index(row, PriceTableModel::Input));
        m_priceView->setCurrentIndex(index);
        m_priceView->edit(index);
    };
    connect(add, &QPushButton::clicked, this, addModel);
    connect(newModel, &QLineEdit::returnPressed, this, addModel);
    connect(reset, &QPushButton::clicked, this, [this, proxy] {
        const QModelIndex current = proxy->mapToSource(m_priceView->currentIndex());
        if (current.isValid())
            m_prices->resetRow(current.row());
    });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(newModel, 1);
    addRow->addWidget(add);
    addRow->addWidget(reset);
    auto* note = new QLabel(
        tr("US dollars per million tokens. Bold rows are yours; they are saved to %1 and replace the "
           "shipped prices. Ollama costs nothing.")
            .arg(QDir::toNativeSeparators(userPriceFile())),
        page);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(filter);
    layout->addWidget(m_priceView, 1);
    layout->addLayout(addRow);
    layout->addWidget(note);
    layout->addWidget(m_priceStatus);
    return page;
}

bool ProviderSettingsDialog::savePrices()
{
    if (!m_prices || !m_prices->isModified())
        return true;
    if (Status saved = m_prices->table().saveUserFile(userPriceFile(), m_prices->shipped()); !saved) {
        m_priceStatus->setText(saved.error().message());
        m_tabs->setCurrentIndex(1);
        return false;
    }
    m_prices->setModified(false);
    m_priceStatus->setText(tr("Prices saved."));
    return true;
}

void ProviderSettingsDialog::showSearch()
{
    m_tabs->setCurrentIndex(2);
}

QWidget* ProviderSettingsDialog::buildSearchPage()
{
    auto* page = new QWidget(this);
    m_embedder = new QComboBox(page);
    m_embedder->setObjectName(QStringLiteral("embedder"));
    m_embedder->setEditable(true);
    m_embedder->setAccessibleName(tr("Embeddings for similarity search"));
    m_embedder->addItems(EmbedderChoice::suggestions());
    m_embedder->setCurrentText(EmbedderChoice::current());
    m_embedderStatus = new QLabel(page);
    m_embedderStatus->setObjectName(QStringLiteral("embedderStatus"));
    m_embedderStatus->setWordWrap(true);
    auto* note = new QLabel(
        tr("The library finds similar prompts by comparing embeddings. \"local\" works offline and is "
           "instant. A provider's model (<provider>:<model>) sends every prompt to that provider "
           "once, with its key, and each query when you search; its vectors get their own index, "
           "so switching back keeps the local one."),
        page);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Embeddings"), m_embedder);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_embedderStatus);
    layout->addStretch(1);
    return page;
}

} // namespace athanor
