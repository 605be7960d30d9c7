#include "ReportTableLayout.h"

#include <QFontMetricsF>
#include <QRectF>

#include <algorithm>
#include <numeric>
#include <optional>

namespace dd {

namespace {

// The widths are measured on the first rows only: a long table (thousands of customers) repeats
// the same kinds of values, and measuring every cell of it would cost seconds.
constexpr qsizetype measuredRows = 2000;
// Cell font sizes tried, in order, before text wraps: 85% of the 9 pt base is still easy to read
// on paper, and one line per row keeps a long table short (the aged receivables per customer).
constexpr double fontSteps[] = {1.0, 0.92, 0.85};
// Rounding of the measured advance must never push a word onto a second line.
constexpr double slack = 1.0;

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

double longestWord(const QFontMetricsF &metrics, const QString &text)
{
    double widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

qsizetype printedRows(const ReportTable &table)
{
    return table.pdfRowLimit >= 0 ? std::min<qsizetype>(table.rows.size(), table.pdfRowLimit) : table.rows.size();
}

double sum(const std::vector<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

} // namespace

ReportTableLayout::Needs ReportTableLayout::measure(const ReportTable &table, const QFont &cell, const QFont &head,
                                                   QPaintDevice *device)
{
    const QFontMetricsF cellMetrics(cell, device);
    const QFontMetricsF headMetrics(head, device);
    const double padding = 2 * cellMetrics.height() * 0.4 + slack;
    const size_t columns = size_t(table.headers.size());
    Needs needs;
    // A header wraps at its spaces, so it asks only for its longest word.
    for (const QString &header : table.headers) {
        const double word = longestWord(headMetrics, header) + padding;
        needs.natural.push_back(word);
        needs.minimum.push_back(word);
    }
    const qsizetype rows = std::min(printedRows(table), measuredRows);
    for (qsizetype r = 0; r < rows; ++r) {
        const QStringList &cells = table.rows.at(r);
        for (size_t c = 0; c < columns; ++c) {
            const QString text = cells.value(qsizetype(c));
            const double whole = cellMetrics.horizontalAdvance(text) + padding;
            needs.natural[c] = std::max(needs.natural[c], whole);
            // An amount or a count is read as one: it never wraps.
            const bool right = table.rightAligned.value(qsizetype(c));
            needs.minimum[c] = std::max(needs.minimum[c], right ? whole : longestWord(cellMetrics, text) + padding);
        }
    }
    return needs;
}

double ReportTableLayout::minimumWidth(const ReportTable &table, const QFont &base, QPaintDevice *device)
{
    const double smallest = fontSteps[std::size(fontSteps) - 1];
    return sum(measure(table, scaled(base, smallest, false), scaled(base, smallest, true), device).minimum);
}

ReportTableLayout::ReportTableLayout(const ReportTable &table, const QFont &base, QPaintDevice *device, double width)
    : m_table(table)
    , m_device(device)
{
    // The largest font at which every cell fits on one line; else the largest at which every
    // word fits, wrapping the text columns; else the smallest, squeezed.
    std::optional<double> chosen;
    for (double factor : fontSteps) {
        if (sum(measure(table, scaled(base, factor, false), scaled(base, factor, true), device).natural) <= width) {
            chosen = factor;
            break;
        }
    }
    for (double factor : fontSteps) {
        if (chosen)
            break;
        if (sum(measure(table, scaled(base, factor, false), scaled(base, factor, true), device).minimum) <= width)
            chosen = factor;
    }
    const double factor = chosen.value_or(fontSteps[std::size(fontSteps) - 1]);
    m_cell = scaled(base, factor, false);
    m_head = scaled(base, factor, true);
    const QFontMetricsF metrics(m_cell, device);
    m_lineHeight = metrics.height();
    m_padding = m_lineHeight * 0.4;
    m_verticalPadding = m_lineHeight * 0.15;
    fit(measure(table, m_cell, m_head, device), width);
}

void ReportTableLayout::fit(const Needs &needs, double width)
{
    m_wrapFlag = Qt::TextWordWrap;
    const double natural = sum(needs.natural);
    const double minimum = sum(needs.minimum);
    if (natural <= width) {
        m_widths = needs.natural;
    } else if (minimum <= width) {
        // Every column gets its longest word; the room left goes to the text columns in
        // proportion to what they lack for one line, so a long name wraps least.
        m_widths = needs.minimum;
        const double lacking = natural - minimum;
        for (size_t c = 0; c < m_widths.size(); ++c)
            m_widths[c] += (needs.natural[c] - needs.minimum[c]) * (width - minimum) / lacking;
    } else {
        m_widths = needs.minimum;
        for (double &w : m_widths)
            w *= width / minimum;
        m_wrapFlag = Qt::TextWrapAnywhere;
    }

    for (size_t c = 0; c < m_widths.size(); ++c)
        m_headerHeight = std::max(m_headerHeight, textHeight(m_head, m_widths[c] - 2 * m_padding, m_table.headers.at(qsizetype(c))));
    m_headerHeight = std::max(m_headerHeight, m_lineHeight) + 2 * m_verticalPadding;
    if (natural <= width)
        return;
    const QFontMetricsF metrics(m_cell, m_device);
    const qsizetype rows = printedRows(m_table);
    m_rowHeights.reserve(size_t(rows));
    for (qsizetype r = 0; r < rows; ++r) {
        const QStringList &cells = m_table.rows.at(r);
        double height = m_lineHeight;
        for (size_t c = 0; c < m_widths.size(); ++c) {
            const QString text = cells.value(qsizetype(c));
            const double room = m_widths[c] - 2 * m_padding;
            if (metrics.horizontalAdvance(text) > room)
                height = std::max(height, textHeight(m_cell, room, text));
        }
        m_rowHeights.push_back(height + 2 * m_verticalPadding);
    }
}

double ReportTableLayout::textHeight(const QFont &font, double width, const QString &text) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e7), m_wrapFlag, text).height();
}

double ReportTableLayout::totalWidth() const
{
    return sum(m_widths);
}

double ReportTableLayout::rowHeight(qsizetype row) const
{
    return m_rowHeights.empty() ? lineRowHeight() : m_rowHeights[size_t(row)];
}

} // namespace dd
