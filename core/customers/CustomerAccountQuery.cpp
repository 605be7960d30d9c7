#include "CustomerAccountQuery.h"

#include "storage/Database.h"

#include <map>

namespace dd {

namespace {
Date dateOf(const QVariant &value)
{
    return IsoDate::parse(value.toString()).value_or(Date());
}
} // namespace

CustomerAccountQuery::CustomerAccountQuery(Database &database)
    : m_database(database)
{
}

QList<OpenItem> CustomerAccountQuery::openItems(qint64 customerId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT id, number, issue_date, due_date, currency, total_incl_cents, paid_cents, credited_cents "
                       "FROM invoices WHERE customer_id = ? AND paid_cents + credited_cents <> total_incl_cents "
                       "ORDER BY due_date, number"),
        {customerId});
    QList<OpenItem> items;
    while (query.next()) {
        const QString currency = query.value(4).toString();
        OpenItem item;
        item.invoiceId = query.value(0).toLongLong();
        item.number = query.value(1).toString();
        item.issueDate = dateOf(query.value(2));
        item.dueDate = dateOf(query.value(3));
        item.amountDue = Money(query.value(5).toLongLong(), currency);
        item.paid = Money(query.value(6).toLongLong(), currency);
        item.credited = Money(query.value(7).toLongLong(), currency);
        item.open = item.amountDue - item.paid - item.credited;
        items.append(item);
    }
    return items;
}

QList<CurrencyTotals> CustomerAccountQuery::totals(const QList<OpenItem> &items)
{
    std::map<QString, CurrencyTotals> byCurrency;
    for (const OpenItem &item : items) {
        const QString currency = item.open.currency();
        auto found = byCurrency.find(currency);
        if (found == byCurrency.end())
            found = byCurrency.emplace(currency, CurrencyTotals{currency, Money::zero(currency), Money::zero(currency), 0}).first;
        if (item.open.cents() > 0)
            found->second.open += item.open;
        else
            found->second.refundOwed -= item.open;
        ++found->second.items;
    }
    QList<CurrencyTotals> result;
    for (const auto &[currency, totals] : byCurrency)
        result.append(totals);
    return result;
}

QList<CustomerCase> CustomerAccountQuery::cases(qint64 customerId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT d.id, d.number, d.received_on, d.step, d.outcome, d.reason, d.assignee, d.currency, "
                       "COALESCE((SELECT SUM(di.disputed_cents) FROM dispute_invoices di WHERE di.dispute_id = d.id), 0) "
                       "FROM disputes d WHERE d.customer_id = ? ORDER BY d.received_on DESC, d.number DESC"),
        {customerId});
    QList<CustomerCase> cases;
    while (query.next()) {
        CustomerCase c;
        c.id = query.value(0).toLongLong();
        c.number = query.value(1).toString();
        c.receivedOn = dateOf(query.value(2));
        c.step = DisputeCodes::step(query.value(3).toString()).value_or(DisputeStep::Hear);
        c.outcome = DisputeCodes::outcome(query.value(4).toString()).value_or(Outcome::None);
        c.reasonCode = query.value(5).toString();
        c.assignee = query.value(6).toString();
        c.disputed = Money(query.value(8).toLongLong(), query.value(7).toString());
        cases.append(c);
    }
    return cases;
}

QList<Statement> CustomerAccountQuery::statements(qint64 customerId, const Date &from, const Date &to) const
{
    // Every movement of the customer's invoices up to `to`: the invoice itself, each credit note
    // (ours, and the package's as far as applied to an invoice) and each payment as far as it was
    // allocated to them. Kinds: 0 invoice, 1 credit note, 2 payment; a payment's own kind says
    // whether it was a reversal or a refund.
    QSqlQuery statement = m_database.prepare(
        QStringLiteral(
            "SELECT day, kind, document, currency, cents, payment_kind FROM ("
            "SELECT issue_date AS day, 0 AS kind, number AS document, currency, total_incl_cents AS cents, '' AS payment_kind, id AS seq "
            "FROM invoices WHERE customer_id = :c AND issue_date <= :to "
            "UNION ALL SELECT n.issue_date, 1, n.number, n.currency, -n.total_incl_cents, '', n.id FROM credit_notes n "
            "JOIN invoices i ON i.id = n.invoice_id WHERE i.customer_id = :c AND n.issue_date <= :to "
            "UNION ALL SELECT n.issue_date, 1, n.number, n.currency, -n.applied_cents, '', n.id FROM imported_credit_notes n "
            "JOIN invoices i ON i.id = n.invoice_id WHERE i.customer_id = :c AND n.applied_cents > 0 AND n.issue_date <= :to "
            "UNION ALL SELECT p.payment_date, 2, p.reference, p.currency, -SUM(a.amount_cents), p.kind, p.id FROM payments p "
            "JOIN allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id "
            "WHERE i.customer_id = :c AND p.payment_date <= :to GROUP BY p.id, p.payment_date, p.reference, p.currency, p.kind) AS movements "
            "ORDER BY currency, day, kind, seq"));
    statement.bindValue(QStringLiteral(":c"), customerId);
    statement.bindValue(QStringLiteral(":to"), IsoDate::format(to));
    Database::exec(statement);
    const QString fromText = IsoDate::format(from);
    QList<Statement> result;
    while (statement.next()) {
        const QString currency = statement.value(3).toString();
        if (result.isEmpty() || result.last().currency != currency)
            result.append(Statement{currency, from, to, Money::zero(currency), {}, Money::zero(currency)});
        Statement &current = result.last();
        const Money amount(statement.value(4).toLongLong(), currency);
        current.closing += amount;
        if (statement.value(0).toString() < fromText) {
            current.opening += amount;
            continue;
        }
        StatementLine line;
        line.date = dateOf(statement.value(0));
        const int kind = statement.value(1).toInt();
        const QString paymentKind = statement.value(5).toString();
        line.kind = kind == 0 ? StatementLine::Kind::Invoice
                    : kind == 1 ? StatementLine::Kind::CreditNote
                    : paymentKind == u"reversal" ? StatementLine::Kind::Reversal
                    : paymentKind == u"refund"   ? StatementLine::Kind::Refund
                                                 : StatementLine::Kind::Payment;
        line.document = statement.value(2).toString();
        line.amount = amount;
        line.balance = current.closing;
        current.lines.append(line);
    }
    return result;
}

} // namespace dd
