#pragma once

class QChart;
class QChartView;
class QPalette;
class QWidget;

namespace athanor {

// The Trends pane's charts: made alike, and drawn in the dark chart theme under a dark palette
// (charts keep their own colours otherwise).
QChartView* makeChartView(const char* name, QWidget* parent);
void matchChartTheme(QChart* chart, const QPalette& palette);
// Charts are redrawn from scratch: series and axes go, the chart (and its view) stays.
void clearChart(QChart* chart);

} // namespace athanor
