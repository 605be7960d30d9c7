#include "BankMatchEdits.h"

#include <QCoreApplication>
#include <QStringList>

namespace dd {

QString BankMatchEdits::bookingQuestion(int count)
{
    return QCoreApplication::translate("dd::BankMatchEdits",
                                       "Book %n ticked entry(s) as payments?\n\nBooking cannot be undone here: only a "
                                       "reversal on a later bank statement takes a booked payment back.",
                                       nullptr, count);
}

QString BankMatchEdits::invoiceNumbers(const BankMatch &match)
{
    QStringList numbers;
    for (const MatchedInvoice &allocation : match.allocations)
        numbers << allocation.number;
    return numbers.join(QStringLiteral(", "));
}

QString BankMatchEdits::entryLabel(const BankMatch &match, NumberStyle style)
{
    const BankTransaction &t = match.transaction;
    const QString payer = t.debtorName.isEmpty() ? t.debtorIban : t.debtorName;
    const QString amount = t.amount.format(style);
    return payer.isEmpty() ? amount
                           : QCoreApplication::translate("dd::BankMatchEdits", "%1 from %2").arg(amount, payer);
}

} // namespace dd
