#pragma once

#include "importers/CamtReader.h"
#include "importers/ImportIssue.h"
#include "invoices/OpenInvoiceQuery.h"

#include <QHash>
#include <QList>

#include <optional>

namespace dd {

class Database;

// An invoice a bank transaction is proposed to pay, and how much of it.
struct MatchedInvoice
{
    qint64 invoiceId = 0;
    QString number;
    Money amount;
    // The part of `amount` that takes the place of the invoice's opening balance: the payment is
    // one the accounting package counted already (OpeningBalances' rule); the rest pays what is open.
    qint64 fromOpening = 0;
};

// What the reconciler makes of one credit on a statement.
struct BankMatch
{
    // Reversed and ReversalUnmatched are for reversals (BankReversals): one that undid a payment
    // (or took back a credit not booked), and one left for the user to check.
    enum class State { Proposed, Booked, AlreadyBooked, Unmatched, Reversed, ReversalUnmatched };

    BankTransaction transaction;
    State state = State::Unmatched;
    // 100: the remittance names the open invoices and the amount is exactly what they have
    // open; lower for partial or excess payments, matches by amount and known IBAN (75), by amount
    // alone (50); 0: nothing found.
    int score = 0;
    qint64 customerId = 0;
    QString customerNumber;
    QList<MatchedInvoice> allocations;
    QString reason;
    qint64 paymentId = 0;
    qint64 entryId = 0; // the row in bank_entries that keeps the credit
    bool byHand = false; // the user chose the invoices (matchTo)

    static QString stateCode(State state);
};

struct ReconcileReport
{
    QList<BankMatch> matches; // the credits, in statement order
    QList<BankMatch> reversals; // the debits that take an earlier credit back (RvslInd), in statement order
    qint64 debits = 0;        // debit entries (a batch is one), not ours to match
    qint64 booked = 0;
    ImportIssues errors;
    QStringList notes; // "file:line: why": credits left out (of 0.00: no payment), batches taken whole, reversals
    bool committed = false;

    // The reversals that undid a payment or took back a credit (now or before).
    qint64 reversalsUndone() const;
    // "N reversal(s) by the bank: U undone, C to check by hand", for the summary of an import.
    QString reversalSummary() const;
};

// Imports a bank statement (CAMT.05x, MT940 or a .zip of them, told apart by StatementReader):
// keeps every credit in bank_entries (BankEntries: the same statement imported again books nothing
// twice), proposes for each the open invoices it pays (never those the user rejected for it), and
// with a threshold books the proposals scoring at least that much as payments with allocations
// (PaymentRepository), remembering the payer's IBAN for later statements. A reversal undoes the
// payment it takes back (BankReversals). One transaction.
class BankReconciler
{
public:
    explicit BankReconciler(Database &database);
    ReconcileReport importStatement(const QString &path, std::optional<int> confirmAtLeast);

    // The credits of every imported statement that are not booked yet, each proposed afresh
    // (payments booked since change what is open), in booking date order. Writes nothing.
    ReconcileReport pending();
    // Books the confirmed matches as payments with allocations, in one transaction: all or none.
    // A match the core refuses (an entry booked meanwhile, an allocation beyond what is open)
    // books nothing and is named in the errors, with the statement, its line and why.
    ReconcileReport book(const QList<BankMatch> &matches);
    // The entry matched by hand to the invoices with these numbers (separated by spaces or
    // commas), which must be open, in the entry's currency and of one customer; the amount goes to
    // them in the order given, each up to what it has open. nullopt with the reason otherwise.
    std::optional<BankMatch> matchTo(const BankMatch &entry, const QString &invoiceNumbers, QString *why);
    // The user says the proposal is wrong: its invoices are never proposed for its entry again
    // (kept in the database, one transaction). The entry's next proposal leaves them out; with
    // nothing else found it is unmatched, the reason naming them. A match by hand may still name them.
    void reject(const BankMatch &proposal);

    // The words of the remittance and EndToEndId that may be invoice numbers, as written.
    static QStringList invoiceCandidates(const BankTransaction &transaction);

private:
    // What the entry pays, leaving out the invoices the user rejected for it (id -> number).
    BankMatch propose(const BankTransaction &transaction, const QHash<qint64, QString> &rejected);
    // Records the match's payment and marks its entry booked; throws ValidationError when refused.
    void bookOne(BankMatch &match);
    qint64 openOf(qint64 invoiceId, qint64 openInDatabase) const { return openInDatabase - m_claimed.value(invoiceId); }
    // What of the invoice's opening balance a credit booked on `date` may take the place of,
    // less what earlier transactions of this run were proposed to take.
    qint64 replaceableOf(qint64 invoiceId, const Date &date);
    void claim(BankMatch &match);

    Database &m_database;
    OpenInvoiceQuery m_invoices;
    QHash<qint64, qint64> m_claimed; // cents proposed to earlier transactions of this run
    QHash<qint64, qint64> m_claimedOpening; // of which in the place of an opening balance
};

} // namespace dd
