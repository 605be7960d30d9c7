#include "CustomerTermsQuery.h"

#include "storage/Database.h"
#include "storage/FastStatement.h"

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

void CustomerTermsQuery::readAll(const std::function<void(QStringView number, const Terms &terms)> &each) const
{
    // The backend's fast path: a large import reads a hundred thousand customers here.
    const std::unique_ptr<FastStatement> all = m_database.prepareFast(QStringLiteral("SELECT number, id, payment_term_days FROM customers"));
    for (bool row = all->firstRow(); row; row = all->nextRow())
        each(all->textAt(0), Terms{all->int64At(1), int(all->int64At(2))});
}

} // namespace dd
