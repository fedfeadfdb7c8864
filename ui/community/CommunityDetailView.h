#pragma once

#include "CommunityWork.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTextBrowser;

namespace athanor {

// The selected community prompt in full (text, what it was made from, tags, techniques, counts)
// with Like, Save and Remix, and in the moderation queue Approve, Reject, Feature and Verify.
// It only asks (actionRequested); the pane does the work and shows the outcome.
class CommunityDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit CommunityDetailView(QWidget* parent = nullptr);

    void showPrompt(const std::optional<CommunityPrompt>& prompt);
    const std::optional<CommunityPrompt>& prompt() const { return m_prompt; }
    // Actions need the server; none while one runs.
    void setOnline(bool online);
    void setBusy(bool busy);
    void setQueueMode(bool queue);

signals:
    void actionRequested(community::Action action);

private:
    void updateButtons();
    QPushButton* addButton(const QString& name, const QString& toolTip);

    std::optional<CommunityPrompt> m_prompt;
    bool m_online = false;
    bool m_busy = false;
    bool m_queue = false;
    QTextBrowser* m_text;
    QWidget* m_actions;
    QWidget* m_moderation;
    QPushButton* m_like;
    QPushButton* m_save;
    QPushButton* m_remix;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_feature;
    QPushButton* m_verify;
};

} // namespace athanor
