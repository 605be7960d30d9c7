#include "BankEntryRepository.h"

#include "storage/Database.h"

namespace dd {

namespace {
// A credit taken back once is not taken back again, nor is a reversal.
const char *const notTakenBack = "b.reversal = 0 AND b.reversed_by IS NULL";

void collect(QSqlQuery &query, BankEntryRepository::Candidates &into)
{
    while (query.next())
        into.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
}
} // namespace

BankEntryRepository::BankEntryRepository(Database &database)
    : m_database(database)
{
}

void BankEntryRepository::prepare()
{
    if (m_prepared)
        return;
    m_prepared = true;
    // One look-up per transaction, served by the index on (entry_ref, amount_cents): the row of
    // this statement with this reference, else one of another statement with every detail the same.
    m_find = m_database.prepare(QStringLiteral(
        "SELECT id, payment_id, reversed_by, statement_id, amount_cents, currency, booking_date FROM bank_entries WHERE entry_ref = ? "
        "AND (statement_id = ? OR (amount_cents = ? AND currency = ? AND booking_date = ? AND debtor_iban = ? AND remittance = ? "
        "AND end_to_end_id = ? AND reversal = ?)) ORDER BY statement_id = ? DESC, id LIMIT 1"));
    m_insert = m_database.prepareInsert(QStringLiteral(
        "INSERT INTO bank_entries (statement_id, entry_ref, booking_date, amount_cents, currency, debtor_iban, debtor_name, remittance, "
        "end_to_end_id, reversal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

std::optional<BankEntryRepository::Stored> BankEntryRepository::findKnown(const BankTransaction &t, const QString &date)
{
    prepare();
    Database::exec(m_find, {t.entryRef, t.statementId, t.amount.cents(), t.amount.currency(), date, t.debtorIban, t.remittance,
                            t.endToEndId, int(t.reversal), t.statementId});
    std::optional<Stored> found;
    if (m_find.next()) {
        found = Stored{m_find.value(0).toLongLong(), m_find.value(1), m_find.value(2), m_find.value(3).toString(),
                       m_find.value(4).toLongLong(), m_find.value(5).toString(), m_find.value(6).toString()};
    }
    m_find.finish();
    return found;
}

qint64 BankEntryRepository::insert(const BankTransaction &t, const QString &date)
{
    prepare();
    Database::exec(m_insert, {t.statementId, t.entryRef, date, t.amount.cents(), t.amount.currency(), t.debtorIban, t.debtorName,
                              t.remittance, t.endToEndId, int(t.reversal)});
    return Database::insertedId(m_insert);
}

std::optional<std::pair<QVariant, QVariant>> BankEntryRepository::bookingOf(qint64 entryId) const
{
    QSqlQuery entry = m_database.run(QStringLiteral("SELECT payment_id, reversed_by FROM bank_entries WHERE id = ?"), {entryId});
    if (!entry.next())
        return std::nullopt;
    return std::pair{entry.value(0), entry.value(1)};
}

void BankEntryRepository::markBooked(qint64 entryId, qint64 paymentId)
{
    m_database.run(QStringLiteral("UPDATE bank_entries SET payment_id = ? WHERE id = ?"), {paymentId, entryId});
}

void BankEntryRepository::markReversed(qint64 creditEntryId, qint64 reversalEntryId)
{
    m_database.run(QStringLiteral("UPDATE bank_entries SET payment_id = NULL, reversed_by = ? WHERE id = ?"), {reversalEntryId, creditEntryId});
}

QString BankEntryRepository::undone(qint64 reversalEntryId) const
{
    return m_database.scalar(QStringLiteral("SELECT undone FROM bank_entries WHERE id = ?"), {reversalEntryId}).toString();
}

void BankEntryRepository::setUndone(qint64 reversalEntryId, const QString &undone)
{
    m_database.run(QStringLiteral("UPDATE bank_entries SET undone = ? WHERE id = ?"), {undone, reversalEntryId});
}

QString BankEntryRepository::label(qint64 entryId) const
{
    return m_database.scalar(QStringLiteral("SELECT statement_id || '/' || entry_ref FROM bank_entries WHERE id = ?"), {entryId}).toString();
}

QList<std::pair<qint64, BankTransaction>> BankEntryRepository::unbooked() const
{
    QSqlQuery query = m_database.run(QStringLiteral(
        "SELECT id, statement_id, entry_ref, booking_date, amount_cents, currency, debtor_iban, debtor_name, remittance "
        "FROM bank_entries WHERE payment_id IS NULL AND reversal = 0 AND reversed_by IS NULL ORDER BY booking_date, id"));
    QList<std::pair<qint64, BankTransaction>> entries;
    while (query.next()) {
        BankTransaction t;
        t.statementId = query.value(1).toString();
        t.entryRef = query.value(2).toString();
        t.bookingDate = IsoDate::parse(query.value(3).toString()).value_or(Date());
        t.amount = Money(query.value(4).toLongLong(), query.value(5).toString());
        t.debtorIban = query.value(6).toString();
        t.debtorName = query.value(7).toString();
        t.remittance = query.value(8).toString();
        entries.append({query.value(0).toLongLong(), t});
    }
    return entries;
}

BankEntryRepository::Candidates BankEntryRepository::candidates(const QString &sql, const QString &key, const Money &amount,
                                                                 const QString &date) const
{
    Candidates found;
    QSqlQuery query = m_database.run(sql, {key, amount.cents(), amount.currency(), date});
    collect(query, found);
    return found;
}

BankEntryRepository::Candidates BankEntryRepository::creditsByEndToEndId(const QString &endToEndId, const Money &amount,
                                                                          const QString &date) const
{
    return candidates(QStringLiteral("SELECT COALESCE(b.payment_id, 0), b.id FROM bank_entries b WHERE b.end_to_end_id = ? "
                                     "AND b.amount_cents = ? AND b.currency = ? AND b.booking_date <= ? AND %1")
                          .arg(QLatin1String(notTakenBack)),
                      endToEndId, amount, date);
}

BankEntryRepository::Candidates BankEntryRepository::paymentsByReference(const QString &reference, const Money &amount,
                                                                          const QString &date) const
{
    return candidates(QStringLiteral("SELECT p.id, COALESCE((SELECT b.id FROM bank_entries b WHERE b.payment_id = p.id), 0) FROM payments p "
                                     "WHERE p.kind = 'received' AND p.reference = ? AND p.amount_cents = ? AND p.currency = ? AND p.payment_date <= ?"),
                      reference, amount, date);
}

BankEntryRepository::Candidates BankEntryRepository::unbookedByRemittance(const QString &remittance, const Money &amount,
                                                                           const QString &date) const
{
    return candidates(QStringLiteral("SELECT 0, b.id FROM bank_entries b WHERE b.payment_id IS NULL AND b.remittance = ? "
                                     "AND b.amount_cents = ? AND b.currency = ? AND b.booking_date <= ? AND %1")
                          .arg(QLatin1String(notTakenBack)),
                      remittance, amount, date);
}

BankEntryRepository::Candidates BankEntryRepository::paymentsByInvoiceNumbers(const QStringList &numbers, const Money &amount,
                                                                               const QString &date) const
{
    Candidates found;
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT DISTINCT p.id, COALESCE((SELECT b.id FROM bank_entries b WHERE b.payment_id = p.id), 0) FROM payments p "
                       "JOIN allocations a ON a.payment_id = p.id JOIN invoices i ON i.id = a.invoice_id "
                       "WHERE p.kind = 'received' AND (i.number = ? OR i.number = ?) AND p.amount_cents = ? AND p.currency = ? AND p.payment_date <= ?"));
    for (const QString &number : numbers) {
        Database::exec(query, {number, number.toUpper(), amount.cents(), amount.currency(), date});
        collect(query, found);
    }
    return found;
}

QHash<qint64, QString> BankEntryRepository::rejectedFor(qint64 entryId) const
{
    QHash<qint64, QString> rejected;
    QSqlQuery query = m_database.run(QStringLiteral("SELECT r.invoice_id, i.number FROM bank_rejections r "
                                                    "JOIN invoices i ON i.id = r.invoice_id WHERE r.entry_id = ?"),
                                     {entryId});
    while (query.next())
        rejected.insert(query.value(0).toLongLong(), query.value(1).toString());
    return rejected;
}

void BankEntryRepository::addRejections(qint64 entryId, const QList<qint64> &invoiceIds)
{
    QSqlQuery insert = m_database.prepare(QStringLiteral("INSERT INTO bank_rejections (entry_id, invoice_id) SELECT ?, ? "
                                                         "WHERE NOT EXISTS (SELECT 1 FROM bank_rejections WHERE entry_id = ? AND invoice_id = ?)"));
    for (qint64 invoiceId : invoiceIds)
        Database::exec(insert, {entryId, invoiceId, entryId, invoiceId});
}

} // namespace dd
