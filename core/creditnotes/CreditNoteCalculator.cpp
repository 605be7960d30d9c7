#include "CreditNoteCalculator.h"

#include "common/ValidationError.h"
#include "documents/DocumentFormat.h"
#include "money/Rounding.h"

#include <QCoreApplication>
#include <QSet>

#include <map>
#include <tuple>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CreditNoteCalculator", text);
}
} // namespace

QList<CreditNoteLine> CreditNoteCalculator::byLines(const Invoice &invoice, const QList<int> &lineNos)
{
    if (lineNos.isEmpty())
        throw ValidationError(tr("Name at least one line of invoice %1 to credit.").arg(invoice.number));
    QSet<int> seen;
    QList<CreditNoteLine> result;
    for (int lineNo : lineNos) {
        if (seen.contains(lineNo))
            throw ValidationError(tr("Line %1 is named twice.").arg(lineNo));
        seen.insert(lineNo);
        const InvoiceLine *found = nullptr;
        for (const InvoiceLine &line : invoice.lines) {
            if (line.lineNo == lineNo)
                found = &line;
        }
        if (!found)
            throw ValidationError(tr("Invoice %1 has no line %2 (it has %3 lines).")
                                      .arg(invoice.number)
                                      .arg(lineNo)
                                      .arg(invoice.lines.size()));
        CreditNoteLine line;
        line.lineNo = int(result.size()) + 1;
        line.invoiceLineNo = found->lineNo;
        line.description = found->description;
        line.quantityThousandths = found->quantityThousandths;
        line.unitPrice = found->unitPrice;
        line.vatRateBasisPoints = found->vatRateBasisPoints;
        line.vatTreatment = found->vatTreatment;
        line.net = found->net;
        line.vat = found->vat;
        result << line;
    }
    return result;
}

QList<CreditNoteLine> CreditNoteCalculator::byAmount(const Invoice &invoice, const Money &amount, Language language)
{
    if (amount.currency() != invoice.currency)
        throw ValidationError(tr("The amount must be in %1, the currency of invoice %2.").arg(invoice.currency, invoice.number));
    if (amount.cents() <= 0)
        throw ValidationError(tr("The amount to credit must be more than zero."));
    // Gross per VAT rate and category (an exempt and a zero-rated part are credited apart), highest
    // rate first.
    using Key = std::tuple<int, QString, QString, QString>; // -rate, category, exemption code, reason
    std::map<Key, qint64> gross;
    qint64 total = 0;
    for (const InvoiceLine &line : invoice.lines) {
        const VatTreatment &t = line.vatTreatment;
        gross[Key{-line.vatRateBasisPoints, t.categoryFor(line.vatRateBasisPoints), t.exemptionCode, t.exemptionReason}]
            += line.net.cents() + line.vat.cents();
        total += line.net.cents() + line.vat.cents();
    }
    if (total <= 0)
        throw ValidationError(tr("Invoice %1 has no amount to credit.").arg(invoice.number));
    Key largest = gross.begin()->first;
    for (const auto &[key, cents] : gross) {
        if (cents > gross[largest])
            largest = key;
    }
    std::map<Key, qint64> share;
    qint64 assigned = 0;
    for (const auto &[key, cents] : gross) {
        if (key == largest)
            continue;
        share[key] = Rounding::scale(amount.cents(), cents, total);
        assigned += share[key];
    }
    share[largest] = amount.cents() - assigned;

    QList<CreditNoteLine> result;
    for (const auto &[key, cents] : share) {
        if (cents == 0)
            continue;
        CreditNoteLine line;
        line.lineNo = int(result.size()) + 1;
        line.vatRateBasisPoints = -std::get<0>(key);
        line.vatTreatment = VatTreatment{std::get<1>(key), std::get<2>(key), std::get<3>(key)};
        const int rate = line.vatRateBasisPoints;
        const qint64 net = Rounding::scale(cents, 10000, 10000 + rate);
        line.net = Money(net, invoice.currency);
        line.vat = Money(cents - net, invoice.currency);
        // A part that reduced the invoice (an allowance at a rate of its own) is credited back as a
        // negative quantity at a positive price: a net price is never negative (EN 16931 BR-27).
        line.quantityThousandths = net < 0 ? -1000 : 1000;
        line.unitPrice = net < 0 ? -line.net : line.net;
        line.description = (language == Language::Dutch ? QStringLiteral("Creditering factuur %1 (%2 btw)")
                                                         : QStringLiteral("Credit on invoice %1 (%2 VAT)"))
                               .arg(invoice.number, DocumentFormat::rate(rate, language));
        result << line;
    }
    return result;
}

void CreditNoteCalculator::computeTotals(CreditNote &note)
{
    note.totalExclVat = Money::zero(note.currency);
    note.vat = Money::zero(note.currency);
    for (const CreditNoteLine &line : note.lines) {
        note.totalExclVat += line.net;
        note.vat += line.vat;
    }
    note.totalInclVat = note.totalExclVat + note.vat;
}

} // namespace dd
