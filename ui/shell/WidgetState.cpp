#include "WidgetState.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace athanor::WidgetState {

namespace {

template<typename T>
QString nameOf(const T* widget, qsizetype index)
{
    return widget->objectName().isEmpty() ? QString::number(index) : widget->objectName();
}

QHeaderView* headerOf(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

} // namespace

void save(const QWidget* root, const QString& key)
{
    QSettings settings;
    settings.beginGroup(key);
    const QList<QSplitter*> splitters = root->findChildren<QSplitter*>();
    for (qsizetype i = 0; i < splitters.size(); ++i)
        settings.setValue(QStringLiteral("splitter/") + nameOf(splitters.at(i), i), splitters.at(i)->saveState());
    const QList<QAbstractItemView*> views = root->findChildren<QAbstractItemView*>();
    for (qsizetype i = 0; i < views.size(); ++i)
        if (QHeaderView* header = headerOf(views.at(i)))
            settings.setValue(QStringLiteral("header/") + nameOf(views.at(i), i), header->saveState());
}

void restore(QWidget* root, const QString& key)
{
    QSettings settings;
    settings.beginGroup(key);
    const QList<QSplitter*> splitters = root->findChildren<QSplitter*>();
    for (qsizetype i = 0; i < splitters.size(); ++i) {
        const QVariant state = settings.value(QStringLiteral("splitter/") + nameOf(splitters.at(i), i));
        if (state.isValid())
            splitters.at(i)->restoreState(state.toByteArray());
    }
    const QList<QAbstractItemView*> views = root->findChildren<QAbstractItemView*>();
    for (qsizetype i = 0; i < views.size(); ++i) {
        QHeaderView* header = headerOf(views.at(i));
        const QVariant state = settings.value(QStringLiteral("header/") + nameOf(views.at(i), i));
        if (header && state.isValid())
            header->restoreState(state.toByteArray());
    }
}

} // namespace athanor::WidgetState
