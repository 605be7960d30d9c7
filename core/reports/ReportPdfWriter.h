#pragma once

#include "reports/ReportDocument.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace dd {

// Prints a ReportDocument to an A4 PDF: a title page, then the blocks with a running header and
// "page n of m" on every page; tables break across pages with their header row repeated and wrap
// a long cell instead of cutting it (ReportTableLayout), and a table too wide for a portrait page
// turns the document to landscape; charts are vector drawings (ReportCharts). Needs a
// QGuiApplication (fonts).
class ReportPdfWriter
{
public:
    static QByteArray render(const ReportDocument &document);
    // The same pages on another paged device (a printer), in its page size and resolution.
    static void paint(const ReportDocument &document, QPagedPaintDevice &device);
    // Writes the PDF to `path` (replaced only when complete); throws ValidationError when it cannot.
    static void write(const ReportDocument &document, const QString &path);
};

} // namespace dd
