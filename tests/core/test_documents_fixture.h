#pragma once

// A hand-made data set for the document and credit note tests: company settings, a Dutch customer
// with a hostile name and an English one, and an invoice with 21% and 9% lines and odd cents:
//   line 1: 3 x 33.33 at 21% = 99.99 + VAT 21.00 (20.9979)
//   line 2: 1 x 10.01 at  9% = 10.01 + VAT  0.90 (0.9009)
//   total 110.00 + VAT 21.90 = 131.90

#include "TestCompany.h"
#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "documents/SettingsRepository.h"
#include "invoices/InvoiceRepository.h"

#include <QProcess>

namespace dd::test {

struct DocumentsFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = Database::open(databaseLocation(dir, QStringLiteral("documents.sqlite")));
    FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC)};
    CreditNoteService credits{*db, clock, QStringLiteral("anouk")};
    qint64 dutchCustomer = 0;
    qint64 englishCustomer = 0;

    DocumentsFixture()
    {
        SettingsRepository(*db).setCompany(dd::test::acmeCompany());

        Customer nl;
        nl.number = QStringLiteral("C-100");
        nl.name = QStringLiteral("<b>Evil</b> & Co");
        nl.language = Language::Dutch;
        nl.street = QStringLiteral("Kerkstraat 5");
        nl.postalCode = QStringLiteral("1234 AB");
        nl.city = QStringLiteral("Amersfoort");
        nl.vatId = QStringLiteral("NL999999999B01");
        nl.email = QStringLiteral("info@evil.example");
        nl.contacts << Contact{0, QStringLiteral("Jan de Vries"), QStringLiteral("inkoop"), QStringLiteral("jan@evil.example"),
                               QString()};
        CustomerRepository(*db).insert(nl);
        dutchCustomer = nl.id;

        Customer en;
        en.number = QStringLiteral("C-200");
        en.name = QStringLiteral("Brit Ltd");
        en.language = Language::English;
        en.street = QStringLiteral("1 High Street");
        en.postalCode = QStringLiteral("SW1A 1AA");
        en.city = QStringLiteral("London");
        en.country = QStringLiteral("GB");
        en.email = QStringLiteral("accounts@brit.example");
        CustomerRepository(*db).insert(en);
        englishCustomer = en.id;
    }

    Invoice invoice(const QString &number, qint64 customerId, const Date &issued = day(2026, 2, 1))
    {
        Invoice invoice;
        invoice.number = number;
        invoice.customerId = customerId;
        invoice.issueDate = issued;
        invoice.dueDate = issued + boost::gregorian::date_duration(30);
        InvoiceLine a;
        a.description = QStringLiteral("Repair hours");
        a.quantityThousandths = 3000;
        a.unitPrice = eur(3333);
        a.vatRateBasisPoints = 2100;
        InvoiceLine b;
        b.description = QStringLiteral("Coffee & <i>cake</i>");
        b.quantityThousandths = 1000;
        b.unitPrice = eur(1001);
        b.vatRateBasisPoints = 900;
        invoice.lines << a << b;
        InvoiceRepository(*db).insert(invoice);
        return invoice;
    }

    CreditNote issue(const QString &invoiceNumber, std::optional<Money> amount = std::nullopt, QList<int> lines = {},
                     std::optional<Date> date = std::nullopt)
    {
        CreditNoteRequest request;
        request.invoiceNumber = invoiceNumber;
        request.amount = amount;
        request.lines = lines;
        request.reason = QStringLiteral("Repair not finished <b>on time</b>");
        request.issueDate = date;
        return credits.issue(request);
    }

    Invoice reload(const QString &number) { return *InvoiceRepository(*db).findByNumber(number); }
};

// The text of a PDF as pdftotext reads it.
inline QString pdfText(const QByteArray &pdf)
{
    REQUIRE(pdf.startsWith("%PDF"));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"), QStringLiteral("-")});
    REQUIRE(process.waitForStarted());
    process.write(pdf);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    // Lines wrap where the layout decides: compare words, not line breaks.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified(); // ligatures as letters
}

} // namespace dd::test
