#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QTreeView;
class QMenuBar;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace athanor {

// Ctrl+K: every command of the menus in one list, found by typing part of its name or menu
// ("imp" finds File ▸ Import Files…); Enter runs it. Disabled commands are listed greyed out.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Command
    {
        QString path; // "File ▸ Import Files…", without accelerator marks
        QAction* action = nullptr;
    };
    // An action's text without its accelerator marks ("&&" stays one "&").
    static QString plainText(QString text);
    // The commands of a menu bar, its submenus walked, in menu order.
    static QList<Command> commands(const QMenuBar* menuBar);

    explicit CommandPalette(const QMenuBar* menuBar, QWidget* parent = nullptr);

    QLineEdit* filter() const { return m_filter; }
    QTreeView* list() const { return m_list; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runCurrent();

    QLineEdit* m_filter = nullptr;
    QTreeView* m_list = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace athanor
