#pragma once

#include <QAbstractListModel>
#include <QKeySequence>
#include <QList>

namespace athanor {

// The panes of the main window, as the side bar lists them.
class NavigationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PaneIdRole = Qt::UserRole + 1, SummaryRole, ShortcutRole };

    struct Entry
    {
        QString id;
        QString title;
        QString summary;
        QKeySequence shortcut;
    };

    explicit NavigationModel(QList<Entry> entries, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the pane with this id, or -1.
    int rowOf(const QString& id) const;
    const Entry& entry(int row) const { return m_entries.at(row); }

private:
    QList<Entry> m_entries;
};

} // namespace athanor
