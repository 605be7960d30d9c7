#include "UblReader.h"

#include "importers/FieldLimits.h"
#include "importers/ImportValues.h"
#include "einvoicing/PeppolParticipant.h"
#include "money/VatCalculator.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::UblReader", text);
}

struct PendingLine
{
    InvoiceLine line;
    QString name;
    QString description;
    QString netText;
    int netLine = 0, netColumn = 0;
    QString baseQuantity;
};

// One TaxTotal/TaxSubtotal of the document: EN 16931 computes VAT per category and rate (BG-23),
// so these amounts, not the sum of rounded line amounts, are the document's VAT.
struct PendingSubtotal
{
    QString taxAmountText;
    QString category;
    int rateBp = 0;
    QString exemptionCode;
    QString exemptionReason;
};

struct PendingAllowance
{
    bool charge = false;
    QString reason;
    QString amountText;
    int rateBp = 0;
    QString category;
    int line = 0, column = 0;
};
// Gives each line the exemption reason of its category and makes the lines' VAT add up, per
// category and rate, to the document's VAT of that category: a line's VAT is computed and rounded
// on its own, the document's per category (EN 16931 BR-CO-17), and they can differ by a cent. The
// difference goes to the line with the largest amount of the group.
void applySubtotals(Invoice &invoice, const QList<PendingSubtotal> &subtotals)
{
    for (const PendingSubtotal &subtotal : subtotals) {
        QString why;
        const auto documentVat = ImportValues::scaled(subtotal.taxAmountText, 2, &why);
        qint64 lineVat = 0;
        InvoiceLine *largest = nullptr;
        for (InvoiceLine &line : invoice.lines) {
            if (line.vatTreatment.categoryFor(line.vatRateBasisPoints) != subtotal.category.trimmed()
                || line.vatRateBasisPoints != subtotal.rateBp)
                continue;
            if (line.vatTreatment.category.isEmpty())
                line.vatTreatment.category = subtotal.category;
            line.vatTreatment.exemptionCode = subtotal.exemptionCode;
            line.vatTreatment.exemptionReason = subtotal.exemptionReason;
            lineVat += line.vat.cents();
            if (!largest || std::abs(line.net.cents()) > std::abs(largest->net.cents()))
                largest = &line;
        }
        if (largest && documentVat && *documentVat != lineVat)
            largest->vat += Money(*documentVat - lineVat, invoice.currency);
    }
}
} // namespace

std::optional<UblDocument> UblReader::read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues)
{
    QXmlStreamReader xml(bytes);
    UblDocument doc;
    doc.file = fileName;
    ImportIssues found;
    auto issue = [&](qint64 line, qint64 column, const QString &reason) { found.append({fileName, int(line), int(column), reason}); };

    QStringList path; // local names from the root down
    QString root;
    QString taxAmountText;
    bool taxAmountFound = false;
    QHash<QString, QString> totals; // LegalMonetaryTotal children
    QHash<QString, std::pair<qint64, qint64>> where;
    PendingLine line;
    PendingAllowance allowance;
    QList<PendingLine> lines;
    QList<PendingAllowance> allowances;
    PendingSubtotal subtotal;
    QList<PendingSubtotal> subtotals;
    bool subtotalsDone = false; // a second TaxTotal (in the tax currency) has no subtotals that count
    QString issueDateText, dueDateText;
    std::pair<qint64, qint64> issueAt{1, 1}, dueAt{1, 1};

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                root = name;
                if (root != u"Invoice" && root != u"CreditNote") {
                    issue(xml.lineNumber(), xml.columnNumber(),
                          tr("not a UBL invoice or credit note (the document is <%1>)").arg(name));
                    break;
                }
                doc.creditNote = root == u"CreditNote";
                path << name;
                continue;
            }
            path << name;
            const qsizetype depth = path.size();
            // Real UBL documents nest about ten levels deep; a limit keeps a hostile file from
            // costing time and memory with its depth (and every path below stays short).
            if (depth > maxDepth) {
                issue(xml.lineNumber(), xml.columnNumber(),
                      tr("elements are nested more than %1 levels deep; this is not a UBL document").arg(maxDepth));
                break;
            }
            if (depth == 2 && (name == u"InvoiceLine" || name == u"CreditNoteLine")) {
                line = PendingLine();
                // Not subject to VAT (O) states no percentage: such a line is at 0%, not at the default rate.
                line.line.vatRateBasisPoints = 0;
            }
            if (depth == 2 && name == u"AllowanceCharge")
                allowance = PendingAllowance{false, {}, {}, 0, {}, int(xml.lineNumber()), int(xml.columnNumber())};
            if (depth == 3 && name == u"TaxSubtotal" && path.at(1) == u"TaxTotal" && !subtotalsDone)
                subtotal = PendingSubtotal();
            // Elements with text that we keep; the attribute currencyID is checked for amounts.
            const QXmlStreamAttributes attributes = xml.attributes();
            const qint64 atLine = xml.lineNumber(), atColumn = xml.columnNumber();
            // Only simple-content elements are read as text; structural ones fall through.
            static const QStringList textElements = {
                QStringLiteral("ID"), QStringLiteral("IssueDate"), QStringLiteral("DueDate"), QStringLiteral("DocumentCurrencyCode"),
                QStringLiteral("InvoiceTypeCode"), QStringLiteral("CreditNoteTypeCode"), QStringLiteral("Name"),
                QStringLiteral("RegistrationName"), QStringLiteral("CompanyID"), QStringLiteral("EndpointID"),
                QStringLiteral("StreetName"), QStringLiteral("CityName"), QStringLiteral("PostalZone"),
                QStringLiteral("IdentificationCode"), QStringLiteral("ElectronicMail"), QStringLiteral("TaxAmount"),
                QStringLiteral("LineExtensionAmount"), QStringLiteral("TaxExclusiveAmount"), QStringLiteral("TaxInclusiveAmount"),
                QStringLiteral("PrepaidAmount"), QStringLiteral("PayableRoundingAmount"), QStringLiteral("PayableAmount"),
                QStringLiteral("AllowanceTotalAmount"), QStringLiteral("ChargeTotalAmount"), QStringLiteral("InvoicedQuantity"),
                QStringLiteral("CreditedQuantity"), QStringLiteral("Description"), QStringLiteral("Percent"),
                QStringLiteral("PriceAmount"), QStringLiteral("BaseQuantity"), QStringLiteral("ChargeIndicator"),
                QStringLiteral("AllowanceChargeReason"), QStringLiteral("Amount"), QStringLiteral("PaymentDueDate"),
                QStringLiteral("TaxableAmount"), QStringLiteral("TaxExemptionReasonCode"), QStringLiteral("TaxExemptionReason")};
            if (!textElements.contains(name))
                continue;
            const QString context = path.mid(1).join(u'/');
            const QString currencyId = attributes.value(QStringLiteral("currencyID")).toString().trimmed();
            const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            path.removeLast(); // readElementText consumed the end element
            if (xml.hasError())
                break;
            if (const int limit = FieldLimits::xmlElement(name); text.size() > limit) {
                issue(atLine, atColumn, FieldLimits::tooLong(name, text.size(), limit));
                continue;
            }
            if (!currencyId.isEmpty() && !doc.invoice.currency.isEmpty() && currencyId != doc.invoice.currency
                && name != u"TaxAmount")
                issue(atLine, atColumn, tr("%1 is in %2, the document in %3").arg(name, currencyId, doc.invoice.currency));

            if (context == u"ID") {
                doc.invoice.number = text;
                where.insert(QStringLiteral("ID"), {atLine, atColumn});
            } else if (context == u"IssueDate") {
                issueDateText = text;
                issueAt = {atLine, atColumn};
            } else if (context == u"DueDate" || context == u"PaymentMeans/PaymentDueDate") {
                if (dueDateText.isEmpty()) {
                    dueDateText = text;
                    dueAt = {atLine, atColumn};
                }
            } else if (context == u"DocumentCurrencyCode") {
                doc.invoice.currency = text.toUpper();
            } else if (context == u"InvoiceTypeCode") {
                // 381 is a credit note, 384 a corrected invoice (still an invoice).
                if (text == u"381")
                    doc.creditNote = true;
            } else if (context == u"BillingReference/InvoiceDocumentReference/ID") {
                doc.billingReference = text;
            } else if (context.startsWith(u"AccountingCustomerParty/Party/")) {
                const QString part = context.mid(QStringLiteral("AccountingCustomerParty/Party/").size());
                UblParty &b = doc.buyer;
                if (part == u"PartyName/Name")
                    b.name = text;
                else if (part == u"PartyLegalEntity/RegistrationName" && b.name.isEmpty())
                    b.name = text;
                else if (part == u"PartyTaxScheme/CompanyID" && b.vatId.isEmpty())
                    b.vatId = text.simplified().remove(u' ').toUpper();
                else if (part == u"PartyIdentification/ID" && b.identifier.isEmpty())
                    b.identifier = text;
                else if (part == u"EndpointID") {
                    if (b.identifier.isEmpty())
                        b.identifier = text;
                    // Kept as the buyer's Peppol participant id when the scheme is a Peppol one.
                    const QString scheme = attributes.value(QStringLiteral("schemeID")).toString().trimmed();
                    if (PeppolParticipant::problem(scheme, text).isEmpty())
                        b.endpoint = PeppolParticipant{scheme, text};
                }
                else if (part == u"PostalAddress/StreetName")
                    b.street = text;
                else if (part == u"PostalAddress/CityName")
                    b.city = text;
                else if (part == u"PostalAddress/PostalZone")
                    b.postalCode = text;
                else if (part == u"PostalAddress/Country/IdentificationCode")
                    b.country = text.toUpper();
                else if (part == u"Contact/ElectronicMail")
                    b.email = text;
            } else if (context == u"TaxTotal/TaxAmount") {
                // A second TaxTotal in the tax currency may follow; the document currency's counts.
                if (!taxAmountFound && (currencyId.isEmpty() || currencyId == doc.invoice.currency)) {
                    taxAmountText = text;
                    taxAmountFound = true;
                    where.insert(QStringLiteral("TaxAmount"), {atLine, atColumn});
                }
            } else if (context.startsWith(u"TaxTotal/TaxSubtotal/") && !subtotalsDone
                       && (currencyId.isEmpty() || currencyId == doc.invoice.currency)) {
                const QString part = context.mid(QStringLiteral("TaxTotal/TaxSubtotal/").size());
                if (part == u"TaxAmount") {
                    subtotal.taxAmountText = text;
                } else if (part == u"TaxCategory/ID") {
                    subtotal.category = text.toUpper();
                } else if (part == u"TaxCategory/Percent") {
                    // A rate that is no number is refused: read as 0% it would match the zero-rated lines.
                    QString why;
                    if (const auto rate = ImportValues::vatRate(text, &why))
                        subtotal.rateBp = *rate;
                    else
                        issue(atLine, atColumn, tr("TaxSubtotal/TaxCategory/Percent: %1").arg(why));
                } else if (part == u"TaxCategory/TaxExemptionReasonCode") {
                    subtotal.exemptionCode = text;
                } else if (part == u"TaxCategory/TaxExemptionReason") {
                    subtotal.exemptionReason = text;
                }
            } else if (context.startsWith(u"LegalMonetaryTotal/")) {
                totals.insert(name, text);
                where.insert(name, {atLine, atColumn});
            } else if (context.startsWith(u"InvoiceLine/") || context.startsWith(u"CreditNoteLine/")) {
                const QString part = context.mid(context.indexOf(u'/') + 1);
                if (part == u"ID") {
                    line.line.lineNo = text.toInt();
                } else if (part == u"InvoicedQuantity" || part == u"CreditedQuantity") {
                    QString why;
                    if (const auto quantity = ImportValues::scaled(text, 3, &why))
                        line.line.quantityThousandths = *quantity;
                    else
                        issue(atLine, atColumn, tr("quantity: %1").arg(why));
                } else if (part == u"LineExtensionAmount") {
                    line.netText = text;
                    line.netLine = int(atLine);
                    line.netColumn = int(atColumn);
                } else if (part == u"Item/Name") {
                    line.name = text;
                } else if (part == u"Item/Description") {
                    line.description = text;
                } else if (part == u"Item/SellersItemIdentification/ID") {
                    line.line.productCode = text;
                } else if (part == u"Item/StandardItemIdentification/ID" && line.line.productCode.isEmpty()) {
                    line.line.productCode = text;
                } else if (part == u"Item/ClassifiedTaxCategory/ID") {
                    line.line.vatTreatment.category = text.toUpper();
                } else if (part == u"Item/ClassifiedTaxCategory/Percent") {
                    QString why;
                    if (const auto rate = ImportValues::vatRate(text, &why)) {
                        line.line.vatRateBasisPoints = *rate;
                    } else {
                        issue(atLine, atColumn, why);
                    }
                } else if (part == u"Price/PriceAmount") {
                    QString why;
                    if (const auto cents = ImportValues::scaled(text, 2, &why))
                        line.line.unitPrice = Money(*cents, doc.invoice.currency);
                    else
                        issue(atLine, atColumn, tr("price: %1").arg(why));
                } else if (part == u"Price/BaseQuantity") {
                    line.baseQuantity = text;
                }
            } else if (context.startsWith(u"AllowanceCharge/")) {
                const QString part = context.mid(QStringLiteral("AllowanceCharge/").size());
                if (part == u"ChargeIndicator") {
                    allowance.charge = text == u"true";
                } else if (part == u"AllowanceChargeReason") {
                    allowance.reason = text;
                } else if (part == u"Amount") {
                    allowance.amountText = text;
                } else if (part == u"TaxCategory/Percent") {
                    QString why;
                    if (const auto rate = ImportValues::vatRate(text, &why))
                        allowance.rateBp = *rate;
                    else
                        issue(atLine, atColumn, tr("AllowanceCharge/TaxCategory/Percent: %1").arg(why));
                } else if (part == u"TaxCategory/ID") {
                    allowance.category = text.toUpper();
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.size() == 2 && (path.last() == u"InvoiceLine" || path.last() == u"CreditNoteLine"))
                lines << line;
            if (path.size() == 2 && path.last() == u"AllowanceCharge")
                allowances << allowance;
            if (path.size() == 3 && path.last() == u"TaxSubtotal" && path.at(1) == u"TaxTotal" && !subtotalsDone)
                subtotals << subtotal;
            if (path.size() == 2 && path.last() == u"TaxTotal" && !subtotals.isEmpty())
                subtotalsDone = true;
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError()) {
        issue(xml.lineNumber(), xml.columnNumber(), tr("not well-formed XML: %1").arg(xml.errorString()));
    } else if (root.isEmpty()) {
        issue(1, 1, tr("no XML document"));
    }
    if (!found.isEmpty()) {
        if (issues)
            issues->append(found);
        return std::nullopt;
    }

    Invoice &invoice = doc.invoice;
    const QString kindName = doc.creditNote ? tr("credit note") : tr("invoice");
    auto at = [&](const QString &key) { return where.value(key, {1, 1}); };
    if (invoice.number.isEmpty())
        issue(1, 1, tr("the %1 has no number (cbc:ID)").arg(kindName));
    if (invoice.currency.isEmpty() || !ImportValues::isCurrencyCode(invoice.currency))
        issue(1, 1, tr("the %1 has no DocumentCurrencyCode").arg(kindName));
    if (issueDateText.isEmpty()) {
        issue(1, 1, tr("the %1 has no IssueDate").arg(kindName));
    } else {
        QString why;
        if (const auto issued = ImportValues::date(issueDateText, DateFormat::Iso, &why))
            invoice.issueDate = *issued;
        else
            issue(issueAt.first, issueAt.second, tr("IssueDate: %1").arg(why));
    }
    if (!dueDateText.isEmpty()) {
        QString why;
        if (const auto due = ImportValues::date(dueDateText, DateFormat::Iso, &why))
            invoice.dueDate = *due;
        else
            issue(dueAt.first, dueAt.second, tr("DueDate: %1").arg(why));
    }
    auto amountOf = [&](const QString &key, const QString &text, bool required) -> std::optional<Money> {
        if (text.isEmpty()) {
            if (required)
                issue(1, 1, tr("the %1 has no %2").arg(kindName, key));
            return std::nullopt;
        }
        QString why;
        const auto cents = ImportValues::scaled(text, 2, &why);
        if (!cents) {
            issue(at(key).first, at(key).second, tr("%1: %2").arg(key, why));
            return std::nullopt;
        }
        return Money(*cents, invoice.currency);
    };
    const auto inclusive = amountOf(QStringLiteral("TaxInclusiveAmount"), totals.value(QStringLiteral("TaxInclusiveAmount")), true);
    const auto exclusive = amountOf(QStringLiteral("TaxExclusiveAmount"), totals.value(QStringLiteral("TaxExclusiveAmount")), true);
    const auto rounding = amountOf(QStringLiteral("PayableRoundingAmount"), totals.value(QStringLiteral("PayableRoundingAmount")), false);
    const auto prepaid = amountOf(QStringLiteral("PrepaidAmount"), totals.value(QStringLiteral("PrepaidAmount")), false);
    const auto tax = amountOf(QStringLiteral("TaxAmount"), taxAmountText, false);
    const auto payable = amountOf(QStringLiteral("PayableAmount"), totals.value(QStringLiteral("PayableAmount")), false);
    // EN 16931 BR-CO-16: what is owed is the inclusive total plus the rounding minus what was
    // prepaid. A document whose PayableAmount says otherwise would leave an open amount nobody
    // stated, so it is refused.
    if (inclusive && payable) {
        const qint64 expected = inclusive->cents() + (rounding ? rounding->cents() : 0) - (prepaid ? prepaid->cents() : 0);
        if (payable->cents() != expected)
            issue(at(QStringLiteral("PayableAmount")).first, at(QStringLiteral("PayableAmount")).second,
                  tr("PayableAmount %1 is not TaxInclusiveAmount %2 + PayableRoundingAmount %3 - PrepaidAmount %4 = %5")
                      .arg(payable->toPlain(), inclusive->toPlain(),
                           rounding ? rounding->toPlain() : QStringLiteral("0.00"), prepaid ? prepaid->toPlain() : QStringLiteral("0.00"),
                           Money(expected, invoice.currency).toPlain()));
    }

    for (PendingLine &pending : lines) {
        InvoiceLine l = pending.line;
        l.description = pending.name.isEmpty() ? pending.description : pending.name;
        if (l.unitPrice.currency() != invoice.currency)
            l.unitPrice = Money(l.unitPrice.cents(), invoice.currency);
        if (!pending.baseQuantity.isEmpty()) {
            // The price is for BaseQuantity units; store it per unit.
            const auto base = ImportValues::scaled(pending.baseQuantity, 3, nullptr);
            if (base && *base > 0 && *base != 1000)
                l.unitPrice = l.unitPrice.scaled(1000, *base);
        }
        QString why;
        const auto net = ImportValues::scaled(pending.netText, 2, &why);
        if (!net) {
            issue(pending.netLine ? pending.netLine : 1, pending.netColumn ? pending.netColumn : 1,
                  tr("line %1: LineExtensionAmount: %2").arg(l.lineNo).arg(why));
            continue;
        }
        l.net = Money(*net, invoice.currency);
        l.vat = VatCalculator::vatOf(l.net, l.vatRateBasisPoints);
        invoice.lines << l;
    }
    for (const PendingAllowance &a : std::as_const(allowances)) {
        QString why;
        const auto cents = ImportValues::scaled(a.amountText, 2, &why);
        if (!cents) {
            issue(a.line, a.column, tr("AllowanceCharge: %1").arg(why));
            continue;
        }
        InvoiceLine l;
        l.description = (a.charge ? tr("Charge") : tr("Allowance")) + (a.reason.isEmpty() ? QString() : QStringLiteral(": ") + a.reason);
        l.quantityThousandths = 1000;
        l.unitPrice = Money(a.charge ? *cents : -*cents, invoice.currency);
        l.vatRateBasisPoints = a.rateBp;
        l.vatTreatment.category = a.category;
        l.net = l.unitPrice;
        l.vat = VatCalculator::vatOf(l.net, l.vatRateBasisPoints);
        invoice.lines << l;
    }
    applySubtotals(invoice, subtotals);
    if (inclusive && exclusive) {
        invoice.totalExclVat = *exclusive;
        invoice.vat = tax.value_or(*inclusive - *exclusive);
        // The document's own totals: the rounding is kept apart from net and VAT.
        invoice.totalInclVat = *inclusive;
        invoice.payableRounding = rounding.value_or(Money::zero(invoice.currency));
        if ((invoice.totalExclVat + invoice.vat).cents() != inclusive->cents())
            doc.warnings << tr("%1 %2: TaxExclusiveAmount %3 plus TaxAmount %4 is not TaxInclusiveAmount %5")
                                .arg(kindName, invoice.number, exclusive->toPlain(), invoice.vat.toPlain(), inclusive->toPlain());
    }
    invoice.paid = Money::zero(invoice.currency);
    doc.prepaid = prepaid.value_or(Money::zero(invoice.currency));
    // A negative prepaid amount is money already paid back to the buyer, not a payment received:
    // it stays on the invoice so that what is open is the document's PayableAmount.
    invoice.prepaidNotBooked = doc.prepaid.isNegative() ? doc.prepaid : Money::zero(invoice.currency);
    if (!found.isEmpty()) {
        if (issues)
            issues->append(found);
        return std::nullopt;
    }
    return doc;
}

} // namespace dd
