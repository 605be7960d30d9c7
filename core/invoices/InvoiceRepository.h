#pragma once

#include "invoices/Invoice.h"

#include <optional>

namespace dd {

class Database;

// Reads and writes invoices with their lines. The paid amount is never written here: it
// follows from the payments (PaymentRepository).
class InvoiceRepository
{
public:
    explicit InvoiceRepository(Database &database);

    // Computes the totals from the lines and inserts invoice and lines in one transaction.
    // Throws ValidationError for an empty number, an unknown customer, a due date before the
    // issue date or a line in another currency.
    void insert(Invoice &invoice);
    std::optional<Invoice> findById(qint64 id) const;
    std::optional<Invoice> findByNumber(const QString &number) const;
    qint64 count() const;
    // The id of the invoice with this number, without reading the invoice.
    std::optional<qint64> idOf(const QString &number) const;
    // The invoice's number (empty when there is none).
    QString numberOf(qint64 id) const;
    // What credit notes took off the invoice: set to `cents`, or raised by `cents`. In the
    // caller's transaction.
    void setCredited(qint64 id, qint64 cents);
    void addCredited(qint64 id, qint64 cents);

private:
    std::optional<Invoice> findWhere(const QString &column, const QVariant &value) const;
    Database &m_database;
};

} // namespace dd
