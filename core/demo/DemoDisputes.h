#pragma once

#include "calendar/IsoDate.h"

#include <QList>
#include <QString>

#include <vector>

namespace dd {

class Database;
class DemoRandom;

// What the demo generator knows of an invoice when it decides whether it will be disputed.
struct DemoInvoiceFacts
{
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    bool consumer = false;
    Date issued;
    qint64 totalCents = 0;
    QString currency;
    QList<qint64> productIds;
};

// Demo dispute cases: about 5% of invoices disputed, more for a few products with a recent cluster
// of complaints; reasons mostly organisational; every step of the decision tree and every outcome
// present, with findings, contacts and the audit trail each case would have. The case's outcome
// decides whether (and when) the invoice is paid, so invoices and cases agree.
class DemoDisputes
{
public:
    DemoDisputes(Database &database, const Date &until);
    ~DemoDisputes();

    struct Decision
    {
        bool disputed = false;
        Date paidOn;          // not-a-date: no payment
        qint64 paidCents = 0; // what is paid then
    };
    // Decides, for one invoice, whether it is disputed and how its case ends.
    Decision consider(const DemoInvoiceFacts &invoice, DemoRandom &random);
    // Writes all cases, numbered in order of receipt. Returns how many.
    qint64 write(DemoRandom &random);

private:
    struct Plan;
    Database &m_database;
    Date m_until;
    std::vector<Plan> m_plans;
};

} // namespace dd
