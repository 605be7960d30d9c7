#include "CustomerRepository.h"

#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CustomerRepository", text);
}
} // namespace

CustomerRepository::CustomerRepository(Database &database)
    : m_database(database)
{
}

void CustomerRepository::insert(Customer &customer)
{
    Transaction transaction(m_database, DataChange::Customers);
    QSqlQuery query = m_database.prepareInsert(QStringLiteral(
        "INSERT INTO customers (number, name, kind, language, street, postal_code, city, country, vat_id, email, "
        "payment_term_days, credit_limit_cents, currency, peppol_scheme, peppol_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::exec(query, {customer.number, customer.name, Customer::kindCode(customer.kind),
                           Customer::languageCode(customer.language), customer.street, customer.postalCode, customer.city,
                           customer.country, customer.vatId, customer.email, customer.paymentTermDays,
                           customer.creditLimit.cents(), customer.creditLimit.currency(), customer.peppol.scheme,
                           customer.peppol.id});
    customer.id = Database::insertedId(query);
    QSqlQuery contactQuery = m_database.prepareInsert(
        QStringLiteral("INSERT INTO contacts (customer_id, name, role, email, phone) VALUES (?, ?, ?, ?, ?)"));
    for (Contact &contact : customer.contacts) {
        Database::exec(contactQuery, {customer.id, contact.name, contact.role, contact.email, contact.phone});
        contact.id = Database::insertedId(contactQuery);
    }
    transaction.commit();
}

void CustomerRepository::setPeppol(qint64 customerId, const PeppolParticipant &participant)
{
    Transaction transaction(m_database, DataChange::Customers);
    m_database.run(QStringLiteral("UPDATE customers SET peppol_scheme = ?, peppol_id = ? WHERE id = ?"),
                   {participant.scheme, participant.id, customerId});
    transaction.commit();
}

bool CustomerRepository::doNotDun(qint64 customerId) const
{
    return m_database.scalar(QStringLiteral("SELECT do_not_dun FROM customers WHERE id = ?"), {customerId}).toInt() != 0;
}

void CustomerRepository::setDoNotDun(qint64 customerId, bool hold)
{
    // The dunning run reads the mark: its preview changes with it.
    Transaction transaction(m_database, DataChange::Customers | DataChange::Dunning);
    QSqlQuery query = m_database.run(QStringLiteral("UPDATE customers SET do_not_dun = ? WHERE id = ?"), {hold ? 1 : 0, customerId});
    if (query.numRowsAffected() != 1)
        throw ValidationError(tr("There is no customer with id %1.").arg(customerId));
    transaction.commit();
}

bool CustomerRepository::update(const Customer &customer)
{
    Transaction transaction(m_database, DataChange::Customers);
    QSqlQuery query = m_database.run(
        QStringLiteral("UPDATE customers SET name = ?, kind = ?, language = ?, street = ?, postal_code = ?, city = ?, country = ?, "
                       "vat_id = ?, email = ?, payment_term_days = ?, credit_limit_cents = ?, currency = ?, peppol_scheme = ?, "
                       "peppol_id = ? WHERE id = ?"),
        {customer.name, Customer::kindCode(customer.kind), Customer::languageCode(customer.language), customer.street,
         customer.postalCode, customer.city, customer.country, customer.vatId, customer.email, customer.paymentTermDays,
         customer.creditLimit.cents(), customer.creditLimit.currency(), customer.peppol.scheme, customer.peppol.id, customer.id});
    const bool updated = query.numRowsAffected() == 1;
    transaction.commit();
    return updated;
}

std::optional<Customer> CustomerRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Customer> CustomerRepository::findByNumber(const QString &number) const
{
    return findWhere(QStringLiteral("number"), number);
}

std::optional<Customer> CustomerRepository::findByVatId(const QString &vatId) const
{
    return findWhere(QStringLiteral("vat_id"), vatId);
}

qint64 CustomerRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toLongLong();
}

std::optional<Customer> CustomerRepository::findWhere(const QString &column, const QVariant &value) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT id, number, name, kind, language, street, postal_code, city, country, vat_id, email, "
                       "payment_term_days, credit_limit_cents, currency, peppol_scheme, peppol_id FROM customers WHERE %1 = ? ORDER BY id")
            .arg(column),
        {value});
    if (!query.next())
        return std::nullopt;
    Customer c;
    c.id = query.value(0).toLongLong();
    c.number = query.value(1).toString();
    c.name = query.value(2).toString();
    c.kind = Customer::kindFromCode(query.value(3).toString()).value_or(CustomerKind::Business);
    c.language = Customer::languageFromCode(query.value(4).toString()).value_or(Language::Dutch);
    c.street = query.value(5).toString();
    c.postalCode = query.value(6).toString();
    c.city = query.value(7).toString();
    c.country = query.value(8).toString();
    c.vatId = query.value(9).toString();
    c.email = query.value(10).toString();
    c.paymentTermDays = query.value(11).toInt();
    c.creditLimit = Money(query.value(12).toLongLong(), query.value(13).toString());
    c.peppol = PeppolParticipant{query.value(14).toString(), query.value(15).toString()};
    QSqlQuery contacts = m_database.run(
        QStringLiteral("SELECT id, name, role, email, phone FROM contacts WHERE customer_id = ? ORDER BY id"), {c.id});
    while (contacts.next()) {
        c.contacts.append(Contact{contacts.value(0).toLongLong(), contacts.value(1).toString(), contacts.value(2).toString(),
                                  contacts.value(3).toString(), contacts.value(4).toString()});
    }
    return c;
}

QString CustomerRepository::numberOf(qint64 id) const
{
    return m_database.scalar(QStringLiteral("SELECT number FROM customers WHERE id = ?"), {id}).toString();
}

} // namespace dd
