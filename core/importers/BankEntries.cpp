#include "BankEntries.h"

#include <QSet>

namespace dd {

BankEntries::BankEntries(Database &database)
    : m_entries(database)
{
}

void BankEntries::makeReferencesDistinct(QList<BankTransaction> &transactions)
{
    QSet<QString> used;
    for (BankTransaction &t : transactions) {
        auto taken = [&](const QString &ref) { return used.contains(t.statementId + u'\n' + ref); };
        const QString shared = t.entryRef;
        if (taken(t.entryRef) && !t.endToEndId.isEmpty())
            t.entryRef = shared + u'/' + t.endToEndId;
        if (taken(t.entryRef))
            t.entryRef = shared + QStringLiteral("/%1.%2").arg(t.entryNumber).arg(t.transactionNumber);
        for (int n = 2; taken(t.entryRef); ++n)
            t.entryRef = shared + QStringLiteral("/%1.%2#%3").arg(t.entryNumber).arg(t.transactionNumber).arg(n);
        used.insert(t.statementId + u'\n' + t.entryRef);
    }
}

BankEntries::Row BankEntries::keep(BankTransaction &t)
{
    const QString date = IsoDate::format(t.bookingDate);
    const QString shared = t.entryRef;
    for (int n = 1;; ++n) {
        const auto found = m_entries.findKnown(t, date);
        if (!found)
            break;
        // Of another statement, the row matched on every detail; of this one, on the reference only.
        const bool same = found->statementId != t.statementId
            || (found->amountCents == t.amount.cents() && found->currency == t.amount.currency() && found->bookingDate == date);
        if (same)
            return Row{found->id, found->paymentId, found->reversedBy};
        t.entryRef = shared + QStringLiteral("/%1/%2").arg(date, t.amount.toPlain()) + (n > 1 ? QStringLiteral("#%1").arg(n) : QString());
    }
    return Row{m_entries.insert(t, date), QVariant(), QVariant()};
}

} // namespace dd
