#include "CustomerContactRepository.h"

#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

CustomerContactRepository::CustomerContactRepository(Database &database)
    : m_database(database)
{
}

void CustomerContactRepository::add(QList<CustomerContact> &contacts)
{
    for (const CustomerContact &contact : std::as_const(contacts)) {
        if (contact.summary.trimmed().isEmpty() || contact.date.is_special())
            throw ValidationError(QCoreApplication::translate("dd::CustomerContactRepository",
                                                              "A contact needs a date and a summary of what was said."));
    }
    Transaction transaction(m_database, DataChange::Customers);
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO customer_contacts (customer_id, contact_date, channel, direction, summary, letter_kind, "
                       "dunning_letter_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (CustomerContact &contact : contacts) {
        Database::exec(query, {contact.customerId, IsoDate::format(contact.date), DisputeCodes::channel(contact.channel),
                               DisputeCodes::contactDirection(contact.direction), contact.summary, contact.letterKind,
                               contact.dunningLetterId != 0 ? QVariant(contact.dunningLetterId) : QVariant()});
        contact.id = Database::insertedId(query);
    }
    transaction.commit();
}

void CustomerContactRepository::add(CustomerContact &contact)
{
    QList<CustomerContact> one{contact};
    add(one);
    contact.id = one.constFirst().id;
}

QList<CustomerContact> CustomerContactRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT id, customer_id, contact_date, channel, direction, summary, letter_kind, dunning_letter_id "
                       "FROM customer_contacts WHERE customer_id = ? ORDER BY contact_date DESC, id DESC"),
        {customerId});
    QList<CustomerContact> result;
    while (query.next()) {
        CustomerContact contact;
        contact.id = query.value(0).toLongLong();
        contact.customerId = query.value(1).toLongLong();
        contact.date = IsoDate::parse(query.value(2).toString()).value_or(Date());
        contact.channel = DisputeCodes::channel(query.value(3).toString()).value_or(Channel::Letter);
        contact.direction = DisputeCodes::contactDirection(query.value(4).toString()).value_or(ContactDirection::Outbound);
        contact.summary = query.value(5).toString();
        contact.letterKind = query.value(6).toString();
        contact.dunningLetterId = query.value(7).toLongLong();
        result << contact;
    }
    return result;
}

} // namespace dd
