#pragma once

#include "reports/ReportDocument.h"

class QTextDocument;

namespace dd {

// Lays a ReportDocument out as rich text for the preview: the title lines, the headings,
// paragraphs and the first rows of each table (cut tables cut the same way) and the charts drawn
// by ReportCharts into images. The PDF itself (ReportPdfWriter) is the reference; this is
// what Qt's widgets can show without a PDF renderer.
class ReportPreview
{
public:
    // Replaces the content of `document`; charts are `chartWidth` pixels wide.
    static void fill(QTextDocument *document, const ReportDocument &report, int chartWidth = 640);
    static QString html(const ReportDocument &report, int chartWidth = 640);
};

} // namespace dd
