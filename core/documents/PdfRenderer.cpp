#include "PdfRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTextDocument>

#include <stdexcept>

namespace dd {

namespace {
constexpr int resolution = 300; // dots per inch of the PDF's coordinate system

int mm(double millimetres)
{
    return int(millimetres * resolution / 25.4 + 0.5);
}

QString footerText(const CompanySettings &company, Language language)
{
    const bool nl = language == Language::Dutch;
    QStringList parts;
    if (!company.iban.trimmed().isEmpty())
        parts << QStringLiteral("IBAN ") + company.iban.trimmed()
                + (company.bic.trimmed().isEmpty() ? QString() : QStringLiteral(" (BIC ") + company.bic.trimmed() + u')');
    if (!company.kvk.trimmed().isEmpty())
        parts << (nl ? QStringLiteral("KvK ") : QStringLiteral("Chamber of Commerce ")) + company.kvk.trimmed();
    if (!company.vatId.trimmed().isEmpty())
        parts << (nl ? QStringLiteral("Btw-nr. ") : QStringLiteral("VAT no. ")) + company.vatId.trimmed();
    return parts.join(QStringLiteral("  ·  "));
}
} // namespace

QByteArray PdfRenderer::render(const QString &bodyHtml, const CompanySettings &company, Language language,
                               const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw std::logic_error("PdfRenderer needs a QGuiApplication");
    const bool nl = language == Language::Dutch;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 12, 20, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("DisputeDesk"));
        const QRect paint = writer.pageLayout().paintRectPixels(resolution);
        const int width = paint.width();
        const int headerHeight = mm(32);
        const int footerHeight = mm(12);
        const QRect body(0, headerHeight, width, paint.height() - headerHeight - footerHeight);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setHtml(bodyHtml);
        document.setPageSize(QSizeF(body.width(), body.height()));
        const int pages = document.pageCount();

        QPainter painter(&writer);
        const QImage logo = company.logoPath.isEmpty() ? QImage() : QImage(company.logoPath);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            // Letterhead: name, address and contact on the left, logo on the right.
            QFont nameFont = font;
            nameFont.setPointSizeF(16);
            nameFont.setBold(true);
            painter.setFont(nameFont);
            painter.setPen(Qt::black);
            QRect line(0, 0, width, mm(8));
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, company.name);
            QFont small = font;
            small.setPointSizeF(8.5);
            painter.setFont(small);
            QStringList contact;
            if (!company.phone.trimmed().isEmpty())
                contact << (nl ? QStringLiteral("Tel. ") : QStringLiteral("Phone ")) + company.phone.trimmed();
            if (!company.email.trimmed().isEmpty())
                contact << company.email.trimmed();
            if (!company.website.trimmed().isEmpty())
                contact << company.website.trimmed();
            painter.drawText(QRect(0, mm(9), width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter, company.addressLine());
            painter.drawText(QRect(0, mm(14), width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                             contact.join(QStringLiteral("  ·  ")));
            if (!logo.isNull()) {
                const QImage scaled = logo.scaledToHeight(mm(18), Qt::SmoothTransformation);
                painter.drawImage(QPoint(width - scaled.width(), 0), scaled);
            }
            painter.drawLine(0, mm(22), width, mm(22));

            painter.save();
            painter.translate(0, body.top() - page * body.height());
            document.drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
            painter.restore();

            const int footerTop = paint.height() - footerHeight;
            painter.setFont(small);
            painter.drawLine(0, footerTop + mm(2), width, footerTop + mm(2));
            painter.drawText(QRect(0, footerTop + mm(3), width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                             footerText(company, language));
            painter.drawText(QRect(0, footerTop + mm(7), width, mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                             (nl ? QStringLiteral("Pagina %1 van %2") : QStringLiteral("Page %1 of %2")).arg(page + 1).arg(pages));
        }
        painter.end();
    }
    return bytes;
}

} // namespace dd
