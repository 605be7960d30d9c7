#include "ReceivablesQuery.h"

#include "storage/Database.h"

namespace dd {

namespace {
const QString openOnAsOf = QStringLiteral("d.received_on <= :asof AND (d.closed_on IS NULL OR d.closed_on > :asof)");
} // namespace

ReceivablesQuery::ReceivablesQuery(Database &database)
    : m_database(database)
{
}

std::vector<ReceivablesReport::Disputed> ReceivablesQuery::disputed(const Date &asOf, bool byCustomer) const
{
    // What each invoice of an open dispute still had open on the date (open now, plus payments
    // and credit notes dated later), and the disputed part of it, never more than that.
    const QString inner = QStringLiteral(
        "SELECT i.currency, i.customer_id, x.disputed, "
        "i.total_incl_cents - i.paid_cents - i.credited_cents "
        "+ COALESCE((SELECT SUM(a.amount_cents) FROM allocations a JOIN payments p ON p.id = a.payment_id "
        "WHERE a.invoice_id = i.id AND p.payment_date > :asof), 0) "
        "+ COALESCE((SELECT SUM(cn.total_incl_cents) FROM credit_notes cn WHERE cn.invoice_id = i.id AND cn.issue_date > :asof), 0) "
        "AS open_cents "
        "FROM (SELECT di.invoice_id, SUM(di.disputed_cents) AS disputed FROM dispute_invoices di "
        "JOIN disputes d ON d.id = di.dispute_id WHERE %1 GROUP BY di.invoice_id) x "
        "JOIN invoices i ON i.id = x.invoice_id WHERE i.issue_date <= :asof")
                              .arg(openOnAsOf);
    const QString sql = byCustomer
        ? QStringLiteral("SELECT o.currency, o.customer_id, SUM(CASE WHEN o.open_cents < o.disputed THEN o.open_cents ELSE o.disputed END) "
                         "FROM (%1) o WHERE o.open_cents > 0 GROUP BY o.currency, o.customer_id")
              .arg(inner)
        : QStringLiteral("SELECT o.currency, 0, SUM(CASE WHEN o.open_cents < o.disputed THEN o.open_cents ELSE o.disputed END) "
                         "FROM (%1) o WHERE o.open_cents > 0 GROUP BY o.currency")
              .arg(inner);
    QSqlQuery query = m_database.prepare(sql);
    Database::readForward(query);
    query.bindValue(QStringLiteral(":asof"), IsoDate::format(asOf));
    Database::exec(query);
    std::vector<ReceivablesReport::Disputed> result;
    while (query.next())
        result.push_back({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    return result;
}

std::vector<std::pair<QString, qint64>> ReceivablesQuery::salesByIssueDate(const QString &after, const QString &through,
                                                                         const QString &currency) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT issue_date, SUM(total_incl_cents) FROM invoices WHERE issue_date > ? AND issue_date <= ? "
                       "AND currency = ? GROUP BY issue_date"),
        {after, through, currency});
    std::vector<std::pair<QString, qint64>> result;
    while (query.next())
        result.emplace_back(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

void ReceivablesQuery::forEachPaidAllocation(const QString &after, const QString &through,
                                             const std::function<void(const PaidAllocation &)> &each) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT i.customer_id, i.currency, i.issue_date, p.payment_date, SUM(a.amount_cents) "
                       "FROM payments p JOIN allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id "
                       "WHERE p.payment_date > ? AND p.payment_date <= ? AND p.opening_balance = 0 "
                       "GROUP BY i.customer_id, i.currency, i.issue_date, p.payment_date"),
        {after, through});
    PaidAllocation row;
    while (query.next()) {
        row.customerId = query.value(0).toLongLong();
        row.currency = query.value(1).toString();
        row.issueDate = query.value(2).toString();
        row.paymentDate = query.value(3).toString();
        row.cents = query.value(4).toLongLong();
        each(row);
    }
}

} // namespace dd
