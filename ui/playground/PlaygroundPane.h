#pragma once

#include "core/providers/PriceTable.h"
#include "storage/LearningRepository.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace athanor {

class Database;
class PlaygroundColumn;
class RefineView;

// The Playground: one prompt run side by side against 2-4 provider/model/temperature columns,
// each streaming, with tokens, cost, latency, a rating and "Save to library"; and the
// three-phase refinement (RefineView).
class PlaygroundPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 4;

    explicit PlaygroundPane(std::shared_ptr<Database> database, QWidget* parent = nullptr);

    void setPrompt(const QString& text);
    QList<PlaygroundColumn*> columns() const { return m_columns; }
    RefineView* refineView() const { return m_refine; }
    void runAll();
    void stopAll();
    void addColumn();

signals:
    void promptsChanged();
    void openInLibrary(const QString& promptId);
    void providerSettingsRequested();

private:
    void removeColumn(PlaygroundColumn* column);
    void save(PlaygroundColumn* column);
    void rate(PlaygroundColumn* column, LearningRepository::Rating rating);
    void updateButtons();
    void showError(const QString& text);

    std::shared_ptr<Database> m_database;
    PriceTable m_prices; // reloaded at each run, so edits in Edit ▸ Providers ▸ Prices apply at once
    QString m_ranPrompt; // what the last run sent, saved with its answers
    QString m_ranSystem;
    QPlainTextEdit* m_prompt;
    QPlainTextEdit* m_system;
    QTabWidget* m_tabs;
    QSplitter* m_columnSplitter;
    QPushButton* m_run;
    QPushButton* m_stop;
    QPushButton* m_add;
    QLabel* m_message;
    QList<PlaygroundColumn*> m_columns;
    RefineView* m_refine;
    QString m_sessionId; // one per comparison run
};

} // namespace athanor
