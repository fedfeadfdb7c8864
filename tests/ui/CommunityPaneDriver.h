#pragma once

#include "models/CommunityListModel.h"
#include "ui/community/CommunityPane.h"
#include "ui/community/PublishDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace athanor::test {

// Drives a CommunityPane through its widgets for tst_communitypane.cpp.

// The signal came, or comes within 30 s (it may have come while the test waited for something else,
// such as the window being exposed).
inline bool arrived(QSignalSpy& spy)
{
    return !spy.isEmpty() || spy.wait(30000);
}

// A pane over `library`, on screen, with its first listing in; null when it never came.
inline std::unique_ptr<CommunityPane> openPane(std::shared_ptr<Database> library)
{
    auto pane = std::make_unique<CommunityPane>(std::move(library));
    pane->resize(780, 540);
    QSignalSpy loaded(pane.get(), &CommunityPane::loaded);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()) || !arrived(loaded))
        return nullptr;
    return pane;
}

// Refresh, and wait for the list.
inline bool reload(CommunityPane& pane)
{
    QSignalSpy loaded(&pane, &CommunityPane::loaded);
    QTest::mouseClick(pane.findChild<QPushButton*>("communityRefresh"), Qt::LeftButton);
    return arrived(loaded);
}

// Clicks a detail button and waits for the server's answer: false when the button cannot be
// clicked or the action failed.
inline bool press(CommunityPane& pane, const char* button)
{
    auto* widget = pane.findChild<QPushButton*>(button);
    if (!widget || !widget->isVisible() || !widget->isEnabled())
        return false;
    QSignalSpy finished(&pane, &CommunityPane::actionFinished);
    QTest::mouseClick(widget, Qt::LeftButton);
    return arrived(finished) && finished.at(0).at(0).toBool();
}

inline QVariant role(CommunityPane& pane, const QString& id, int role)
{
    const int row = pane.model()->rowOf(id);
    return row < 0 ? QVariant() : pane.model()->index(row).data(role);
}

inline QString text(CommunityPane& pane, const char* label)
{
    return pane.findChild<QLabel*>(label)->text();
}

inline QString button(CommunityPane& pane, const char* name)
{
    return pane.findChild<QPushButton*>(name)->text();
}

// Publishes a library prompt through Publish…; returns its community id, empty when it failed.
inline QString publish(CommunityPane& pane, const QString& localId, const QString& title,
                       const QString& category)
{
    QPointer<PublishDialog> dialog = pane.publishPrompt(localId);
    if (!QTest::qWaitForWindowExposed(dialog))
        return {};
    if (dialog->findChild<QLineEdit*>("publishPromptId")->text() != localId)
        return {};
    auto* name = dialog->findChild<QLineEdit*>("publishTitle");
    name->selectAll();
    QTest::keyClicks(name, title);
    dialog->findChild<QComboBox*>("publishCategory")->setEditText(category);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("publishDescription"), "For the community.");
    QSignalSpy loaded(&pane, &CommunityPane::loaded);
    QTest::mouseClick(dialog->findChild<QPushButton*>("publishOk"), Qt::LeftButton);
    if (!arrived(loaded) || !QTest::qWaitFor([&] { return dialog.isNull(); }, 5000))
        return {};
    for (const CommunityPrompt& p : pane.model()->prompts())
        if (p.title == title)
            return p.id;
    return {};
}

} // namespace athanor::test
