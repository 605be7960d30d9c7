#include "PaymentRepository.h"

#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/FastStatement.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/StoredMoment.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PaymentRepository", text);
}

QString kindCode(PaymentKind kind)
{
    switch (kind) {
    case PaymentKind::Reversal:
        return QStringLiteral("reversal");
    case PaymentKind::Refund:
        return QStringLiteral("refund");
    case PaymentKind::Received:
        break;
    }
    return QStringLiteral("received");
}

const QString paymentInsert = QStringLiteral(
    "INSERT INTO payments (customer_id, payment_date, amount_cents, currency, reference, debtor_iban, kind, reverses, recorded_by, "
    "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");


PaymentKind kindOf(const QString &code)
{
    if (code == u"reversal")
        return PaymentKind::Reversal;
    if (code == u"refund")
        return PaymentKind::Refund;
    return PaymentKind::Received;
}

const QString paymentColumns = QStringLiteral(
    "p.id, p.customer_id, p.payment_date, p.amount_cents, p.currency, p.reference, p.debtor_iban, p.kind, "
    "COALESCE(p.reverses, 0), COALESCE((SELECT r.id FROM payments r WHERE r.reverses = p.id), 0), p.recorded_by, p.recorded_at, p.opening_balance");

Payment paymentFrom(const QSqlQuery &query)
{
    Payment payment;
    payment.id = query.value(0).toLongLong();
    payment.customerId = query.value(1).toLongLong();
    payment.date = IsoDate::parse(query.value(2).toString()).value_or(Date());
    payment.amount = Money(query.value(3).toLongLong(), query.value(4).toString());
    payment.reference = query.value(5).toString();
    payment.debtorIban = query.value(6).toString();
    payment.kind = kindOf(query.value(7).toString());
    payment.reverses = query.value(8).toLongLong();
    payment.reversedBy = query.value(9).toLongLong();
    payment.recordedBy = query.value(10).toString();
    payment.recordedAt = StoredMoment::text(query.value(11), StoredMoment::Precision::Seconds);
    payment.openingBalance = query.value(12).toInt() != 0;
    return payment;
}
} // namespace

PaymentRepository::PaymentRepository(Database &database)
    : m_database(database)
    , m_aheadInvoiceQuery(database, QStringLiteral("SELECT number, id, customer_id, currency, total_incl_cents - paid_cents - credited_cents "
                                                   "FROM invoices WHERE number IN (%1)"))
{
}

PaymentRepository::~PaymentRepository() = default;

void PaymentRepository::prepare()
{
    if (m_invoice)
        return;
    m_invoice = m_database.prepareFast(QStringLiteral("SELECT number, customer_id, currency, total_incl_cents - paid_cents - credited_cents FROM invoices WHERE id = ?"));
    m_insertPayment = m_database.prepareFastInsert(paymentInsert);
    m_insertAllocation = m_database.prepareFast(QStringLiteral("INSERT INTO allocations (payment_id, invoice_id, amount_cents) VALUES (?, ?, ?)"));
    m_addPaid = m_database.prepareFast(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ? WHERE id = ?"));
}

void PaymentRepository::record(Payment &payment)
{
    check(payment, Limit::OpenAmount, 1);
    insert(payment);
}

void PaymentRepository::recordOverpaying(Payment &payment)
{
    check(payment, Limit::None, 1);
    insert(payment);
}

void PaymentRepository::recordReturn(Payment &payment)
{
    if (payment.kind == PaymentKind::Received)
        throw ValidationError(tr("Money going back must be a reversal or a refund."));
    check(payment, Limit::None, -1);
    Money allocated = Money::zero(payment.amount.currency());
    for (const Allocation &allocation : std::as_const(payment.allocations))
        allocated += allocation.amount;
    if (allocated != payment.amount)
        throw ValidationError(tr("The allocations (%1) do not add up to the amount going back (%2).")
                                  .arg(allocated.format(NumberStyle::English), payment.amount.format(NumberStyle::English)));
    insert(payment);
}

// `sign` 1: money received, every amount positive; -1: money going back, every amount negative.
void PaymentRepository::check(const Payment &payment, Limit limit, int sign)
{
    if (sign > 0 && payment.amount.cents() <= 0)
        throw ValidationError(tr("A payment must be a positive amount."));
    if (sign < 0 && payment.amount.cents() >= 0)
        throw ValidationError(tr("Money going back must be a negative amount."));
    if (payment.date.is_special())
        throw ValidationError(tr("A payment needs a date."));
    Money allocated = Money::zero(payment.amount.currency());
    for (const Allocation &allocation : payment.allocations) {
        if (allocation.amount.cents() * sign <= 0)
            throw ValidationError(sign > 0 ? tr("An allocation must be a positive amount.") : tr("An allocation of money going back must be negative."));
        if (allocation.amount.currency() != payment.amount.currency())
            throw ValidationError(tr("An allocation is in %1, the payment in %2.")
                                      .arg(allocation.amount.currency(), payment.amount.currency()));
        allocated += allocation.amount;
    }
    if (sign > 0 && payment.amount < allocated)
        throw ValidationError(tr("The allocations (%1) exceed the payment (%2).")
                                  .arg(allocated.format(NumberStyle::English), payment.amount.format(NumberStyle::English)));

    // Every invoice is checked before the first write, so a refusal has written nothing.
    prepare();
    QSet<qint64> invoices;
    for (const Allocation &allocation : payment.allocations) {
        OpenInvoice stored;
        if (const auto ahead = m_aheadOpen.constFind(allocation.invoiceId); ahead != m_aheadOpen.constEnd()) {
            stored = *ahead;
        } else {
            FastStatement &invoice = *m_invoice;
            invoice.bind(1, allocation.invoiceId);
            if (!invoice.firstRow())
                throw ValidationError(tr("The payment is allocated to an invoice that does not exist."));
            stored = OpenInvoice{invoice.textAt(0), invoice.int64At(1), invoice.textAt(2), invoice.int64At(3)};
            invoice.reset();
        }
        const QString &number = stored.number;
        const qint64 customerId = stored.customerId;
        const QString &currency = stored.currency;
        const Money open(stored.openCents, payment.amount.currency());
        // One allocation per invoice is what the table keeps (its key is payment and invoice).
        if (invoices.contains(allocation.invoiceId))
            throw ValidationError(tr("The payment is allocated to invoice %1 twice.").arg(number));
        invoices.insert(allocation.invoiceId);
        if (customerId != payment.customerId)
            throw ValidationError(tr("Invoice %1 belongs to another customer than the payment.").arg(number));
        if (currency != payment.amount.currency())
            throw ValidationError(tr("Invoice %1 is in %2, the payment in %3.").arg(number, currency, payment.amount.currency()));
        if (limit == Limit::OpenAmount && open < allocation.amount)
            throw ValidationError(tr("Invoice %1 has %2 open; %3 cannot be allocated to it.")
                                      .arg(number, open.format(NumberStyle::English), allocation.amount.format(NumberStyle::English)));
    }
}

void PaymentRepository::insert(Payment &payment)
{
    // Nothing can refuse the payment any more. Inside a caller's transaction (an import recording
    // thousands) the writes need no savepoint of their own, which SQLite would journal page by
    // page: a database failure throws StorageError, which ends the caller's transaction as a whole.
    std::optional<Transaction> transaction;
    if (m_database.transactionDepth() == 0)
        transaction.emplace(m_database, DataChange::Payments | DataChange::Invoices);
    if (!payment.allocations.isEmpty() && payment.allocations.size() <= maxAllocationsInOne && m_database.dialect().writesInWith()) {
        insertInOne(payment);
        if (transaction)
            transaction->commit();
        return;
    }
    FastStatement &insert = *m_insertPayment;
    bindPayment(insert, payment);
    insert.insert([&] { payment.id = insert.int64At(0); });
    for (const Allocation &allocation : payment.allocations) {
        m_insertAllocation->bind(1, payment.id);
        m_insertAllocation->bind(2, allocation.invoiceId);
        m_insertAllocation->bind(3, allocation.amount.cents());
        if (m_insertAllocation->insert() == FastStatement::Result::Duplicate)
            throw StorageError(QStringLiteral("allocation of payment %1 to invoice %2 stored twice").arg(payment.id).arg(allocation.invoiceId));
        m_addPaid->bind(1, allocation.amount.cents());
        m_addPaid->bind(2, allocation.invoiceId);
        m_addPaid->run();
        aheadPaid(allocation);
    }
    if (transaction)
        transaction->commit();
}

void PaymentRepository::bindPayment(FastStatement &insert, const Payment &payment)
{
    insert.bind(1, payment.customerId);
    insert.bind(2, IsoDate::format(payment.date));
    insert.bind(3, payment.amount.cents());
    insert.bind(4, payment.amount.currency());
    insert.bind(5, payment.reference);
    insert.bind(6, payment.debtorIban);
    insert.bind(7, kindCode(payment.kind));
    if (payment.reverses)
        insert.bind(8, payment.reverses);
    else
        insert.bindNull(8);
    insert.bind(9, payment.recordedBy);
    StoredMoment::bind(insert, 10, payment.recordedAt, m_database.dialect());
}

void PaymentRepository::insertInOne(Payment &payment)
{
    // The payment, its allocations and the invoices' paid amounts in one statement: on a server
    // three or more round trips a payment were most of an import's time. check() has made sure
    // that no invoice comes twice, so the UPDATE meets each once.
    std::unique_ptr<FastStatement> &statement = m_insertInOne[size_t(payment.allocations.size() - 1)];
    if (!statement) {
        QStringList values;
        for (qsizetype i = 0; i < payment.allocations.size(); ++i)
            values << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT))");
        statement = m_database.prepareFast(
            QStringLiteral("WITH p AS (%1 RETURNING id), v (invoice_id, amount_cents) AS (VALUES %2), "
                           "a AS (INSERT INTO allocations (payment_id, invoice_id, amount_cents) SELECT p.id, v.invoice_id, v.amount_cents "
                           "FROM p, v), "
                           "u AS (UPDATE invoices SET paid_cents = invoices.paid_cents + v.amount_cents FROM v WHERE invoices.id = v.invoice_id) "
                           "SELECT id FROM p")
                .arg(paymentInsert, values.join(QStringLiteral(", "))));
    }
    FastStatement &insert = *statement;
    bindPayment(insert, payment);
    int position = 11;
    for (const Allocation &allocation : std::as_const(payment.allocations)) {
        insert.bind(position++, allocation.invoiceId);
        insert.bind(position++, allocation.amount.cents());
    }
    // A query, not an insert(): nothing here may be refused as a duplicate (a new payment has no
    // allocations yet), and any failure ends the caller's transaction.
    if (!insert.firstRow())
        throw StorageError(QCoreApplication::translate("dd::Database", "The database did not report the new row."));
    payment.id = insert.int64At(0);
    insert.reset();
    for (const Allocation &allocation : std::as_const(payment.allocations))
        aheadPaid(allocation);
}

void PaymentRepository::aheadPaid(const Allocation &allocation)
{
    // What was read ahead stays what the database has.
    if (const auto ahead = m_aheadOpen.find(allocation.invoiceId); ahead != m_aheadOpen.end())
        ahead->openCents -= allocation.amount.cents();
}

Payment PaymentRepository::undo(qint64 paymentId)
{
    Transaction transaction(m_database, DataChange::Payments | DataChange::Invoices);
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT customer_id, payment_date, amount_cents, currency, reference FROM payments WHERE id = ?"), {paymentId});
    if (!query.next())
        throw ValidationError(tr("There is no payment %1.").arg(paymentId));
    Payment payment;
    payment.id = paymentId;
    payment.customerId = query.value(0).toLongLong();
    payment.date = IsoDate::parse(query.value(1).toString()).value_or(Date());
    payment.amount = Money(query.value(2).toLongLong(), query.value(3).toString());
    payment.reference = query.value(4).toString();
    query.finish();
    QSqlQuery allocations = m_database.run(
        QStringLiteral("SELECT a.invoice_id, a.amount_cents FROM allocations a JOIN invoices i ON i.id = a.invoice_id "
                       "WHERE a.payment_id = ? ORDER BY i.due_date, i.number"),
        {paymentId});
    while (allocations.next())
        payment.allocations.append(Allocation{allocations.value(0).toLongLong(), Money(allocations.value(1).toLongLong(), payment.amount.currency())});
    allocations.finish();
    QSqlQuery updateInvoice = m_database.prepare(QStringLiteral("UPDATE invoices SET paid_cents = paid_cents - ? WHERE id = ?"));
    for (const Allocation &allocation : std::as_const(payment.allocations))
        Database::exec(updateInvoice, {allocation.amount.cents(), allocation.invoiceId});
    m_database.run(QStringLiteral("DELETE FROM allocations WHERE payment_id = ?"), {paymentId});
    m_database.run(QStringLiteral("DELETE FROM payments WHERE id = ?"), {paymentId});
    transaction.commit();
    return payment;
}

bool PaymentRepository::hasReference(qint64 customerId, const QString &reference) const
{
    return m_database.scalar(QStringLiteral("SELECT 1 FROM payments WHERE customer_id = ? AND reference = ?"), {customerId, reference})
        .isValid();
}

QList<qint64> PaymentRepository::customersPayingFrom(const QString &iban) const
{
    QSqlQuery query = m_database.run(QStringLiteral("SELECT DISTINCT customer_id FROM payments WHERE debtor_iban = ?"), {iban});
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

qint64 PaymentRepository::countOfAmountUntil(const Money &amount, const QString &isoDate) const
{
    return m_database
        .scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE amount_cents = ? AND currency = ? AND payment_date <= ?"),
                {amount.cents(), amount.currency(), isoDate})
        .toLongLong();
}

void PaymentRepository::relabelOpeningBalance(qint64 invoiceId, const QString &label)
{
    m_database.run(QStringLiteral("UPDATE payments SET reference = ? WHERE opening_balance = 1 AND id IN "
                                  "(SELECT payment_id FROM allocations WHERE invoice_id = ?)"),
                   {label, invoiceId});
}

std::optional<PaymentRepository::InvoiceRef> PaymentRepository::invoiceByNumber(const QString &number)
{
    if (const auto ahead = m_aheadInvoices.constFind(number); ahead != m_aheadInvoices.constEnd())
        return *ahead;
    if (!m_invoiceByNumber)
        m_invoiceByNumber = m_database.prepareFast(QStringLiteral("SELECT id, customer_id, currency FROM invoices WHERE number = ?"));
    FastStatement &find = *m_invoiceByNumber;
    find.bind(1, number);
    if (!find.firstRow())
        return std::nullopt;
    InvoiceRef invoice{find.int64At(0), find.int64At(1), find.textAt(2)};
    find.reset();
    return invoice;
}

qint64 PaymentRepository::openCents(qint64 invoiceId)
{
    if (const auto ahead = m_aheadOpen.constFind(invoiceId); ahead != m_aheadOpen.constEnd())
        return ahead->openCents;
    prepare();
    FastStatement &invoice = *m_invoice;
    invoice.bind(1, invoiceId);
    if (!invoice.firstRow())
        return 0;
    const qint64 open = invoice.int64At(3);
    invoice.reset();
    return open;
}

bool PaymentRepository::recorded(qint64 customerId, const QString &isoDate, const Money &amount, const QString &reference)
{
    if (!m_recorded) {
        m_recorded = m_database.prepareFast(QStringLiteral("SELECT id FROM payments WHERE customer_id = ? AND payment_date = ? "
                                                           "AND amount_cents = ? AND currency = ? AND reference = ?"));
    }
    FastStatement &find = *m_recorded;
    find.bind(1, customerId);
    find.bind(2, isoDate);
    find.bind(3, amount.cents());
    find.bind(4, amount.currency());
    find.bind(5, reference);
    if (!find.firstRow())
        return false;
    find.reset();
    return true;
}

void PaymentRepository::readAhead(const QStringList &invoiceNumbers)
{
    m_aheadInvoices.clear();
    m_aheadOpen.clear();
    if (invoiceNumbers.isEmpty())
        return;
    m_aheadInvoiceQuery.run(invoiceNumbers, [&](const QSqlQuery &found) {
        const InvoiceRef invoice{found.value(1).toLongLong(), found.value(2).toLongLong(), found.value(3).toString()};
        m_aheadInvoices.insert(found.value(0).toString(), invoice);
        m_aheadOpen.insert(invoice.id, OpenInvoice{found.value(0).toString(), invoice.customerId, invoice.currency, found.value(4).toLongLong()});
    });
    for (const QString &number : invoiceNumbers) {
        if (!m_aheadInvoices.contains(number))
            m_aheadInvoices.insert(number, std::nullopt);
    }
}

QList<Payment> PaymentRepository::forInvoice(qint64 invoiceId) const
{
    QSqlQuery query = m_database.run(QStringLiteral("SELECT %1, a.amount_cents FROM allocations a JOIN payments p ON p.id = a.payment_id "
                                                    "WHERE a.invoice_id = ? ORDER BY p.payment_date, p.id")
                                         .arg(paymentColumns),
                                     {invoiceId});
    QList<Payment> result;
    while (query.next()) {
        Payment payment = paymentFrom(query);
        payment.allocations.append(Allocation{invoiceId, Money(query.value(13).toLongLong(), payment.amount.currency())});
        result.append(payment);
    }
    return result;
}

QList<Payment> PaymentRepository::read(const QString &where, const QVariant &value) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT %1 FROM payments p WHERE %2 ORDER BY p.payment_date DESC, p.id DESC").arg(paymentColumns, where), {value});
    QList<Payment> result;
    while (query.next())
        result.append(paymentFrom(query));
    query.finish();
    QSqlQuery allocations = m_database.prepare(QStringLiteral("SELECT invoice_id, amount_cents FROM allocations WHERE payment_id = ? ORDER BY invoice_id"));
    for (Payment &payment : result) {
        Database::exec(allocations, {payment.id});
        while (allocations.next())
            payment.allocations.append(Allocation{allocations.value(0).toLongLong(), Money(allocations.value(1).toLongLong(), payment.amount.currency())});
        allocations.finish();
    }
    return result;
}

std::optional<Payment> PaymentRepository::findById(qint64 paymentId) const
{
    const QList<Payment> found = read(QStringLiteral("p.id = ?"), paymentId);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Payment> PaymentRepository::forCustomer(qint64 customerId) const
{
    return read(QStringLiteral("p.customer_id = ?"), customerId);
}

} // namespace dd
