#pragma once

#include "ComposerStateCommand.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

namespace athanor {

class RatingPanel;

// The Composer's result: the original and the enhanced prompt side by side (the enhanced one with
// a word diff, or editable in place after "Edit further"), what was applied and why, and the
// actions on it. It only shows and edits; accepting and saving are the pane's.
class ComposerResultView : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerResultView(QWidget* parent = nullptr);
    ~ComposerResultView() override;

    // Shows a result (nothing: the empty state); leaves editing mode.
    void showResult(const std::optional<ComposerResult>& result);
    // The enhanced text as it stands, with the user's edits.
    QString currentText() const;
    bool isEditing() const;
    void setStatus(const QString& text);
    // Rates the enhanced prompt on show (its stored id); the pane stores what is submitted.
    RatingPanel* ratingPanel() const { return m_rating; }

signals:
    void acceptRequested();
    void saveRequested();
    void correctRequested();
    // The enhanced prompt, as shown, went to the clipboard.
    void copied(const QString& text);

private:
    void setEditing(bool editing);
    void showDiff();
    void copy();
    static QString improvementsHtml(const Enhancement& e);

    std::optional<ComposerResult> m_result;
    QSplitter* m_splitter = nullptr;
    QTextBrowser* m_original = nullptr;
    QStackedWidget* m_enhancedStack = nullptr;
    QTextBrowser* m_enhanced = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_enhancedCaption = nullptr;
    QTextBrowser* m_improvements = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_editFurther = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    RatingPanel* m_rating = nullptr;
    QPushButton* m_correct = nullptr;
};

} // namespace athanor
