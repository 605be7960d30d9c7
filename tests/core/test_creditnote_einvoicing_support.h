#pragma once

// Customers and invoices for the e-invoicing tests of credit notes (issue 17): businesses in the
// Netherlands, Belgium, Germany, the UK and the US, a consumer, and invoices with exempt,
// reverse-charge and not-subject-to-VAT lines.

#include "test_documents_fixture.h"

namespace dd::test {

inline qint64 addCustomer(DocumentsFixture &f, const QString &number, const QString &country, const QString &vatId,
                          const QString &peppol = QString(), CustomerKind kind = CustomerKind::Business)
{
    Customer c;
    c.number = number;
    c.name = QStringLiteral("Customer ") + number;
    c.kind = kind;
    c.language = Language::English;
    c.street = QStringLiteral("Main Street 1");
    c.postalCode = QStringLiteral("1000");
    c.city = QStringLiteral("City");
    c.country = country;
    c.vatId = vatId;
    QString why;
    c.peppol = PeppolParticipant::parse(peppol, &why).value_or(PeppolParticipant());
    CustomerRepository(*f.db).insert(c);
    return c.id;
}

inline InvoiceLine lineOf(const QString &description, qint64 cents, int rateBp, const VatTreatment &treatment = {})
{
    InvoiceLine line;
    line.description = description;
    line.quantityThousandths = 2000;
    line.unitPrice = eur(cents);
    line.vatRateBasisPoints = rateBp;
    line.vatTreatment = treatment;
    return line;
}

inline Invoice invoiceWith(DocumentsFixture &f, const QString &number, qint64 customerId, const QList<InvoiceLine> &lines)
{
    Invoice invoice;
    invoice.number = number;
    invoice.customerId = customerId;
    invoice.issueDate = day(2026, 2, 1);
    invoice.dueDate = day(2026, 3, 3);
    invoice.lines = lines;
    InvoiceRepository(*f.db).insert(invoice);
    return invoice;
}

// An invoice of 10.01 + 20.02 at 21% (VAT 2.10 + 4.20: 36.33) whose payable amount is rounded by
// `roundingCents`, as a UBL invoice with a PayableRoundingAmount is stored (UblReader): the rounding
// apart, total_incl_cents what the customer owes.
inline Invoice roundedInvoice(DocumentsFixture &f, const QString &number, qint64 roundingCents)
{
    InvoiceLine a = lineOf(QStringLiteral("Part A"), 1001, 2100);
    InvoiceLine b = lineOf(QStringLiteral("Part B"), 2002, 2100);
    a.quantityThousandths = b.quantityThousandths = 1000;
    invoiceWith(f, number, f.dutchCustomer, {a, b});
    f.db->run(QStringLiteral("UPDATE invoices SET rounding_cents = ?, total_incl_cents = total_incl_cents + ? WHERE number = ?"),
              {roundingCents, roundingCents, number});
    return f.reload(number);
}

inline const VatTreatment exempt{QStringLiteral("E"), QStringLiteral("VATEX-EU-132-1I"), QStringLiteral("Exempt: education")};
inline const VatTreatment reverseCharge{QStringLiteral("AE"), QStringLiteral("VATEX-EU-AE"), QStringLiteral("Reverse charge")};
inline const VatTreatment notSubject{QStringLiteral("O"), QString(), QStringLiteral("Not subject to VAT")};

} // namespace dd::test
