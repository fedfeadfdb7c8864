#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

namespace athanor {

class MainWindow;

// scripts/screenshots.sh (ATHANOR_SCREENSHOTS=<folder>): shows every pane with something in it
// (a technique chosen, a prompt enhanced, the demo analytics, a library row selected), in the
// light theme and then the dark one, saves each as <pane>.png and <pane>-dark.png, and quits.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow* window, QString folder);
    void start();

private:
    using Step = std::function<void()>;
    void next();
    void later(int ms);
    // Waits until `ready` holds (at most `ms`), then goes on.
    void when(std::function<bool()> ready, int ms);
    void shoot(const QString& name);
    void prepare(const QString& pane);

    MainWindow* m_window;
    QString m_folder;
    QList<Step> m_steps;
    QStringList m_saved;
};

} // namespace athanor
