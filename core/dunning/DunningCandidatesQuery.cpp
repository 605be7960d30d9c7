#include "DunningCandidatesQuery.h"

#include "storage/Database.h"

namespace dd {

namespace {

// A case holds its invoices while it is open, and after it closed with any outcome but "paid"
// while they are still open (a case closes as paid only when nothing is open: DisputeService).
// The WHERE repeats the condition of the partial index invoices_open so that SQLite reads it.
const QString overdueSql = QStringLiteral(R"(
SELECT i.id, i.number, i.customer_id, i.issue_date, i.due_date, i.currency,
       i.total_incl_cents - i.paid_cents - i.credited_cents,
       c.number, c.name, c.kind, c.language, c.do_not_dun,
       (SELECT MAX(li.level) FROM dunning_letter_invoices li WHERE li.invoice_id = i.id),
       (SELECT MAX(l.letter_date) FROM dunning_letter_invoices li JOIN dunning_letters l ON l.id = li.letter_id
         WHERE li.invoice_id = i.id AND li.moved_up = 1),
       (SELECT MAX(CASE WHEN d.amicable_state = 'arrangement' THEN 'A' ELSE 'D' END || d.number)
          FROM dispute_invoices di JOIN disputes d ON d.id = di.dispute_id
         WHERE di.invoice_id = i.id AND (d.step <> 'closed' OR d.outcome <> 'paid'))
  FROM invoices i JOIN customers c ON c.id = i.customer_id
 WHERE i.paid_cents + i.credited_cents < i.total_incl_cents AND i.due_date < ?
 ORDER BY i.customer_id, i.currency, i.due_date, i.number)");

} // namespace

qint64 DunningCandidatesQuery::Row::invoiceId() const
{
    return m_query.value(0).toLongLong();
}

QString DunningCandidatesQuery::Row::invoiceNumber() const
{
    return m_query.value(1).toString();
}

qint64 DunningCandidatesQuery::Row::customerId() const
{
    return m_query.value(2).toLongLong();
}

QString DunningCandidatesQuery::Row::issueDate() const
{
    return m_query.value(3).toString();
}

QString DunningCandidatesQuery::Row::dueDate() const
{
    return m_query.value(4).toString();
}

QString DunningCandidatesQuery::Row::currency() const
{
    return m_query.value(5).toString();
}

qint64 DunningCandidatesQuery::Row::openCents() const
{
    return m_query.value(6).toLongLong();
}

QString DunningCandidatesQuery::Row::customerNumber() const
{
    return m_query.value(7).toString();
}

QString DunningCandidatesQuery::Row::customerName() const
{
    return m_query.value(8).toString();
}

QString DunningCandidatesQuery::Row::customerKind() const
{
    return m_query.value(9).toString();
}

QString DunningCandidatesQuery::Row::customerLanguage() const
{
    return m_query.value(10).toString();
}

bool DunningCandidatesQuery::Row::doNotDun() const
{
    return m_query.value(11).toBool();
}

int DunningCandidatesQuery::Row::previousLevel() const
{
    return m_query.value(12).toInt();
}

QString DunningCandidatesQuery::Row::previousLevelOn() const
{
    return m_query.value(13).toString();
}

QString DunningCandidatesQuery::Row::hold() const
{
    return m_query.value(14).toString();
}

DunningCandidatesQuery::DunningCandidatesQuery(Database &database)
    : m_database(database)
{
}

QString DunningCandidatesQuery::sql()
{
    return overdueSql;
}

void DunningCandidatesQuery::forEachOverdue(const Date &asOf, const std::function<void(const Row &)> &each) const
{
    QSqlQuery query = m_database.prepare(overdueSql);
    Database::readForward(query);
    Database::exec(query, {IsoDate::format(asOf)});
    const Row row(query);
    while (query.next())
        each(row);
}

} // namespace dd
