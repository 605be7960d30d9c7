#include "ReportPdfWriter.h"

#include "common/ValidationError.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTableLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <vector>

namespace dd {

namespace {

constexpr int pdfResolution = 300;

using Paint = std::function<void(QPainter &)>;

QFont baseFont()
{
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);
    return base;
}

QPageLayout pageLayout(const QPageSize &size, QPageLayout::Orientation orientation)
{
    return QPageLayout(size, orientation, QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
}

// Landscape when the document asks for it, or when a table's columns do not fit across a portrait
// page even with their text wrapped at every space.
bool landscape(const ReportDocument &document, QPagedPaintDevice &portrait)
{
    if (document.landscape)
        return true;
    const double width = portrait.pageLayout().paintRectPixels(portrait.logicalDpiX()).width();
    return std::any_of(document.tables.begin(), document.tables.end(), [&](const ReportTable &table) {
        return ReportTableLayout::minimumWidth(table, baseFont(), &portrait) > width;
    });
}

// Places blocks on pages; painting is deferred until the page count is known.
class Layout
{
public:
    Layout(QPagedPaintDevice &writer, const ReportDocument &document, bool turned)
        : m_writer(writer)
        , m_document(document)
        , m_base(baseFont())
        , m_landscape(turned)
        , m_dpi(writer.logicalDpiX())
    {
        const QRect paint = writer.pageLayout().paintRectPixels(m_dpi);
        m_width = paint.width();
        m_height = paint.height();
        m_top = mm(10);
        m_bottom = m_height - mm(10);
    }

    std::vector<std::vector<Paint>> pages;

    void titlePage()
    {
        newPage(false);
        QFont big = font(2.6, true);
        const QString title = m_document.title;
        add([=, this](QPainter &p) {
            p.setFont(big);
            p.drawText(QRectF(0, m_height * 0.3, m_width, mm(18)), Qt::AlignLeft | Qt::AlignVCenter, title);
        });
        double y = m_height * 0.3 + mm(24);
        const QFont lineFont = font(1.4);
        for (const QString &line : m_document.titleLines) {
            add([=, this](QPainter &p) {
                p.setFont(lineFont);
                p.drawText(QRectF(0, y, m_width, mm(9)), Qt::AlignLeft | Qt::AlignVCenter, line);
            });
            y += mm(10);
        }
        add([=, this](QPainter &p) {
            p.setPen(QPen(QColor(0x2e, 0x5e, 0x8c), mm(1.2)));
            p.drawLine(QPointF(0, m_height * 0.3 - mm(4)), QPointF(m_width * 0.6, m_height * 0.3 - mm(4)));
        });
    }

    void heading(const QString &text)
    {
        const QFont f = font(1.5, true);
        const double h = lineHeight(f) * 1.6;
        ensure(h + mm(30)); // keep a heading with what follows
        const double y = m_y;
        add([=, this](QPainter &p) {
            p.setFont(f);
            p.setPen(QColor(0x2e, 0x5e, 0x8c));
            p.drawText(QRectF(0, y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
            p.setPen(Qt::black);
        });
        m_y += h;
    }

    void paragraph(const QString &text)
    {
        const QFont f = font(1.0);
        const QFontMetricsF metrics(f, &m_writer);
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
        const double h = bounds.height() + mm(3);
        ensure(h);
        const double y = m_y;
        add([=, this](QPainter &p) {
            p.setFont(f);
            p.drawText(QRectF(0, y, m_width, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        });
        m_y += h;
    }

    void chart(const ReportChart &chart)
    {
        const double h = m_landscape ? mm(75) : mm(85);
        ensure(h);
        const QRectF area(0, m_y, std::min<double>(m_width, mm(170)), h - mm(5));
        const QFont f = m_base;
        add([=](QPainter &p) { ReportCharts::paint(p, area, chart, f); });
        m_y += h;
    }

    void table(const ReportTable &table)
    {
        const ReportTableLayout geometry(table, m_base, &m_writer, m_width);
        const QFont cellFont = geometry.cellFont();
        const QFont headFont = geometry.headFont();
        const QFont captionFont = font(1.1, true);
        const double lineRow = geometry.lineRowHeight();
        const double headerHeight = geometry.headerHeight();
        const double padding = geometry.padding();
        const double vpad = geometry.verticalPadding();
        const int wrap = geometry.wrapFlag();
        const std::vector<double> widths = geometry.widths();
        const double tableWidth = geometry.totalWidth();
        const qsizetype printed = table.pdfRowLimit >= 0 ? std::min<qsizetype>(table.rows.size(), table.pdfRowLimit) : table.rows.size();
        const QString caption = table.title;
        const QString continued = caption + QStringLiteral(" (…)");
        const QStringList headers = table.headers;
        const QList<bool> right = table.rightAligned;

        auto drawHeader = [&](bool again) {
            const double y = m_y;
            const QString text = again ? continued : caption;
            add([=, this](QPainter &p) {
                p.setFont(captionFont);
                p.drawText(QRectF(0, y, m_width, lineRow), Qt::AlignLeft | Qt::AlignVCenter, text);
                double x = 0;
                p.fillRect(QRectF(0, y + lineRow, tableWidth, headerHeight), QColor(0xe4, 0xea, 0xf1));
                p.setFont(headFont);
                for (qsizetype c = 0; c < headers.size(); ++c) {
                    const double w = widths[size_t(c)];
                    p.drawText(QRectF(x + padding, y + lineRow, w - 2 * padding, headerHeight),
                               (right.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | wrap, headers.at(c));
                    x += w;
                }
            });
            m_y += lineRow + headerHeight;
        };

        ensure(lineRow * 2 + headerHeight);
        drawHeader(false);
        if (table.rows.isEmpty()) {
            const double y = m_y;
            const QString text = table.emptyText.isEmpty() ? QStringLiteral("–") : table.emptyText;
            add([=, this](QPainter &p) {
                p.setFont(cellFont);
                p.drawText(QRectF(padding, y, m_width, lineRow), Qt::AlignLeft | Qt::AlignVCenter, text);
            });
            m_y += lineRow * 1.5;
            return;
        }
        for (qsizetype r = 0; r < printed; ++r) {
            const double rowHeight = geometry.rowHeight(r);
            if (m_y + rowHeight > m_bottom) {
                newPage(true);
                drawHeader(true);
            }
            const double y = m_y;
            const QStringList cells = table.rows.at(r);
            const bool shaded = r % 2 == 1;
            // A cell too long for its column wraps onto more lines (the row grows): a case
            // number or a customer's name printed in part is useless to the reader.
            add([=](QPainter &p) {
                p.setFont(cellFont);
                double x = 0;
                if (shaded)
                    p.fillRect(QRectF(0, y, tableWidth, rowHeight), QColor(0xf5, 0xf5, 0xf5));
                for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c) {
                    const double w = widths[size_t(c)];
                    p.drawText(QRectF(x + padding, y + vpad, w - 2 * padding, rowHeight - 2 * vpad),
                               (right.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop | wrap, cells.at(c));
                    x += w;
                }
            });
            m_y += rowHeight;
        }
        m_y += lineRow * 0.6;
        if (printed < table.rows.size())
            paragraph(table.limitNote.arg(table.rows.size() - printed));
    }

    void pageBreak()
    {
        if (m_y > m_top + mm(1))
            newPage(true);
    }

    void newPage(bool content)
    {
        pages.emplace_back();
        m_y = content ? m_top : 0;
        m_contentPage = content;
    }

    void finish(QPainter &painter)
    {
        const QFont small = font(0.85);
        const int count = int(pages.size());
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                m_writer.newPage();
            for (const Paint &paint : pages[size_t(i)])
                paint(painter);
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            if (i > 0) {
                painter.drawText(QRectF(0, 0, m_width, mm(6)), Qt::AlignLeft | Qt::AlignVCenter, m_document.runningHeader);
                painter.drawLine(QPointF(0, mm(6.5)), QPointF(m_width, mm(6.5)));
            }
            painter.drawText(QRectF(0, m_height - mm(6), m_width, mm(6)), Qt::AlignRight | Qt::AlignVCenter,
                             m_document.pageText.arg(i + 1).arg(count));
            painter.setPen(Qt::black);
        }
    }

private:
    QFont font(double factor, bool bold = false) const
    {
        QFont f = m_base;
        f.setPointSizeF(m_base.pointSizeF() * factor);
        f.setBold(bold);
        return f;
    }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double lineHeight(const QFont &f) const { return QFontMetricsF(f, &m_writer).height(); }
    void ensure(double height)
    {
        if (!m_contentPage || m_y + height > m_bottom)
            newPage(true);
    }
    void add(Paint paint) { pages.back().push_back(std::move(paint)); }

    QPagedPaintDevice &m_writer;
    const ReportDocument &m_document;
    QFont m_base;
    bool m_landscape;
    int m_dpi;
    double m_width = 0;
    double m_height = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    bool m_contentPage = false;
};

} // namespace

QByteArray ReportPdfWriter::render(const ReportDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(pageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait));
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("DisputeDesk"));
        paint(document, writer);
    }
    return bytes;
}

void ReportPdfWriter::paint(const ReportDocument &document, QPagedPaintDevice &device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw std::logic_error("ReportPdfWriter needs a QGuiApplication");
    const QPageSize size = device.pageLayout().pageSize();
    device.setPageLayout(pageLayout(size, QPageLayout::Portrait));
    const bool turned = landscape(document, device);
    if (turned)
        device.setPageLayout(pageLayout(size, QPageLayout::Landscape));
    Layout layout(device, document, turned);
    layout.titlePage();
    layout.newPage(true);
    for (const ReportBlock &block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            layout.heading(block.text);
            break;
        case ReportBlock::Kind::Paragraph:
            layout.paragraph(block.text);
            break;
        case ReportBlock::Kind::Table:
            layout.table(document.tables[size_t(block.index)]);
            break;
        case ReportBlock::Kind::Chart:
            layout.chart(document.charts[size_t(block.index)]);
            break;
        case ReportBlock::Kind::PageBreak:
            layout.pageBreak();
            break;
        }
    }
    QPainter painter(&device);
    layout.finish(painter);
    painter.end();
}

void ReportPdfWriter::write(const ReportDocument &document, const QString &path)
{
    const QByteArray bytes = render(document);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw ValidationError(QCoreApplication::translate("dd::ReportPdfWriter", "Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace dd
