#include "DisputeListQuery.h"
#include "customers/CustomerListQuery.h"

#include "common/LikePattern.h"
#include "storage/Database.h"

namespace dd {

DisputeListQuery::DisputeListQuery(Database &database)
    : m_database(database)
{
}

void DisputeListQuery::setSort(DisputeSort column, bool descending)
{
    m_sort = column;
    m_descending = descending;
}

QString DisputeListQuery::customerJoin() const
{
    // Only the text filter reads the customer. Every case has its customer (a foreign key), so
    // the join changes no count; without it the count of a list of half a million cases reads one
    // index instead of looking up every case's customer (0.12 s of the main window's opening at a
    // million invoices, ten times that at ten million).
    return m_filter.text.trimmed().isEmpty() ? QString() : QStringLiteral(" JOIN customers c ON c.id = d.customer_id");
}

QString DisputeListQuery::whereClause() const
{
    QStringList terms;
    if (m_filter.step)
        terms << QStringLiteral("d.step = :step");
    if (!m_filter.reasonCode.isEmpty())
        terms << QStringLiteral("d.reason = :reason");
    if (!m_filter.assignee.isEmpty())
        terms << QStringLiteral("d.assignee = :assignee");
    if (!m_filter.text.trimmed().isEmpty())
        terms << QStringLiteral("(d.number LIKE :text ESCAPE '\\' OR c.name LIKE :text ESCAPE '\\' OR c.number LIKE :text ESCAPE '\\')");
    if (m_filter.openOnly || m_filter.responseOverdue)
        terms << QStringLiteral("d.step <> 'closed'");
    if (m_filter.responseOverdue)
        terms << QStringLiteral("d.answered_on IS NULL AND d.promised_on < :asof");
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void DisputeListQuery::bind(QSqlQuery &query) const
{
    if (m_filter.step)
        query.bindValue(QStringLiteral(":step"), DisputeCodes::step(*m_filter.step));
    if (!m_filter.reasonCode.isEmpty())
        query.bindValue(QStringLiteral(":reason"), m_filter.reasonCode);
    if (!m_filter.assignee.isEmpty())
        query.bindValue(QStringLiteral(":assignee"), m_filter.assignee);
    if (!m_filter.text.trimmed().isEmpty())
        query.bindValue(QStringLiteral(":text"), LikePattern::contains(m_filter.text.trimmed()));
    if (m_filter.responseOverdue)
        query.bindValue(QStringLiteral(":asof"), IsoDate::format(m_filter.asOf));
}

qint64 DisputeListQuery::count() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM disputes d") + customerJoin() + whereClause());
    bind(query);
    Database::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QMap<QString, qint64> DisputeListQuery::disputedCentsByCurrency() const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT d.currency, SUM(di.disputed_cents) FROM disputes d") + customerJoin()
        + QStringLiteral(" JOIN dispute_invoices di ON di.dispute_id = d.id") + whereClause() + QStringLiteral(" GROUP BY d.currency"));
    bind(query);
    Database::exec(query);
    QMap<QString, qint64> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

std::vector<DisputeListRow> DisputeListQuery::fetch(qint64 offset, int limit) const
{
    QString order;
    switch (m_sort) {
    case DisputeSort::Number:
        order = QStringLiteral("d.number");
        break;
    case DisputeSort::Customer:
        order = CustomerListQuery::nameOrder();
        break;
    case DisputeSort::Received:
        order = QStringLiteral("d.received_on");
        break;
    case DisputeSort::Promised:
        order = QStringLiteral("d.promised_on");
        break;
    case DisputeSort::Step:
        // The order of the decision tree, not the alphabet.
        order = QStringLiteral("CASE d.step WHEN 'hear' THEN 0 WHEN 'verify' THEN 1 WHEN 'decide' THEN 2 "
                               "WHEN 'resolve' THEN 3 WHEN 'learn' THEN 4 ELSE 5 END");
        break;
    case DisputeSort::Disputed:
        order = QStringLiteral("disputed_cents");
        break;
    }
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT d.id, d.number, c.number, c.name, d.reason, d.step, d.verdict, d.received_on, d.promised_on, "
                       "d.answered_on, d.assignee, d.currency, d.outcome, "
                       "(SELECT SUM(di.disputed_cents) FROM dispute_invoices di WHERE di.dispute_id = d.id) AS disputed_cents "
                       "FROM disputes d JOIN customers c ON c.id = d.customer_id")
        + whereClause() + QStringLiteral(" ORDER BY ") + order + direction + QStringLiteral(", d.id") + direction
        + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    Database::readForward(query);
    bind(query);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    Database::exec(query);
    std::vector<DisputeListRow> rows;
    while (query.next()) {
        DisputeListRow row;
        row.id = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.customerNumber = query.value(2).toString();
        row.customerName = query.value(3).toString();
        row.reasonCode = query.value(4).toString();
        row.step = DisputeCodes::step(query.value(5).toString()).value_or(DisputeStep::Hear);
        row.verdict = DisputeCodes::verdict(query.value(6).toString()).value_or(Verdict::None);
        row.receivedOn = IsoDate::parse(query.value(7).toString()).value_or(Date());
        row.promisedOn = IsoDate::parse(query.value(8).toString()).value_or(Date());
        row.answeredOn = query.value(9).isNull() ? Date() : IsoDate::parse(query.value(9).toString()).value_or(Date());
        row.assignee = query.value(10).toString();
        row.disputed = Money(query.value(13).toLongLong(), query.value(11).toString());
        row.outcome = DisputeCodes::outcome(query.value(12).toString()).value_or(Outcome::None);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace dd
