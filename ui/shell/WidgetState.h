#pragma once

#include <QString>

class QWidget;

namespace athanor {

// Remembers how a pane was laid out: the state of each of its splitters and table or tree
// headers (column widths, order, sorting), in QSettings under `key`. Splitters and views are
// known by their object name, or by their place among their kind when they have none.
namespace WidgetState {

void save(const QWidget* root, const QString& key);
void restore(QWidget* root, const QString& key);

} // namespace WidgetState

} // namespace athanor
