#pragma once

#include "customers/Customer.h"

#include <QList>
#include <QString>

namespace dd {

class Database;

// The customer details a user edits, for pointing at the field a rule is about.
enum class CustomerField { Name, Street, PostalCode, City, Country, VatId, Email, PaymentTerm, Peppol };

// A rule a customer's details break: the field and a message that names it.
struct CustomerProblem
{
    CustomerField field;
    QString message;
};

// Edits of a customer's details (the GUI's customer dialog). The rules are those the CSV import
// applies to the same fields, so a customer saved here imports and exports unchanged.
class CustomerService
{
public:
    explicit CustomerService(Database &database);

    // Every rule the details break, in the order of the fields; empty when they can be stored.
    static QList<CustomerProblem> problems(const Customer &customer);
    // The field's label as the user sees it ("E-mail", "Peppol participant id").
    static QString fieldLabel(CustomerField field);

    // Stores the edited details of an existing customer in one transaction. Throws
    // ValidationError, with nothing written, naming the first field that breaks a rule, or when
    // the customer no longer exists.
    void save(const Customer &customer);

private:
    Database &m_database;
};

} // namespace dd
