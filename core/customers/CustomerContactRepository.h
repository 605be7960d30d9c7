#pragma once

#include "customers/CustomerContact.h"

#include <QList>

namespace dd {

class Database;

// Reads and writes the contact log of customers (table customer_contacts). The log is
// append-only: the database refuses to change or delete a contact once recorded.
class CustomerContactRepository
{
public:
    explicit CustomerContactRepository(Database &database);

    // Records the contacts in one transaction (joining the caller's, so a dunning run records them
    // with its history or not at all) and sets their ids. Throws ValidationError, writing nothing,
    // when a contact has no summary or no date.
    void add(QList<CustomerContact> &contacts);
    void add(CustomerContact &contact);
    // Newest first.
    QList<CustomerContact> forCustomer(qint64 customerId) const;

private:
    Database &m_database;
};

} // namespace dd
