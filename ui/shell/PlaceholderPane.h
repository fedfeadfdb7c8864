#pragma once

#include <QWidget>

namespace athanor {

// A pane whose feature has not been built yet. It says plainly what the pane will hold and
// shows no made-up content.
class PlaceholderPane : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPane(const QString& title, const QString& summary, QWidget* parent = nullptr);
};

} // namespace athanor
