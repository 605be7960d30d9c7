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
    // posting date + this many days, and never before the day after the term counted from the
    // assumed receipt (FourteenDayLetter: 2 business days for the post, then 14 days). At least
    // 17 (2 + 14 + 1), the default.
    int costsDelayDays() const;
    void setCostsDelayDays(int days);
    // Besluit BIK art. 2 lid 3: a creditor that cannot deduct the VAT on collection costs may add it,
    // and the letter declares that it cannot deduct it. The exception, so off by default; for
    // business debtors a separate choice, also off by default.
    bool addVatToCosts() const;
    void setAddVatToCosts(bool add);
    bool addVatToBusinessCosts() const;
    void setAddVatToBusinessCosts(bool add);
    // The payment term a reminder gives, in days. Default 14.
    int paymentDays() const;
    void setPaymentDays(int days);

    // A customer marked "do not dun" (customers.do_not_dun) gets no letters; the run lists its
    // invoices as skipped. Throws ValidationError for an unknown customer.
    bool doNotDun(qint64 customerId) const;
    void setDoNotDun(qint64 customerId, bool doNotDun);

private:
    int integer(const QString &key, int fallback) const;
    // Stores one setting in its own transaction, named a dunning change so that the dunning views
    // hear of it (SettingsRepository alone names it a settings change).
    void store(const QString &key, const QString &value);
    Database &m_database;
};

} // namespace dd
