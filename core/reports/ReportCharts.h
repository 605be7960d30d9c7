#pragma once

#include "reports/ReportDocument.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace dd {

// Draws a ReportChart with QPainter as vector graphics (lines, rectangles, pie slices, text), so a
// PDF shows it sharp at any zoom and its labels stay text. Core code: no Qt Charts, no widgets.
class ReportCharts
{
public:
    static void paint(QPainter &painter, const QRectF &area, const ReportChart &chart, const QFont &font);
};

} // namespace dd
