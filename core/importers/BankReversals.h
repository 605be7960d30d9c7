#pragma once

#include "importers/BankEntryRepository.h"
#include "importers/BankReconciler.h"

namespace dd {

class Database;

// Applies the reversals on a bank statement (entries with RvslInd): a debit that takes back an
// earlier credit, such as a returned SEPA direct debit. The credit it takes back is found by, in
// this order, the same EndToEndId, the same payment reference, an allocation to an invoice the
// reversal names; always of the same amount and currency, dated no later. One found: its payment
// is undone (PaymentRepository::undo), or an unbooked credit is no longer proposed. None or several,
// or a payment already reversed by hand (PaymentService::reverse): nothing changes and the reversal
// is listed for the user, saying why. Only money received is a candidate, never a refund paid out. Runs inside the caller's
// transaction.
class BankReversals
{
public:
    explicit BankReversals(Database &database);
    // `entryId` is the reversal's row in bank_entries; a reversal applied before is reported as
    // such and applied no more.
    BankMatch apply(const BankTransaction &reversal, qint64 entryId);

private:
    struct Candidate
    {
        qint64 paymentId = 0; // 0: the credit was not booked
        qint64 entryId = 0;   // the credit's bank entry; 0: a payment not from a statement
    };
    QList<Candidate> byEndToEndId(const BankTransaction &t) const;
    QList<Candidate> byReference(const BankTransaction &t) const;
    QList<Candidate> byInvoice(const BankTransaction &t) const;
    static void collect(const BankEntryRepository::Candidates &rows, QList<Candidate> &into);
    void undo(const Candidate &candidate, qint64 entryId, BankMatch &match);
    // A payment reversed by hand before is not undone again: the reversal is listed to check.
    bool reversedByHand(const Candidate &candidate, BankMatch &match) const;

    Database &m_database;
    BankEntryRepository m_entries;
};

} // namespace dd
