#pragma once

#include "reports/ReportDocument.h"

#include <QFont>

#include <vector>

class QPaintDevice;

namespace dd {

// How a report table fits a page width without cutting a cell: the cell font (a little smaller
// when that lets every cell stay on one line), the column widths and the height of every row.
// Amounts and counts never wrap; text columns wrap at spaces, and a word wider than its column
// (only when even the narrowest layout does not fit) wraps anywhere rather than being cut.
class ReportTableLayout
{
public:
    ReportTableLayout(const ReportTable &table, const QFont &base, QPaintDevice *device, double width);

    // The width the table needs in its smallest font with its text columns as narrow as their
    // longest word; more than the page's width means the page should be turned (landscape).
    static double minimumWidth(const ReportTable &table, const QFont &base, QPaintDevice *device);

    QFont cellFont() const { return m_cell; }
    QFont headFont() const { return m_head; }
    const std::vector<double> &widths() const { return m_widths; }
    double totalWidth() const;
    double padding() const { return m_padding; }
    // A one-line row; the caption line above the header has this height too.
    double lineRowHeight() const { return m_lineHeight + 2 * m_verticalPadding; }
    double headerHeight() const { return m_headerHeight; }
    double rowHeight(qsizetype row) const;
    // Qt::TextFlag for cell text: word wrap, or wrap anywhere when a word is wider than its column.
    int wrapFlag() const { return m_wrapFlag; }
    double verticalPadding() const { return m_verticalPadding; }

private:
    struct Needs
    {
        std::vector<double> natural; // every cell on one line
        std::vector<double> minimum; // text wrapped at its longest word
    };
    static Needs measure(const ReportTable &table, const QFont &cell, const QFont &head, QPaintDevice *device);
    void fit(const Needs &needs, double width);
    double textHeight(const QFont &font, double width, const QString &text) const;

    const ReportTable &m_table;
    QPaintDevice *m_device;
    QFont m_cell;
    QFont m_head;
    std::vector<double> m_widths;
    std::vector<double> m_rowHeights; // empty: every row is one line
    double m_padding = 0;
    double m_verticalPadding = 0;
    double m_lineHeight = 0;
    double m_headerHeight = 0;
    int m_wrapFlag = 0;
};

} // namespace dd
