#include "ChartViews.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>

namespace athanor {

void matchChartTheme(QChart* chart, const QPalette& palette)
{
    const QChart::ChartTheme theme =
        palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme) {
        const Qt::Alignment legend = chart->legend()->alignment();
        chart->setTheme(theme);
        chart->legend()->setAlignment(legend);
    }
}

QChartView* makeChartView(const char* name, QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    matchChartTheme(view->chart(), parent->palette());
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->setMinimumHeight(180);
    return view;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    // removeAxis() hands an axis back unparented: deleted here, or every redraw leaked its axes
    // (found by LeakSanitizer).
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace athanor
