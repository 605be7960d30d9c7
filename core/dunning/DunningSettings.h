#pragma once

#include "dunning/DunningLevel.h"

#include <QList>

namespace dd {

class Database;

// The dunning settings kept in the database, so every user of a shared file dunns alike: the levels
// (table dunning_levels; empty means the defaults) and a few key/value settings.
class DunningSettings
{
public:
    explicit DunningSettings(Database &database);

    // The levels in ladder order: the user's own when stored, else DunningLevel::defaults().
    QList<DunningLevel> levels() const;
    // Replaces the levels in one transaction. Throws ValidationError when the list is empty, codes
    // repeat or are not [a-z0-9-], days decrease, or a number is negative.
    void setLevels(const QList<DunningLevel> &levels);

    // Practice with the 14-day letter (DOMAIN-NL.md §2): the costs are charged no earlier than the
    // posting date + this many days (14 days after receipt, with two days for the post). Default 16.
    int costsDelayDays() const;
    void setCostsDelayDays(int days);
    // Besluit BIK art. 2 lid 3: a creditor that cannot deduct VAT adds VAT to the collection costs
    // and says so in the letter. Default: no (the creditor deducts VAT).
    bool addVatToCosts() const;
    void setAddVatToCosts(bool add);
    // The payment term a reminder gives, in days. Default 14.
    int paymentDays() const;
    void setPaymentDays(int days);

    // A customer marked "do not dun" (customers.do_not_dun) gets no letters; the run lists its
    // invoices as skipped. Throws ValidationError for an unknown customer.
    bool doNotDun(qint64 customerId) const;
    void setDoNotDun(qint64 customerId, bool doNotDun);

private:
    int integer(const QString &key, int fallback) const;
    Database &m_database;
};

} // namespace dd
