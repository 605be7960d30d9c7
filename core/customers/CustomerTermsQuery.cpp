#include "CustomerTermsQuery.h"

#include "storage/Database.h"

#include <QSqlError>

namespace dd {

CustomerTermsQuery::CustomerTermsQuery(Database &database)
    : m_database(database)
{
}

std::optional<CustomerTermsQuery::Terms> CustomerTermsQuery::byNumber(const QString &number)
{
    if (!m_prepared) {
        m_byNumber = m_database.prepare(QStringLiteral("SELECT id, payment_term_days FROM customers WHERE number = ?"));
        m_prepared = true;
    }
    Database::exec(m_byNumber, {number});
    std::optional<Terms> found;
    if (m_byNumber.next())
        found = Terms{m_byNumber.value(0).toLongLong(), m_byNumber.value(1).toInt()};
    m_byNumber.finish();
    return found;
}

bool CustomerTermsQuery::readAll(QHash<QString, Terms> &into) const
{
    QSqlQuery query(m_database.connection());
    Database::readForward(query);
    if (!query.exec(QStringLiteral("SELECT number, id, payment_term_days FROM customers")))
        return false;
    while (query.next())
        into.insert(query.value(0).toString(), Terms{query.value(1).toLongLong(), query.value(2).toInt()});
    return query.lastError().type() == QSqlError::NoError;
}

} // namespace dd
