#include "CaseFactsQuery.h"

#include "storage/Database.h"

namespace dd {

CaseFactsQuery::CaseFactsQuery(Database &database)
    : m_database(database)
{
}

bool CaseFactsQuery::isConsumer(qint64 customerId) const
{
    return m_database.scalar(QStringLiteral("SELECT kind FROM customers WHERE id = ?"), {customerId}).toString() == u"consumer";
}

std::optional<Date> CaseFactsQuery::firstFourteenDayLetter(qint64 disputeId) const
{
    const QVariant letter = m_database.scalar(
        QStringLiteral("SELECT MIN(contact_date) FROM contact_log WHERE dispute_id = ? AND letter_kind = 'fourteen-day' "
                       "AND direction = 'out'"),
        {disputeId});
    return letter.isNull() ? std::nullopt : IsoDate::parse(letter.toString());
}

std::optional<Date> CaseFactsQuery::earliestDueDate(qint64 disputeId) const
{
    return IsoDate::parse(m_database
                              .scalar(QStringLiteral("SELECT MIN(i.due_date) FROM dispute_invoices di JOIN invoices i "
                                                     "ON i.id = di.invoice_id WHERE di.dispute_id = ?"),
                                      {disputeId})
                              .toString());
}

qint64 CaseFactsQuery::invoicedCents(qint64 customerId, const QString &currency, const Date &after, const Date &through) const
{
    return m_database
        .scalar(QStringLiteral("SELECT COALESCE(SUM(total_incl_cents), 0) FROM invoices "
                               "WHERE customer_id = ? AND currency = ? AND issue_date > ? "
                               "AND issue_date <= ?"),
                {customerId, currency, IsoDate::format(after), IsoDate::format(through)})
        .toLongLong();
}

CaseFactsQuery::PaymentHistory CaseFactsQuery::paymentHistory(qint64 customerId, const Date &dueBefore,
                                                              qint64 excludingDisputeId) const
{
    QSqlQuery history = m_database.run(
        QStringLiteral("SELECT COALESCE(SUM(total_incl_cents), 0), COALESCE(SUM(paid_cents), 0) FROM invoices "
                       "WHERE customer_id = ? AND due_date < ? AND id NOT IN "
                       "(SELECT invoice_id FROM dispute_invoices WHERE dispute_id = ?)"),
        {customerId, IsoDate::format(dueBefore), excludingDisputeId});
    history.next();
    return {history.value(0).toLongLong(), history.value(1).toLongLong()};
}

} // namespace dd
