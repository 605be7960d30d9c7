#pragma once

#include "calendar/IsoDate.h"
#include "disputes/DisputeCodes.h"
#include "money/Money.h"

#include <QList>
#include <QString>

namespace dd {

// An invoice of the customer with something open, or owed back (a credit balance).
struct OpenItem
{
    qint64 invoiceId = 0;
    QString number;
    Date issueDate;
    Date dueDate;
    Money amountDue;
    Money paid;
    Money credited;
    Money open; // negative: owed back to the customer
};

// What is open and what is owed back in one currency, never added to another currency's.
struct CurrencyTotals
{
    QString currency;
    Money open;       // what the customer owes: the invoices with something open
    Money refundOwed; // what is owed back to the customer: the invoices in credit
    int items = 0;
};

// One dispute case of the customer, as its card lists them.
struct CustomerCase
{
    qint64 id = 0;
    QString number;
    Date receivedOn;
    DisputeStep step = DisputeStep::Hear;
    Outcome outcome = Outcome::None;
    QString reasonCode;
    QString assignee;
    Money disputed;
};

// One movement on a statement of account: positive raises what the customer owes.
struct StatementLine
{
    enum class Kind { Invoice, CreditNote, Payment, Reversal, Refund };
    Date date;
    Kind kind = Kind::Invoice;
    QString document; // the invoice or credit note number, the payment's reference
    Money amount;
    Money balance; // after this line
};

// The statement of account in one currency over a period: the balance before it, every movement
// in it in date order, and the balance at its end (what is open less what is owed back).
struct Statement
{
    QString currency;
    Date from;
    Date to;
    Money opening;
    QList<StatementLine> lines;
    Money closing;
};

} // namespace dd
