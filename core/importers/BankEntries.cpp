#include "BankEntries.h"

#include "storage/Database.h"

#include <QSet>

namespace dd {

BankEntries::BankEntries(Database &database)
    : m_database(database)
    // One look-up per transaction, served by the index on (entry_ref, amount_cents): the row of
    // this statement with this reference, else one of another statement with every detail the same.
    , m_find(database.prepare(QStringLiteral(
          "SELECT id, payment_id, reversed_by, statement_id, amount_cents, currency, booking_date FROM bank_entries WHERE entry_ref = ? "
          "AND (statement_id = ? OR (amount_cents = ? AND currency = ? AND booking_date = ? AND debtor_iban = ? AND remittance = ? "
          "AND end_to_end_id = ? AND reversal = ?)) ORDER BY statement_id = ? DESC, id LIMIT 1")))
    , m_insert(database.prepareInsert(QStringLiteral(
          "INSERT INTO bank_entries (statement_id, entry_ref, booking_date, amount_cents, currency, debtor_iban, debtor_name, remittance, "
          "end_to_end_id, reversal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
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
        Database::exec(m_find, {t.entryRef, t.statementId, t.amount.cents(), t.amount.currency(), date, t.debtorIban, t.remittance,
                                t.endToEndId, int(t.reversal), t.statementId});
        if (!m_find.next()) {
            m_find.finish();
            break;
        }
        const Row row{m_find.value(0).toLongLong(), m_find.value(1), m_find.value(2)};
        // Of another statement, the row matched on every detail; of this one, on the reference only.
        const bool same = m_find.value(3).toString() != t.statementId
            || (m_find.value(4).toLongLong() == t.amount.cents() && m_find.value(5).toString() == t.amount.currency()
                && m_find.value(6).toString() == date);
        m_find.finish();
        if (same)
            return row;
        t.entryRef = shared + QStringLiteral("/%1/%2").arg(date, t.amount.toPlain()) + (n > 1 ? QStringLiteral("#%1").arg(n) : QString());
    }
    Database::exec(m_insert, {t.statementId, t.entryRef, date, t.amount.cents(), t.amount.currency(), t.debtorIban, t.debtorName,
                              t.remittance, t.endToEndId, int(t.reversal)});
    return Row{Database::insertedId(m_insert), QVariant(), QVariant()};
}

} // namespace dd
