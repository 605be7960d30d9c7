#pragma once

#include "calendar/IsoDate.h"

#include <QString>

#include <optional>

namespace dd {

class Database;

// Reads the facts of a case and its customer that CaseAssessment weighs: the customer's kind and
// history, the case's 14-day letter and earliest due date. One small statement each.
class CaseFactsQuery
{
public:
    explicit CaseFactsQuery(Database &database);

    bool isConsumer(qint64 customerId) const;
    // The date of the first 14-day letter sent in the case, if any.
    std::optional<Date> firstFourteenDayLetter(qint64 disputeId) const;
    // The earliest due date of the case's invoices.
    std::optional<Date> earliestDueDate(qint64 disputeId) const;
    // What the customer was invoiced in `currency` (incl. VAT) with an issue date in (after, through].
    qint64 invoicedCents(qint64 customerId, const QString &currency, const Date &after, const Date &through) const;

    struct PaymentHistory
    {
        qint64 invoicedCents = 0;
        qint64 paidCents = 0;
    };
    // The customer's invoices due before `dueBefore`, those of the case itself left out.
    PaymentHistory paymentHistory(qint64 customerId, const Date &dueBefore, qint64 excludingDisputeId) const;

private:
    Database &m_database;
};

} // namespace dd
