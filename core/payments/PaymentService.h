#pragma once

#include "payments/Payment.h"

#include <QString>

namespace dd {

class Clock;
class Database;
struct Invoice;

// Payments entered by hand from an invoice (issue 19): money received, the reversal of a payment
// received and a refund paid out of a credit balance. Each is one transaction that stores a
// payment row (who entered it and when with it; on an invoice in an open case also an audit
// entry on the case) and never deletes one: a reversal and a refund
// are payments of a negative amount (PaymentRepository::recordReturn). A refused entry throws
// ValidationError naming the field and writes nothing. Used alike by the GUI and the CLI.
class PaymentService
{
public:
    PaymentService(Database &database, const Clock &clock, QString actor);

    // Money received against one invoice, in the invoice's currency, dated no later than today
    // and not before the invoice. More than is open is accepted: the invoice is then overpaid and
    // the excess is a refund owed (see overpayment(), which the form states before it records).
    Payment receive(qint64 invoiceId, const Money &amount, const Date &date, const QString &reference);
    // What `amount` received on the invoice would pay beyond what is open; zero when it does not.
    Money overpayment(qint64 invoiceId, const Money &amount) const;
    // Takes back a payment received, as of `date` (not before the payment, not after today): a
    // reversal of the same amount on the same invoices, linked to it; the invoices are open again.
    // Refused for a reversal or a refund, a payment reversed before and an opening balance.
    Payment reverse(qint64 paymentId, const Date &date, const QString &reason);
    // Money paid back to the customer out of the invoice's credit balance (refundOwed), at most
    // that balance: the invoice's open amount rises towards zero.
    Payment payRefund(qint64 invoiceId, const Money &amount, const Date &date, const QString &reference);

    // What the customer is owed back on an invoice: the credit balance when more was paid and
    // credited than was due (a refund credit note on a paid invoice, an overpayment); else zero.
    static Money refundOwed(const Invoice &invoice);

private:
    Invoice invoice(qint64 invoiceId) const;
    void checkDate(const Date &date, const Date &earliest, const QString &earliestText) const;
    void stamp(Payment &payment) const;
    // An audit entry on the open case of each invoice the payment touches; `what` takes the
    // invoice number, the amount and the reference.
    void noteOnCases(const Payment &payment, const QString &what) const;
    Date today() const;

    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace dd
