#pragma once

#include "calendar/IsoDate.h"
#include "importers/ImportIssue.h"
#include "money/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// One credit or debit on a bank statement; an entry that batches several transactions
// (TxDtls) gives one BankTransaction per transaction.
struct BankTransaction
{
    QString statementId;
    QString entryRef; // unique within the statement: the bank's reference, or the entry's position
    Date bookingDate;
    Money amount;     // never negative (a negative one refuses the file); `credit` says which way
    bool credit = true;
    // Takes back an earlier entry of the other direction (CAMT RvslInd, MT940 RC/RD): `credit` is
    // this entry's own direction, so the return of a payment we received (a direct debit that
    // bounced) is a debit with `reversal` set.
    bool reversal = false;
    QString debtorName;
    QString debtorIban;
    QString remittance; // unstructured and structured remittance information, joined
    QString endToEndId;
    int line = 0;       // where the entry starts in the file
    QString source;     // that file (inside a .zip: zip/inner file), for messages
    // Where the transaction stands: its entry's position in the file (1-based; several
    // transactions of a batch share it) and its own position in that entry (1-based; 0 when the
    // entry has no transaction details). A reader that knows no entries leaves them 0.
    int entryNumber = 0;
    int transactionNumber = 0;
};

// Reads the entries of an ISO 20022 bank-to-customer message: a camt.053 statement, a camt.052
// account report or a camt.054 debit/credit notification, every version from .001.01 on (the
// elements used here kept their names). Entries that are not booked are left out; reversals are
// kept, marked as such. An entry without a booking date takes its value date, else its
// statement's. Malformed XML or a document of another kind gives nullopt and the issue.
class CamtReader
{
public:
    // Deeper nesting is refused: a statement needs about twelve levels.
    static constexpr int maxDepth = 64;
    // `notes`, when given, gets "file:line: what" for what was read otherwise than written.
    static std::optional<QList<BankTransaction>> read(const QByteArray &bytes, const QString &fileName, ImportIssues *issues,
                                                      QStringList *notes = nullptr);
};

} // namespace dd
