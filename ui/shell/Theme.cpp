#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace athanor::Theme {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");

// What the platform gave before any theme was applied, to go back to for "system".
struct SystemLook
{
    QString style;
    QPalette palette;
};

const SystemLook& systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x30), base(0x1e, 0x1e, 0x22), text(0xe8, 0xe6, 0xe3);
    const QColor highlight(0x7a, 0x5c, 0xc4), disabled(0x80, 0x80, 0x86);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0xa8, 0x8c, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xe8));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

} // namespace

QStringList names()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString chosen()
{
    const QString name = QSettings().value(kThemeKey, QStringLiteral("system")).toString();
    return names().contains(name) ? name : QStringLiteral("system");
}

void choose(const QString& name)
{
    QSettings().setValue(kThemeKey, names().contains(name) ? name : QStringLiteral("system"));
}

void apply(const QString& name)
{
    const SystemLook& system = systemLook();
    // The palette first: setting the style then polishes every widget (those with style sheets
    // too, which keep the palette they were polished with) in the new colours.
    if (name == QLatin1String("light") || name == QLatin1String("dark")) {
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setPalette(name == QLatin1String("dark") ? darkPalette() : fusion->standardPalette());
        QApplication::setStyle(fusion);
        return;
    }
    QApplication::setPalette(system.palette);
    QApplication::setStyle(QStyleFactory::create(system.style));
}

} // namespace athanor::Theme
