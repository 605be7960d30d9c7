#include "ReportCharts.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>

namespace dd {

namespace {

const QColor palette[] = {QColor(0x2e, 0x5e, 0x8c), QColor(0xd9, 0x7b, 0x29), QColor(0x4c, 0x9a, 0x5b),
                          QColor(0xb8, 0x3b, 0x3b), QColor(0x7a, 0x5c, 0xa8), QColor(0x6b, 0x6b, 0x6b)};

QColor colour(qsizetype index)
{
    return palette[size_t(index) % std::size(palette)];
}

// A round axis maximum (1, 2 or 5 times a power of ten) at or above `value`.
qint64 niceMaximum(qint64 value)
{
    if (value <= 0)
        return 1;
    qint64 step = 1;
    while (step * 10 < value)
        step *= 10;
    for (qint64 factor : {1, 2, 5, 10}) {
        if (step * factor >= value)
            return step * factor;
    }
    return step * 10;
}

QFont scaled(const QFont &font, double factor, bool bold = false)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}

// The plot area left after the title and the axis labels; draws the y grid and its numbers.
QRectF drawGrid(QPainter &painter, const QRectF &plot, qint64 maximum, const QFont &font)
{
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    const int lines = 4;
    for (int i = 0; i <= lines; ++i) {
        const double y = plot.bottom() - plot.height() * i / lines;
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        const QString value = QString::number(maximum * i / lines);
        painter.drawText(QRectF(plot.left() - metrics.horizontalAdvance(value) - metrics.height() * 0.4, y - metrics.height() / 2,
                                metrics.horizontalAdvance(value) + 1, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, value);
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    return plot;
}

// The series of a line chart: a short line in its colour, then its name.
void drawLegend(QPainter &painter, QPointF topLeft, const QStringList &names, const QFont &font)
{
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    double x = topLeft.x();
    const double box = metrics.height() * 0.7;
    for (qsizetype i = 0; i < names.size(); ++i) {
        painter.setPen(QPen(colour(i), box / 4));
        painter.drawLine(QPointF(x, topLeft.y() + metrics.height() / 2), QPointF(x + box * 1.5, topLeft.y() + metrics.height() / 2));
        x += box * 1.5;
        painter.setPen(Qt::black);
        x += box / 2;
        painter.drawText(QRectF(x, topLeft.y(), metrics.horizontalAdvance(names.at(i)) + 1, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, names.at(i));
        x += metrics.horizontalAdvance(names.at(i)) + box * 1.5;
    }
}

void paintBars(QPainter &painter, const QRectF &area, const ReportChart &chart, const QFont &font)
{
    const QFont small = scaled(font, 0.85);
    const QFontMetricsF metrics(small, painter.device());
    const QList<qint64> values = chart.values.value(0);
    qint64 largest = 0;
    for (qint64 value : values)
        largest = std::max(largest, value);
    const qint64 maximum = niceMaximum(largest);
    const qsizetype count = values.size();
    const double left = metrics.horizontalAdvance(QString::number(maximum)) + metrics.height();
    const double plotWidth = area.width() - left - metrics.height();
    const double slot = count > 0 ? plotWidth / double(count) : plotWidth;
    // A label wraps under its bar; the plot leaves room for the tallest.
    double labelSpace = metrics.height() * 2.2;
    for (const QString &label : chart.labels)
        labelSpace = std::max(labelSpace, metrics.boundingRect(QRectF(0, 0, slot, 1e6), Qt::TextWordWrap, label).height()
                                              + metrics.height() * 0.5);
    const QRectF plot(area.left() + left, area.top() + metrics.height() * 1.2, plotWidth,
                      area.height() - labelSpace - metrics.height() * 1.2);
    drawGrid(painter, plot, maximum, small);
    if (count == 0)
        return;
    const double barWidth = slot * 0.6;
    painter.setFont(small);
    for (qsizetype i = 0; i < count; ++i) {
        const double height = plot.height() * double(values.at(i)) / double(maximum);
        const QRectF bar(plot.left() + slot * double(i) + (slot - barWidth) / 2, plot.bottom() - height, barWidth, height);
        painter.fillRect(bar, colour(i));
        painter.setPen(Qt::black);
        const QString valueText = chart.valueLabels.value(i, QString::number(values.at(i)));
        painter.drawText(QRectF(bar.center().x() - slot / 2, bar.top() - metrics.height(), slot, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, valueText);
        painter.drawText(QRectF(plot.left() + slot * double(i), plot.bottom() + metrics.height() * 0.3, slot, labelSpace),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.labels.value(i));
    }
}

// Pareto: one row per reason, largest first, the name wrapped on the left in full (reason names
// run to eighty characters, which no label under a bar can hold), the bar, and its count with the
// cumulative share.
void paintPareto(QPainter &painter, const QRectF &area, const ReportChart &chart, const QFont &font)
{
    const QList<qint64> values = chart.values.value(0);
    const qsizetype count = values.size();
    if (count == 0)
        return;
    qint64 largest = 0;
    for (qint64 value : values)
        largest = std::max(largest, value);
    const qint64 maximum = niceMaximum(largest);
    const double labelWidth = area.width() * 0.36;

    // The largest font, down to 60%, at which every name fits its row.
    QFont small = scaled(font, 0.85);
    for (double factor : {0.85, 0.78, 0.7, 0.65, 0.6}) {
        small = scaled(font, factor);
        const QFontMetricsF metrics(small, painter.device());
        const double rowHeight = (area.height() - metrics.height() * 1.6) / double(count);
        bool fits = true;
        for (const QString &label : chart.labels)
            fits = fits && metrics.boundingRect(QRectF(0, 0, labelWidth, 1e6), Qt::TextWordWrap, label).height() <= rowHeight;
        if (fits)
            break;
    }
    const QFontMetricsF metrics(small, painter.device());
    painter.setFont(small);
    QStringList valueTexts;
    double widestValue = 0;
    for (qsizetype i = 0; i < count; ++i) {
        valueTexts << chart.valueLabels.value(i, QString::number(values.at(i)));
        widestValue = std::max(widestValue, metrics.horizontalAdvance(valueTexts.last()));
    }
    const double rowHeight = (area.height() - metrics.height() * 1.6) / double(count);
    const QRectF plot(area.left() + labelWidth + metrics.height() * 0.6, area.top(),
                      area.width() - labelWidth - metrics.height() * 1.2 - widestValue, rowHeight * double(count));
    // The count axis along the bottom.
    for (int i = 0; i <= 4; ++i) {
        const double x = plot.left() + plot.width() * i / 4;
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(Qt::black);
        const QString number = QString::number(maximum * i / 4);
        painter.drawText(QRectF(x - plot.width() / 8, plot.bottom() + metrics.height() * 0.2, plot.width() / 4, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, number);
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    for (qsizetype i = 0; i < count; ++i) {
        const double top = plot.top() + rowHeight * double(i);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), top, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                         chart.labels.value(i));
        const double width = plot.width() * double(values.at(i)) / double(maximum);
        painter.fillRect(QRectF(plot.left(), top + rowHeight * 0.2, width, rowHeight * 0.6), colour(0));
        painter.drawText(QRectF(plot.left() + width + metrics.height() * 0.3, top, widestValue + 1, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, valueTexts.at(i));
    }
}

void paintPie(QPainter &painter, const QRectF &area, const ReportChart &chart, const QFont &font)
{
    const QFont small = scaled(font, 0.9);
    const QFontMetricsF metrics(small, painter.device());
    const QList<qint64> values = chart.values.value(0);
    qint64 total = 0;
    for (qint64 value : values)
        total += value;
    const double diameter = std::min(area.height() - metrics.height() * 1.5, area.width() * 0.45);
    const QRectF circle(area.left() + metrics.height(), area.top() + metrics.height() * 1.2, diameter, diameter);
    int start = 90 * 16; // twelve o'clock, clockwise
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int span = int(std::llround(-360.0 * 16.0 * double(values.at(i)) / double(total)));
        painter.setPen(QPen(Qt::white, metrics.height() / 10));
        painter.setBrush(colour(i));
        if (span == -360 * 16)
            painter.drawEllipse(circle);
        else if (span != 0)
            painter.drawPie(circle, start, span);
        start += span;
    }
    painter.setBrush(Qt::NoBrush);
    if (chart.referenceBp >= 0) {
        // The reference share of the first slice, as a dashed radius.
        const double angle = (90.0 - 360.0 * chart.referenceBp / 10000.0) * std::numbers::pi / 180.0;
        const QPointF centre = circle.center();
        const QPointF edge(centre.x() + std::cos(angle) * diameter * 0.55, centre.y() - std::sin(angle) * diameter * 0.55);
        painter.setPen(QPen(Qt::black, metrics.height() / 10, Qt::DashLine));
        painter.drawLine(centre, edge);
    }
    // Legend: colour, name, share.
    painter.setFont(small);
    double y = circle.top() + metrics.height();
    const double x = circle.right() + metrics.height() * 2;
    for (qsizetype i = 0; i < values.size(); ++i) {
        painter.fillRect(QRectF(x, y + metrics.height() * 0.15, metrics.height() * 0.7, metrics.height() * 0.7), colour(i));
        painter.setPen(Qt::black);
        const QString line = chart.labels.value(i) + QStringLiteral(": ") + QString::number(values.at(i)) + QStringLiteral(" (")
            + chart.valueLabels.value(i) + u')';
        painter.drawText(QRectF(x + metrics.height(), y, area.right() - x - metrics.height(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.height() * 1.5;
    }
    if (!chart.referenceLabel.isEmpty()) {
        painter.setPen(QPen(Qt::black, metrics.height() / 10, Qt::DashLine));
        painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + metrics.height() * 0.7, y + metrics.height() / 2));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + metrics.height(), y, area.right() - x - metrics.height(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, chart.referenceLabel);
    }
}

void paintLines(QPainter &painter, const QRectF &area, const ReportChart &chart, const QFont &font)
{
    const QFont small = scaled(font, 0.85);
    const QFontMetricsF metrics(small, painter.device());
    qint64 largest = 0;
    for (const auto &series : chart.values) {
        for (qint64 value : series)
            largest = std::max(largest, value);
    }
    const qint64 maximum = niceMaximum(largest);
    const double left = metrics.horizontalAdvance(QString::number(maximum)) + metrics.height();
    const QRectF plot(area.left() + left, area.top() + metrics.height() * 2.2, area.width() - left - metrics.height(),
                      area.height() - metrics.height() * 4.2);
    drawGrid(painter, plot, maximum, small);
    drawLegend(painter, QPointF(plot.left(), area.top()), chart.seriesNames, small);
    const qsizetype count = chart.labels.size();
    if (count == 0)
        return;
    const double step = count > 1 ? plot.width() / double(count - 1) : 0;
    auto xOf = [&](qsizetype i) { return count > 1 ? plot.left() + step * double(i) : plot.center().x(); };
    // Every label when they fit, otherwise every n-th.
    const double widest = metrics.horizontalAdvance(chart.labels.value(0)) * 1.3;
    const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil(widest / std::max(step, 1.0))));
    painter.setFont(small);
    painter.setPen(Qt::black);
    for (qsizetype i = 0; i < count; i += every)
        painter.drawText(QRectF(xOf(i) - widest / 2, plot.bottom() + metrics.height() * 0.3, widest, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, chart.labels.at(i));
    for (qsizetype s = 0; s < chart.values.size(); ++s) {
        QPolygonF line;
        for (qsizetype i = 0; i < chart.values.at(s).size() && i < count; ++i)
            line << QPointF(xOf(i), plot.bottom() - plot.height() * double(chart.values.at(s).at(i)) / double(maximum));
        painter.setPen(QPen(colour(s), metrics.height() / 8));
        painter.drawPolyline(line);
        painter.setBrush(colour(s));
        for (const QPointF &point : line)
            painter.drawEllipse(point, metrics.height() / 6, metrics.height() / 6);
        painter.setBrush(Qt::NoBrush);
    }
}

} // namespace

void ReportCharts::paint(QPainter &painter, const QRectF &area, const ReportChart &chart, const QFont &font)
{
    painter.save();
    const QFont titleFont = scaled(font, 1.0, true);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    const QRectF body(area.left(), area.top() + titleMetrics.height() * 1.4, area.width(), area.height() - titleMetrics.height() * 1.4);

    qint64 total = 0;
    for (const auto &series : chart.values) {
        for (qint64 value : series)
            total += std::abs(value);
    }
    if (total == 0 && chart.kind != ReportChart::Kind::Line) {
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0));
        painter.drawRect(body.adjusted(0, 0, 0, -titleMetrics.height()));
        painter.setPen(Qt::black);
        painter.setFont(font);
        painter.drawText(body, Qt::AlignCenter, chart.emptyText.isEmpty() ? QStringLiteral("–") : chart.emptyText);
        painter.restore();
        return;
    }
    switch (chart.kind) {
    case ReportChart::Kind::Bar:
        paintBars(painter, body, chart, font);
        break;
    case ReportChart::Kind::Pareto:
        paintPareto(painter, body, chart, font);
        break;
    case ReportChart::Kind::Pie:
        paintPie(painter, body, chart, font);
        break;
    case ReportChart::Kind::Line:
        paintLines(painter, body, chart, font);
        break;
    }
    painter.restore();
}

} // namespace dd
