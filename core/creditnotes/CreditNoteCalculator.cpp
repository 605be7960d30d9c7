#include "CreditNoteCalculator.h"

#include "common/ValidationError.h"
#include "documents/DocumentFormat.h"
#include "money/Rounding.h"

#include <QCoreApplication>
#include <QSet>

#include <map>

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
    // Gross per rate, highest rate first.
    std::map<int, qint64, std::greater<int>> gross;
    qint64 total = 0;
    for (const InvoiceLine &line : invoice.lines) {
        gross[line.vatRateBasisPoints] += line.net.cents() + line.vat.cents();
        total += line.net.cents() + line.vat.cents();
    }
    if (total <= 0)
        throw ValidationError(tr("Invoice %1 has no amount to credit.").arg(invoice.number));
    int largest = gross.begin()->first;
    for (const auto &[rate, cents] : gross) {
        if (cents > gross[largest])
            largest = rate;
    }
    std::map<int, qint64, std::greater<int>> share;
    qint64 assigned = 0;
    for (const auto &[rate, cents] : gross) {
        if (rate == largest)
            continue;
        share[rate] = Rounding::scale(amount.cents(), cents, total);
        assigned += share[rate];
    }
    share[largest] = amount.cents() - assigned;

    QList<CreditNoteLine> result;
    for (const auto &[rate, cents] : share) {
        if (cents == 0)
            continue;
        CreditNoteLine line;
        line.lineNo = int(result.size()) + 1;
        line.vatRateBasisPoints = rate;
        const qint64 net = Rounding::scale(cents, 10000, 10000 + rate);
        line.net = Money(net, invoice.currency);
        line.vat = Money(cents - net, invoice.currency);
        line.unitPrice = line.net;
        line.quantityThousandths = 1000;
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
