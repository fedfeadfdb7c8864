#include "ShortcutsDialog.h"

#include "CommandPalette.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace athanor {

ShortcutsDialog::ShortcutsDialog(const QMainWindow* window, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<QPair<QString, QKeySequence>> rows;
    QSet<const QAction*> listed;
    const QList<CommandPalette::Command> commands = CommandPalette::commands(window->menuBar());
    for (const CommandPalette::Command& command : commands) {
        listed.insert(command.action);
        if (!command.action->shortcut().isEmpty())
            rows.append({command.path, command.action->shortcut()});
    }
    // The panes' own actions (Enhance, Delete, Copy …), by their text.
    const QList<QAction*> actions = window->findChildren<QAction*>();
    for (const QAction* action : actions)
        if (!listed.contains(action) && !action->shortcut().isEmpty() && !action->text().isEmpty())
            rows.append({CommandPalette::plainText(action->text()), action->shortcut()});
    // And the panes' key-only shortcuts, which say what they do in their "what's this".
    const QList<QShortcut*> shortcuts = window->findChildren<QShortcut*>();
    for (const QShortcut* shortcut : shortcuts)
        if (!shortcut->whatsThis().isEmpty())
            rows.append({shortcut->whatsThis(), shortcut->key()});

    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second.toString(QKeySequence::NativeText)));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace athanor
