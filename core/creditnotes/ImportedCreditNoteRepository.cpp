#include "ImportedCreditNoteRepository.h"

#include "storage/Database.h"

namespace dd {

ImportedCreditNoteRepository::ImportedCreditNoteRepository(Database &database)
    : m_database(database)
{
}

std::optional<qint64> ImportedCreditNoteRepository::totalOf(const QString &number) const
{
    const QVariant total = m_database.scalar(QStringLiteral("SELECT total_incl_cents FROM imported_credit_notes WHERE number = ?"), {number});
    return total.isValid() ? std::optional<qint64>(total.toLongLong()) : std::nullopt;
}

void ImportedCreditNoteRepository::insert(const NewNote &n)
{
    m_database.run(QStringLiteral("INSERT INTO imported_credit_notes (number, customer_id, invoice_id, issue_date, currency, "
                                  "total_incl_cents, applied_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {n.number, n.customerId, n.invoiceId ? QVariant(n.invoiceId) : QVariant(), n.issueDate, n.currency, n.totalCents,
                    n.appliedCents});
}

ImportedCreditNoteRepository::Credits ImportedCreditNoteRepository::creditsOn(qint64 invoiceId) const
{
    QSqlQuery invoice = m_database.run(
        QStringLiteral("SELECT total_incl_cents, paid_cents, credited_cents, "
                       "(SELECT COALESCE(SUM(total_incl_cents), 0) FROM credit_notes WHERE invoice_id = i.id), "
                       "(SELECT COALESCE(SUM(applied_cents), 0) FROM imported_credit_notes WHERE invoice_id = i.id) "
                       "FROM invoices i WHERE id = ?"),
        {invoiceId});
    invoice.next();
    return Credits{invoice.value(0).toLongLong(), invoice.value(1).toLongLong(), invoice.value(2).toLongLong(),
                   invoice.value(3).toLongLong(), invoice.value(4).toLongLong()};
}

} // namespace dd
