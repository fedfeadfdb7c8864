#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace athanor {

// Help ▸ Keyboard Shortcuts: every command that has a shortcut, from the menus and from the
// panes' own actions, read from the window itself so that the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMainWindow* window, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};

} // namespace athanor
