#include "ReportPreview.h"

#include "reports/ReportCharts.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace dd {

namespace {

constexpr double chartAspect = 0.5;
// QTextDocument took seconds to lay out the thousands of rows of the aged receivables of a large
// file, four times what computing the report takes; the first rows show what a table holds, and
// the PDF and the printout have them all.
constexpr int previewRowLimit = 100;
// Charts are drawn at twice the shown size so that they stay sharp on screen and on paper.
constexpr int chartScale = 2;

QUrl chartUrl(int index)
{
    return QUrl(QStringLiteral("chart:%1").arg(index));
}

QString tableHtml(const ReportTable &table)
{
    QString html;
    if (!table.title.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped());
    if (table.rows.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(table.emptyText.toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (int column = 0; column < table.headers.size(); ++column) {
        const bool right = column < table.rightAligned.size() && table.rightAligned.at(column);
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(right ? QStringLiteral("right") : QStringLiteral("left"), table.headers.at(column).toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    const int printed = table.pdfRowLimit >= 0 ? std::min<int>(table.pdfRowLimit, int(table.rows.size())) : int(table.rows.size());
    const int shown = std::min(printed, previewRowLimit);
    for (int row = 0; row < shown; ++row) {
        html += QStringLiteral("<tr>");
        const QStringList &cells = table.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            const bool right = column < table.rightAligned.size() && table.rightAligned.at(column);
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(right ? QStringLiteral("right") : QStringLiteral("left"), cells.at(column).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (shown < printed)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(QCoreApplication::translate("dd::ReportPreview",
                                                     "The preview shows the first %1 of %n rows; the PDF and the printout have them all.",
                                                     nullptr, printed)
                             .arg(shown)
                             .toHtmlEscaped());
    if (printed < table.rows.size() && !table.limitNote.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(table.limitNote.arg(table.rows.size() - printed).toHtmlEscaped());
    return html;
}

QImage chartImage(const ReportChart &chart, int width)
{
    const QSize size(width, int(width * chartAspect));
    QImage image(size * chartScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(chartScale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(8.5);
    ReportCharts::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart, font);
    return image;
}

} // namespace

QString ReportPreview::html(const ReportDocument &report, int chartWidth)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(report.title.toHtmlEscaped());
    for (const QString &line : report.titleLines)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    for (const ReportBlock &block : report.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            html += QStringLiteral("<h2>%1</h2>").arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Paragraph:
            html += QStringLiteral("<p>%1</p>").arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Table:
            html += tableHtml(report.tables.at(std::size_t(block.index)));
            break;
        case ReportBlock::Kind::Chart:
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(chartUrl(block.index).toString())
                        .arg(chartWidth)
                        .arg(int(chartWidth * chartAspect));
            break;
        case ReportBlock::Kind::PageBreak:
            html += QStringLiteral("<p style=\"page-break-after: always\"></p>");
            break;
        }
    }
    return html;
}

void ReportPreview::fill(QTextDocument *document, const ReportDocument &report, int chartWidth)
{
    document->clear();
    for (std::size_t i = 0; i < report.charts.size(); ++i)
        document->addResource(QTextDocument::ImageResource, chartUrl(int(i)), chartImage(report.charts.at(i), chartWidth));
    document->setHtml(html(report, chartWidth));
}

} // namespace dd
