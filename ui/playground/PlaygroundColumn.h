#pragma once

#include "core/providers/ChatTypes.h"
#include "core/providers/PriceTable.h"
#include "storage/LearningRepository.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace athanor {

class ProviderCall;
class ProviderClient;
class RatingPanel;

// One column of the Playground's comparison: a provider, model and temperature, the answer as
// it streams, its tokens, cost and latency, a rating panel and "Save to library".
class PlaygroundColumn : public QWidget
{
    Q_OBJECT
public:
    PlaygroundColumn(int number, const PriceTable* prices, QWidget* parent = nullptr);
    ~PlaygroundColumn() override;

    void run(const QString& system, const QString& prompt);
    void stop();
    bool isRunning() const;
    bool hasResult() const { return m_result.has_value(); }
    const ChatResult& result() const { return *m_result; }
    std::optional<double> cost() const { return m_cost; }
    // What the controls show now.
    ProviderKind provider() const;
    QString model() const;
    double temperature() const;
    // What the last run used: a result is saved and priced with these, even if the controls changed since.
    struct RunSettings
    {
        ProviderKind provider = ProviderKind::OpenAI;
        QString model;
        double temperature = 0.7;
    };
    const RunSettings& ran() const { return m_ran; }
    QString output() const;

    // Set once the answer is stored, so that a rating or a second save reuses it.
    QString promptId() const { return m_promptId; }
    void setPromptId(const QString& id);
    void setRemovable(bool removable);
    RatingPanel* rating() const { return m_rating; }

signals:
    void finished();
    void saveRequested();
    // Rated with the column's rating panel; the pane stores the answer and fills the id in.
    void ratingSubmitted(const athanor::LearningRepository::Rating& rating);
    void removeRequested();

private:
    void refreshModels();
    void onFinished();
    void saveChoices() const;
    QString settingsKey(const char* name) const;

    int m_number;
    const PriceTable* m_prices;
    QComboBox* m_provider;
    QComboBox* m_model;
    QToolButton* m_refresh;
    QDoubleSpinBox* m_temperature;
    QToolButton* m_remove;
    QPlainTextEdit* m_output;
    QLabel* m_status;
    RatingPanel* m_rating;
    QPushButton* m_save;
    ProviderClient* m_client = nullptr;
    QPointer<ProviderCall> m_call;
    std::optional<ChatResult> m_result;
    std::optional<double> m_cost;
    RunSettings m_ran;
    QString m_promptId;
};

} // namespace athanor
