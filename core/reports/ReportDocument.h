#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace dd {

// One table of a report, as printed (translated headers, formatted cells) and as exported to CSV
// (stable snake_case headers, plain values: 1234.56, 2026-03-31, 96.00).
struct ReportTable
{
    QString id;    // the CSV file's base name
    QString title; // translated
    QStringList headers;
    QStringList csvHeaders;
    QList<bool> rightAligned;
    QList<QStringList> rows;
    QList<QStringList> csvRows;
    QString emptyText; // printed instead of an empty table
    int pdfRowLimit = -1; // print at most this many rows (the CSV has all); -1: all
    QString limitNote;    // printed under a cut table, %1 = rows left out

    // Adds a column; `right` for amounts and counts.
    void column(const QString &header, const QString &csvHeader, bool right = false);
    // Adds a row of (printed, plain) cell pairs.
    void row(const QList<std::pair<QString, QString>> &cells);
};

// A chart drawn with QPainter as vectors. Bar: one bar per label (values[0]); Pareto: one row per
// label, largest first, a bar (values[0]) and its value label (the count and the cumulative share,
// values[1] in basis points); Pie: one slice per label
// (values[0]) with a reference share for the first slice (referenceBp); Line: one line per series.
struct ReportChart
{
    enum class Kind { Bar, Pareto, Pie, Line };
    Kind kind = Kind::Bar;
    QString title;
    QStringList labels;
    QList<QList<qint64>> values;
    QStringList seriesNames;
    QStringList valueLabels; // printed on bars/slices, parallel to labels; empty: the numbers
    int referenceBp = -1;
    QString referenceLabel;
    QString emptyText;
};

struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Table, Chart, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;
    int index = -1; // of the table or chart
};

// A report ready to print or export: title page lines, then blocks in order.
struct ReportDocument
{
    QString title;
    QStringList titleLines; // company, period, as-of, created
    QString runningHeader;  // top of every page after the title page
    QString pageText;       // "Page %1 of %2"
    bool landscape = false;
    std::vector<ReportTable> tables;
    std::vector<ReportChart> charts;
    std::vector<ReportBlock> blocks;

    void heading(const QString &text) { blocks.push_back({ReportBlock::Kind::Heading, text, -1}); }
    void paragraph(const QString &text) { blocks.push_back({ReportBlock::Kind::Paragraph, text, -1}); }
    void table(ReportTable value)
    {
        tables.push_back(std::move(value));
        blocks.push_back({ReportBlock::Kind::Table, QString(), int(tables.size()) - 1});
    }
    void chart(ReportChart value)
    {
        charts.push_back(std::move(value));
        blocks.push_back({ReportBlock::Kind::Chart, QString(), int(charts.size()) - 1});
    }
    void pageBreak() { blocks.push_back({ReportBlock::Kind::PageBreak, QString(), -1}); }
};

} // namespace dd
