#include "DemoDataRepository.h"

#include "storage/Database.h"

namespace dd {

DemoDataRepository::DemoDataRepository(Database &database)
    : m_database(database)
    , m_product(database.prepareInsert(QStringLiteral(
          "INSERT INTO products (code, name, list_price_cents, currency, vat_rate_bp) VALUES (?, ?, ?, 'EUR', ?)")))
    , m_customer(database.prepareInsert(QStringLiteral(
          "INSERT INTO customers (number, name, kind, language, street, postal_code, city, country, vat_id, email, "
          "payment_term_days, credit_limit_cents, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    , m_contact(database.prepare(
          QStringLiteral("INSERT INTO contacts (customer_id, name, role, email, phone) VALUES (?, ?, ?, ?, ?)")))
{
}

bool DemoDataRepository::holdsData() const
{
    return m_database.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM products)")).toLongLong() > 0;
}

qint64 DemoDataRepository::addProduct(const QString &code, const QString &name, qint64 listPriceCents, int vatRateBasisPoints)
{
    Database::exec(m_product, {code, name, listPriceCents, vatRateBasisPoints});
    return Database::insertedId(m_product);
}

qint64 DemoDataRepository::addCustomer(const NewCustomer &c)
{
    Database::exec(m_customer, {c.number, c.name, c.kind, c.language, c.street, c.postalCode, c.city, c.country, c.vatId, c.email,
                                c.paymentTermDays, c.creditLimitCents, c.currency});
    return Database::insertedId(m_customer);
}

void DemoDataRepository::addContact(qint64 customerId, const QString &name, const QString &role, const QString &email,
                                    const QString &phone)
{
    Database::exec(m_contact, {customerId, name, role, email, phone});
}

} // namespace dd
