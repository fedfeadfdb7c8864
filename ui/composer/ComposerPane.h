#pragma once

#include "ComposerStateCommand.h"
#include "core/catalog/CatalogTypes.h"
#include "storage/LearningRepository.h"
#include "storage/UsageRepository.h"

#include <QMap>
#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QUndoStack;

namespace athanor {

class ComposerOptions;
class ComposerResultView;
class Database;
class Enhancer;
class PromptAnalyzer;
class PromptChips;
struct PromptAnalysis;

// The Composer: write a prompt, see its intent, complexity and size as you type, choose the
// techniques (or let the engine choose), enhance it offline and compare, accept, edit, copy or keep
// the result. All engine and database work runs off the GUI thread; enhancements and accepts are
// steps of the pane's undo stack.
class ComposerPane : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPane(std::shared_ptr<Database> database, QWidget* parent = nullptr);
    ~ComposerPane() override;

    // Enhancements, accepts and opened templates; MainWindow adds it to its undo group.
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isEngineReady() const { return m_enhancer != nullptr; }

    // Puts a template, filled with `values`, into the editor (undoable); when required values are
    // missing, a dialog asks for them first.
    void openTemplate(const PromptTemplate& t, const QMap<QString, QString>& values);
    // A prompt from the library in the editor, as one undo step.
    void openPrompt(const QString& text);
    // Favourite techniques changed elsewhere (the Techniques pane): recommendations follow at once.
    void setFavourites(const QSet<QString>& favourites);
    // Stores the right intent and complexity of the prompt on show; every tenth correction
    // retrains the classifier in the background (kept only if not worse), and the engine reloads.
    void storeCorrection(const QString& intent, int complexity);
    static constexpr int kCorrectionsPerRetrain = 10;

signals:
    // A retraining finished: its version, and whether it is now in use.
    void classifierRetrained(const QString& version, bool active);
    // A prompt was added to the library (an enhancement recorded, a result saved).
    void promptsChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void recordUsage(UsageRepository::Kind kind, const QString& context, const QString& text);
    QWidget* createEditorArea();
    void loadEngine();
    void scheduleAnalysis();
    void showAnalysis(const PromptAnalysis& analysis);
    void enhance();
    void accept();
    void save();
    void rate(const LearningRepository::Rating& rating);
    void correct();
    void pushState(const QString& text, ComposerSnapshot after);
    ComposerSnapshot snapshot() const;
    void applySnapshot(const ComposerSnapshot& state);
    void showError(const QString& text);
    void updateEnhanceButton();

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Enhancer> m_enhancer;
    QSet<QString> m_favourites;
    QUndoStack* m_undoStack = nullptr;
    PromptAnalyzer* m_analyzer = nullptr;
    bool m_enhancing = false;
    std::optional<ComposerResult> m_shown;

    QLabel* m_engineStatus = nullptr;
    QLabel* m_error = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_topSplitter = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    PromptChips* m_chips = nullptr;
    ComposerOptions* m_options = nullptr;
    QPushButton* m_enhance = nullptr;
    ComposerResultView* m_result = nullptr;
};

} // namespace athanor
