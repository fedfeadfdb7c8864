#include "CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace athanor {

namespace {

constexpr int kActionRole = Qt::UserRole + 1;

void walk(const QMenu* menu, const QString& prefix, QList<CommandPalette::Command>* out)
{
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->isSeparator() || action->text().isEmpty() || !action->isVisible())
            continue;
        const QString path = prefix + QStringLiteral(" ▸ ") + CommandPalette::plainText(action->text());
        if (action->menu())
            walk(action->menu(), path, out);
        else
            out->append({path, action});
    }
}

} // namespace

QString CommandPalette::plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

QList<CommandPalette::Command> CommandPalette::commands(const QMenuBar* menuBar)
{
    QList<Command> all;
    const QList<QAction*> menus = menuBar->actions();
    for (const QAction* top : menus)
        if (top->menu())
            walk(top->menu(), CommandPalette::plainText(top->text()), &all);
    return all;
}

CommandPalette::CommandPalette(const QMenuBar* menuBar, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Commands"));
    m_model = new QStandardItemModel(this);
    const QList<Command> all = commands(menuBar);
    for (const Command& command : all) {
        auto* item = new QStandardItem(command.action->icon(), command.path);
        item->setData(QVariant::fromValue(static_cast<QObject*>(command.action)), kActionRole);
        item->setToolTip(command.action->toolTip());
        auto* keys = new QStandardItem(command.action->shortcut().toString(QKeySequence::NativeText));
        for (QStandardItem* cell : {item, keys}) {
            cell->setEnabled(command.action->isEnabled());
            cell->setEditable(false);
        }
        m_model->appendRow({item, keys});
    }
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("commandFilter"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setAccessibleName(tr("Command"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    // The command, and its shortcut in a column of its own.
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("commandList"));
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Commands"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderHidden(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(520, 380);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Every word must appear, in any order: "sync now", "now sync".
        QString pattern;
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words)
            pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
        m_proxy->setFilterRegularExpression(
            QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list, &QTreeView::activated, this, &CommandPalette::runCurrent);
    m_list->setCurrentIndex(m_proxy->index(0, 0));
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    // The list follows the arrow keys while the typing stays in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentIndex(m_proxy->index(qMin(row + 1, m_proxy->rowCount() - 1), 0));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentIndex(m_proxy->index(qMax(row - 1, 0), 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::runCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    QPointer<QAction> action = qobject_cast<QAction*>(index.data(kActionRole).value<QObject*>());
    accept();
    // After the palette has closed: the command may open a dialog of its own.
    if (action)
        QTimer::singleShot(0, action, [action] { action->trigger(); });
}

} // namespace athanor
