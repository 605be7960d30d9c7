#pragma once

#include <QSqlQuery>
#include <QString>

namespace dd {

class Database;

// Writes the demo's customers, their contacts and its products straight into the tables, each
// statement prepared once for many thousands of rows. Every row's id is the one the database
// gives it (RETURNING): the generator passes them on and never counts on them following each
// other. Invoices and payments are not written here but through InvoiceWriter and
// PaymentRepository, as everywhere else. Call it inside a Transaction.
class DemoDataRepository
{
public:
    explicit DemoDataRepository(Database &database);

    // True when the database holds customers or products: demo data goes into an empty one only.
    bool holdsData() const;

    qint64 addProduct(const QString &code, const QString &name, qint64 listPriceCents, int vatRateBasisPoints);

    struct NewCustomer
    {
        QString number;
        QString name;
        QString kind;
        QString language;
        QString street;
        QString postalCode;
        QString city;
        QString country;
        QString vatId;
        QString email;
        int paymentTermDays = 30;
        qint64 creditLimitCents = 0;
        QString currency;
    };
    qint64 addCustomer(const NewCustomer &customer);
    void addContact(qint64 customerId, const QString &name, const QString &role, const QString &email, const QString &phone);

private:
    Database &m_database;
    QSqlQuery m_product;
    QSqlQuery m_customer;
    QSqlQuery m_contact;
};

} // namespace dd
