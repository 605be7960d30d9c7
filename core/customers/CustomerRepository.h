#pragma once

#include "customers/Customer.h"

#include <optional>

namespace dd {

class Database;

// Reads and writes customers and their contacts.
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &database);

    // Inserts the customer and its contacts in one transaction; sets the ids.
    void insert(Customer &customer);
    // The customer's Peppol participant id (empty: none), in one transaction.
    void setPeppol(qint64 customerId, const PeppolParticipant &participant);
    // Whether the customer is left out of dunning runs, and setting it, in one transaction.
    bool doNotDun(qint64 customerId) const;
    void setDoNotDun(qint64 customerId, bool hold);
    // Writes the customer's own fields (not its number, the key of re-imports, nor its contacts)
    // in one transaction; false when there is no customer with its id.
    bool update(const Customer &customer);
    std::optional<Customer> findById(qint64 id) const;
    std::optional<Customer> findByNumber(const QString &number) const;
    // The first customer (by id) with this VAT id.
    std::optional<Customer> findByVatId(const QString &vatId) const;
    qint64 count() const;
    // The customer's number (empty when there is none), for messages and proposals.
    QString numberOf(qint64 id) const;

private:
    std::optional<Customer> findWhere(const QString &column, const QVariant &value) const;
    Database &m_database;
};

} // namespace dd
