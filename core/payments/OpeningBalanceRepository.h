#pragma once

#include "calendar/IsoDate.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace dd {

class Database;

// The rows behind an invoice's opening balance (OpeningBalances keeps the rule): the payment
// marked opening_balance with its allocation, and the invoice's paid amount that follows it. The
// look-ups run once per imported row, so they are prepared once. Runs inside the caller's
// transaction.
class OpeningBalanceRepository
{
public:
    explicit OpeningBalanceRepository(Database &database);

    struct Opening
    {
        qint64 paymentId = 0; // 0: the invoice has none
        qint64 cents = 0;
        Date asOf; // not a date for none
    };
    // What the opening balance works from: the invoice's customer, currency, issue date and figures.
    struct InvoiceFigures
    {
        qint64 customerId = 0;
        QString currency;
        QString issueDate;
        qint64 totalCents = 0;
        qint64 paidCents = 0;
        qint64 creditedCents = 0;
    };

    Opening find(qint64 invoiceId);
    std::optional<InvoiceFigures> invoice(qint64 invoiceId);
    bool anyExist() const;
    // A new opening payment of `cents`, labelled `label`, dated on the invoice's issue date and
    // allocated to it; the invoice's paid amount follows.
    void add(qint64 invoiceId, const InvoiceFigures &figures, qint64 cents, const QString &label, const Date &asOf);
    // The day the package's figure stood, for an opening payment.
    void setAsOf(qint64 paymentId, const Date &asOf);
    // The opening payment set to `cents` (0 removes it); the invoice's paid amount follows.
    void change(qint64 invoiceId, const Opening &opening, qint64 cents);

private:
    Database &m_database;
    QSqlQuery m_find;
    QSqlQuery m_invoice;
};

} // namespace dd
