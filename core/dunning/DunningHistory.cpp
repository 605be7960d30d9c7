#include "DunningHistory.h"

#include "storage/Database.h"

namespace dd {

namespace {
std::optional<Money> optionalMoney(const QVariant &value, const QString &currency)
{
    if (value.isNull())
        return std::nullopt;
    return Money(value.toLongLong(), currency);
}
} // namespace

DunningHistory::DunningHistory(Database &database)
    : m_database(database)
{
}

QList<DunningLetterRecord> DunningHistory::forCustomer(qint64 customerId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT l.id, l.run_id, l.customer_id, l.level, l.level_code, l.letter_date, l.currency, l.total_cents, "
                       "l.interest_cents, l.interest_note, l.costs_cents, l.costs_vat_cents, l.costs_chargeable_from, "
                       "l.file_name, l.sha256, (SELECT COUNT(*) FROM dunning_letter_invoices li WHERE li.letter_id = l.id), "
                       "COALESCE(l.costs_currency, l.currency) "
                       "FROM dunning_letters l WHERE l.customer_id = ? ORDER BY l.letter_date DESC, l.id DESC"),
        {customerId});
    QList<DunningLetterRecord> result;
    while (query.next()) {
        DunningLetterRecord r;
        const QString currency = query.value(6).toString();
        r.id = query.value(0).toLongLong();
        r.runId = query.value(1).toLongLong();
        r.customerId = query.value(2).toLongLong();
        r.level = query.value(3).toInt();
        r.levelCode = query.value(4).toString();
        r.letterDate = IsoDate::parse(query.value(5).toString()).value_or(Date());
        r.total = Money(query.value(7).toLongLong(), currency);
        r.interest = optionalMoney(query.value(8), currency);
        r.interestNote = query.value(9).toString();
        // Collection costs are in euros, also on a letter in another currency (version 13 on).
        const QString costsCurrency = query.value(16).toString();
        r.costs = optionalMoney(query.value(10), costsCurrency);
        r.costsVat = optionalMoney(query.value(11), costsCurrency);
        if (!query.value(12).isNull())
            r.costsChargeableFrom = IsoDate::parse(query.value(12).toString());
        r.fileName = query.value(13).toString();
        r.sha256 = query.value(14).toString();
        r.invoices = query.value(15).toInt();
        result << r;
    }
    return result;
}

QList<DunningInvoiceRecord> DunningHistory::invoiceRecords(const QString &where, qint64 id) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT li.letter_id, li.invoice_id, i.number, li.level, l.level_code, li.moved_up, l.letter_date, "
                       "l.currency, li.open_cents, li.days_overdue, li.interest_cents, l.file_name "
                       "FROM dunning_letter_invoices li JOIN dunning_letters l ON l.id = li.letter_id "
                       "JOIN invoices i ON i.id = li.invoice_id WHERE ")
            + where + QStringLiteral(" ORDER BY l.letter_date DESC, l.id DESC, i.due_date, i.number"),
        {id});
    QList<DunningInvoiceRecord> result;
    while (query.next()) {
        DunningInvoiceRecord r;
        const QString currency = query.value(7).toString();
        r.letterId = query.value(0).toLongLong();
        r.invoiceId = query.value(1).toLongLong();
        r.invoiceNumber = query.value(2).toString();
        r.level = query.value(3).toInt();
        r.levelCode = query.value(4).toString();
        r.movedUp = query.value(5).toBool();
        r.letterDate = IsoDate::parse(query.value(6).toString()).value_or(Date());
        r.open = Money(query.value(8).toLongLong(), currency);
        r.daysOverdue = query.value(9).toInt();
        r.interest = optionalMoney(query.value(10), currency);
        r.fileName = query.value(11).toString();
        result << r;
    }
    return result;
}

QList<DunningInvoiceRecord> DunningHistory::forInvoice(qint64 invoiceId) const
{
    return invoiceRecords(QStringLiteral("li.invoice_id = ?"), invoiceId);
}

QList<DunningInvoiceRecord> DunningHistory::invoicesOf(qint64 letterId) const
{
    return invoiceRecords(QStringLiteral("li.letter_id = ?"), letterId);
}

int DunningHistory::levelOf(qint64 invoiceId) const
{
    return m_database.scalar(QStringLiteral("SELECT MAX(level) FROM dunning_letter_invoices WHERE invoice_id = ?"), {invoiceId})
        .toInt();
}

} // namespace dd
