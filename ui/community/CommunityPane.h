#pragma once

#include "CommunityWork.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace athanor {

class CommunityDetailView;
class CommunityListModel;
class Database;
class PublishDialog;

// The Community pane: the server's approved community prompts (and the caller's own), searched
// on the server and sorted by trending, new or top; the selected one in full with Like, Save and
// Remix; Publish… for one of the library's prompts; the moderation queue for moderators. Server
// work runs off the GUI thread (community::list, community::act). Without a server, or when it
// cannot be reached, the prompts cached on this computer are shown under a banner that says so.
class CommunityPane : public QWidget
{
    Q_OBJECT
public:
    explicit CommunityPane(std::shared_ptr<Database> database, QWidget* parent = nullptr);

    CommunityListModel* model() const { return m_model; }
    bool isOnline() const { return m_online; }
    bool isBusy() const;
    QString bannerText() const;
    QString currentId() const;
    bool selectPrompt(const QString& id);

public slots:
    // Lists again with the search, sort and queue shown; loaded() when the list is in.
    void refresh();
    // Opens Publish… (window-modal, deleted when closed) for this library prompt.
    PublishDialog* publishPrompt(const QString& promptId = {});

signals:
    void loaded();
    // A like, save, remix or moderation was answered (ok) or refused (see the pane's message).
    void actionFinished(bool ok);
    void remixed(const QString& localPromptId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyListing(const community::Listing& listing);
    void run(community::Action action);
    void applyOutcome(const QString& id, community::Action action, const community::Outcome& outcome);
    void showCurrent();
    void changeBusy(int delta);
    void changeActing(int delta);
    void showMessage(const QString& text, bool error);

    std::shared_ptr<Database> m_database;
    CommunityListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_sort;
    QPushButton* m_refresh;
    QToolButton* m_queue;
    QPushButton* m_publish;
    QProgressBar* m_busyBar;
    QLabel* m_banner;
    QListView* m_list;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    CommunityDetailView* m_detail;
    QLabel* m_message;
    QTimer* m_searchDelay;
    int m_generation = 0;
    int m_busy = 0;
    int m_acting = 0;
    bool m_online = false;
    bool m_shown = false;
};

} // namespace athanor
