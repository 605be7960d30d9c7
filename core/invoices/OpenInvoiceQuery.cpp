#include "OpenInvoiceQuery.h"

#include "storage/Database.h"

#include <QSqlRecord>

namespace dd {

namespace {
// The columns every statement here selects, in this order.
const char *const columns = "SELECT id, number, customer_id, currency, %1, total_incl_cents FROM invoices ";

OpenInvoiceQuery::Row rowOf(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toString(),
            query.value(4).toLongLong(), query.value(5).toLongLong()};
}

QList<OpenInvoiceQuery::Row> rowsOf(QSqlQuery &query)
{
    QList<OpenInvoiceQuery::Row> rows;
    while (query.next())
        rows.append(rowOf(query));
    return rows;
}
} // namespace

OpenInvoiceQuery::OpenInvoiceQuery(Database &database)
    : m_database(database)
{
    // Credit notes (schema 4) reduce what is open, like payments.
    const bool credited = m_database.connection().record(QStringLiteral("invoices")).contains(QStringLiteral("credited_cents"));
    m_open = credited ? QStringLiteral("(total_incl_cents - paid_cents - credited_cents)") : QStringLiteral("(total_incl_cents - paid_cents)");
    m_byNumber = m_database.prepare(select(QStringLiteral("WHERE number = ?")));
    m_byNumberInCurrency = m_database.prepare(select(QStringLiteral("WHERE number = ? AND currency = ?")));
}

QString OpenInvoiceQuery::select(const QString &rest) const
{
    return QString::fromLatin1(columns).arg(m_open) + rest;
}

std::optional<OpenInvoiceQuery::Row> OpenInvoiceQuery::byNumber(const QString &number, const QString &currency)
{
    QSqlQuery &query = currency.isEmpty() ? m_byNumber : m_byNumberInCurrency;
    if (currency.isEmpty())
        Database::exec(query, {number});
    else
        Database::exec(query, {number, currency});
    std::optional<Row> found;
    if (query.next())
        found = rowOf(query);
    query.finish();
    return found;
}

QList<OpenInvoiceQuery::Row> OpenInvoiceQuery::openOf(qint64 customerId, const QString &currency) const
{
    QSqlQuery query = m_database.run(select(QStringLiteral("WHERE customer_id = ? AND currency = ? AND %1 > 0 ORDER BY due_date, number").arg(m_open)),
                                     {customerId, currency});
    return rowsOf(query);
}

QList<OpenInvoiceQuery::Row> OpenInvoiceQuery::withOpen(const QString &currency, qint64 openCents) const
{
    QSqlQuery query = m_database.run(select(QStringLiteral("WHERE currency = ? AND %1 = ? ORDER BY due_date, number LIMIT 20").arg(m_open)),
                                     {currency, openCents});
    return rowsOf(query);
}

} // namespace dd
