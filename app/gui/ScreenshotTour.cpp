#include "ScreenshotTour.h"

#include "ui/composer/ComposerPane.h"
#include "ui/library/LibraryPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"
#include "ui/techniques/TechniquesPane.h"
#include "ui/trends/TrendsPane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

namespace athanor {

namespace {

const QStringList kPanes{QStringLiteral("techniques"), QStringLiteral("composer"), QStringLiteral("library"),
                         QStringLiteral("playground"), QStringLiteral("trends"), QStringLiteral("community")};
const QString kPrompt = QStringLiteral("Write a Python function that merges two sorted lists into one sorted list, "
                                       "with tests.");

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, QString folder)
    : QObject(window), m_window(window), m_folder(std::move(folder))
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    m_window->resize(1280, 800);
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        m_steps << [this, theme] {
            Theme::apply(theme);
            later(300);
        };
        for (const QString& pane : kPanes) {
            m_steps << [this, pane] {
                m_window->showPane(pane);
                prepare(pane);
            };
            m_steps << [this, pane, theme] {
                shoot(theme == QLatin1String("dark") ? pane + QStringLiteral("-dark") : pane);
            };
        }
    }
    m_steps << [this] {
        std::printf("screenshots: %s\n", qPrintable(m_saved.join(QLatin1Char(' '))));
        std::fflush(stdout);
        QApplication::exit(m_saved.size() == 2 * kPanes.size() ? 0 : 1);
    };
    later(1500); // the window's first paint and the library's first page
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty())
        return;
    const Step step = m_steps.takeFirst();
    step();
}

void ScreenshotTour::later(int ms)
{
    QTimer::singleShot(ms, this, &ScreenshotTour::next);
}

void ScreenshotTour::when(std::function<bool()> ready, int ms)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, ready, ms, clock, poll] {
        if (ready() || clock->elapsed() > ms) {
            later(400); // what follows the ready state paints too
            return;
        }
        QTimer::singleShot(100, this, *poll);
    };
    (*poll)();
}

void ScreenshotTour::prepare(const QString& pane)
{
    // Done once, in the light tour; the dark tour shows the same state.
    if (pane == QLatin1String("techniques")) {
        if (auto* techniques = m_window->findChild<TechniquesPane*>())
            techniques->selectTechnique(QStringLiteral("chain_of_thought"));
        later(600);
    } else if (pane == QLatin1String("composer")) {
        auto* composer = m_window->findChild<ComposerPane*>();
        auto* enhanced = composer ? composer->findChild<QTextBrowser*>(QStringLiteral("enhancedView")) : nullptr;
        if (!composer || !enhanced || !enhanced->toPlainText().isEmpty()) {
            later(600);
            return;
        }
        composer->openPrompt(kPrompt);
        when([composer] { return composer->isEngineReady(); }, 20000);
        m_steps.prepend([this, composer, enhanced] {
            if (auto* button = composer->findChild<QPushButton*>(QStringLiteral("enhanceButton")))
                button->click();
            when([enhanced] { return !enhanced->toPlainText().isEmpty(); }, 20000);
        });
    } else if (pane == QLatin1String("library")) {
        if (auto* library = m_window->findChild<LibraryPane*>())
            if (library->currentView() && library->currentView()->model()->rowCount() > 0)
                library->currentView()->selectRow(0);
        later(900);
    } else if (pane == QLatin1String("trends")) {
        if (auto* trends = m_window->findChild<TrendsPane*>())
            trends->showDemo(true);
        later(1200);
    } else {
        later(800);
    }
}

void ScreenshotTour::shoot(const QString& name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (m_window->grab().save(path))
        m_saved << QFileInfo(path).fileName();
    else
        std::fprintf(stderr, "screenshots: cannot write %s\n", qPrintable(path));
    next();
}

} // namespace athanor
