#pragma once

#include "importers/BankEntryRepository.h"
#include "importers/CamtReader.h"

#include <QVariant>

namespace dd {

class Database;

// The rows of bank_entries that keep the credits and reversals of imported statements, and the
// rules by which a transaction is known again, so that nothing is booked twice and nothing is
// taken for booked that was not.
class BankEntries
{
public:
    // A transaction's row, found again or added.
    struct Row
    {
        qint64 id = 0;
        QVariant paymentId;  // null: not booked
        QVariant reversedBy; // not null: a reversal took the credit back
    };

    explicit BankEntries(Database &database);

    // Gives every transaction a reference of its own within its statement. Banks repeat the
    // entry's reference on each transaction of a batch, and anonymised files one placeholder
    // throughout: the second and later holders of a reference get the transaction's details added
    // (its EndToEndId, else its position). The first keeps the reference alone, as it was stored
    // before this rule, so that a statement imported then is still recognised.
    static void makeReferencesDistinct(QList<BankTransaction> &transactions);

    // The row of this transaction, added when it is new. Known again: the same statement and
    // reference with the same amount, currency and date; or, from another statement, everything the
    // same (reference, amount, currency, date, payer, remittance, EndToEndId), as when the day's
    // statement repeats an intraday report (camt.052). A reference a different transaction holds
    // already (statement ids and references reused, anonymised) is made distinct by the date and
    // amount, and `transaction` carries it from then on.
    Row keep(BankTransaction &transaction);

private:
    BankEntryRepository m_entries;
};

} // namespace dd
