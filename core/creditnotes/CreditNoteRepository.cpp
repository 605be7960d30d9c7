#include "CreditNoteRepository.h"

#include "storage/Database.h"
#include "storage/StoredMoment.h"
#include "storage/Transaction.h"

namespace dd {

namespace {
const QString headerColumns = QStringLiteral(
    "n.id, n.number, n.series_year, n.series_no, n.invoice_id, i.number, i.issue_date, n.customer_id, "
    "COALESCE(n.dispute_id, 0), COALESCE(d.number, ''), n.issue_date, n.currency, n.reason, n.total_excl_cents, "
    "n.vat_cents, n.total_incl_cents, n.issued_at, n.actor, n.goodwill, n.vat_eur_cents, n.eur_rate_date, n.eur_rate_micros "
    "FROM credit_notes n JOIN invoices i ON i.id = n.invoice_id "
    "LEFT JOIN disputes d ON d.id = n.dispute_id");

CreditNote readHeader(const QSqlQuery &q)
{
    CreditNote n;
    n.id = q.value(0).toLongLong();
    n.number = q.value(1).toString();
    n.seriesYear = q.value(2).toInt();
    n.seriesNo = q.value(3).toInt();
    n.invoiceId = q.value(4).toLongLong();
    n.invoiceNumber = q.value(5).toString();
    n.invoiceDate = IsoDate::parse(q.value(6).toString()).value_or(Date());
    n.customerId = q.value(7).toLongLong();
    n.disputeId = q.value(8).toLongLong();
    n.disputeNumber = q.value(9).toString();
    n.issueDate = IsoDate::parse(q.value(10).toString()).value_or(Date());
    n.currency = q.value(11).toString();
    n.reason = q.value(12).toString();
    n.totalExclVat = Money(q.value(13).toLongLong(), n.currency);
    n.vat = Money(q.value(14).toLongLong(), n.currency);
    // total_incl_cents is what the note credits on the invoice; beyond net and VAT that is the
    // rounding it takes back.
    n.totalInclVat = n.totalExclVat + n.vat;
    n.payableRounding = Money(q.value(15).toLongLong(), n.currency) - n.totalInclVat;
    n.issuedAt = StoredMoment::read(q.value(16));
    n.actor = q.value(17).toString();
    n.goodwill = q.value(18).toInt() != 0;
    if (!q.value(19).isNull()) {
        n.vatInEur = Money(q.value(19).toLongLong(), QStringLiteral("EUR"));
        n.eurRate = ExchangeRate{n.currency, IsoDate::parse(q.value(20).toString()).value_or(Date()), q.value(21).toLongLong(), QString()};
    }
    return n;
}
} // namespace

CreditNoteRepository::CreditNoteRepository(Database &database)
    : m_database(database)
{
}

int CreditNoteRepository::nextSeriesNo(int year) const
{
    return m_database.scalar(QStringLiteral("SELECT COALESCE(MAX(series_no), 0) + 1 FROM credit_notes WHERE series_year = ?"),
                             {year})
        .toInt();
}

std::optional<Date> CreditNoteRepository::lastIssueDate(int year) const
{
    const QVariant last = m_database.scalar(QStringLiteral("SELECT MAX(issue_date) FROM credit_notes WHERE series_year = ?"), {year});
    if (last.isNull())
        return std::nullopt;
    return IsoDate::parse(last.toString());
}

void CreditNoteRepository::insert(CreditNote &note)
{
    Transaction transaction(m_database, DataChange::CreditNotes);
    QSqlQuery query = m_database.prepareInsert(
        QStringLiteral("INSERT INTO credit_notes (number, series_year, series_no, invoice_id, customer_id, dispute_id, "
                       "issue_date, currency, reason, total_excl_cents, vat_cents, total_incl_cents, issued_at, actor, goodwill, "
                       "vat_eur_cents, eur_rate_date, eur_rate_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Database::exec(query,
        {note.number, note.seriesYear, note.seriesNo, note.invoiceId, note.customerId,
         note.disputeId ? QVariant(note.disputeId) : QVariant(), IsoDate::format(note.issueDate), note.currency, note.reason,
         note.totalExclVat.cents(), note.vat.cents(), note.amountCredited().cents(), StoredMoment::text(note.issuedAt, StoredMoment::Precision::Seconds),
         note.actor, note.goodwill ? 1 : 0, note.vatInEur ? QVariant(note.vatInEur->cents()) : QVariant(),
         note.eurRate ? QVariant(IsoDate::format(note.eurRate->date)) : QVariant(),
         note.eurRate ? QVariant(note.eurRate->perEurMicros) : QVariant()});
    note.id = Database::insertedId(query);
    QSqlQuery lineQuery = m_database.prepare(QStringLiteral(
        "INSERT INTO credit_note_lines (credit_note_id, line_no, invoice_line_no, description, quantity_milli, "
        "unit_price_cents, vat_rate_bp, net_cents, vat_cents, vat_category, vat_exemption_code, vat_exemption_reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int lineNo = 0;
    for (CreditNoteLine &line : note.lines) {
        line.lineNo = ++lineNo;
        Database::exec(lineQuery, {note.id, line.lineNo, line.invoiceLineNo ? QVariant(line.invoiceLineNo) : QVariant(),
                                   line.description, line.quantityThousandths, line.unitPrice.cents(),
                                   line.vatRateBasisPoints, line.net.cents(), line.vat.cents(), line.vatTreatment.category,
                                   line.vatTreatment.exemptionCode, line.vatTreatment.exemptionReason});
    }
    transaction.commit();
}

bool CreditNoteRepository::creditInvoice(const CreditNote &note)
{
    Transaction transaction(m_database, DataChange::Invoices);
    QSqlQuery update = m_database.run(
        // Never more than was invoiced; beyond what is open (a paid invoice) it is a refund.
        QStringLiteral("UPDATE invoices SET credited_cents = credited_cents + ? WHERE id = ? "
                       "AND credited_cents + ? <= total_incl_cents"),
        {note.amountCredited().cents(), note.invoiceId, note.amountCredited().cents()});
    if (update.numRowsAffected() != 1)
        return false;
    transaction.commit();
    return true;
}

std::optional<CreditNote> CreditNoteRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("n.id"), id);
}

std::optional<CreditNote> CreditNoteRepository::findByNumber(const QString &number) const
{
    return findWhere(QStringLiteral("n.number"), number);
}

std::optional<CreditNote> CreditNoteRepository::findWhere(const QString &column, const QVariant &value) const
{
    QSqlQuery query = m_database.run(QStringLiteral("SELECT %1 WHERE %2 = ?").arg(headerColumns, column), {value});
    if (!query.next())
        return std::nullopt;
    CreditNote note = readHeader(query);
    QSqlQuery lines = m_database.run(
        QStringLiteral("SELECT line_no, COALESCE(invoice_line_no, 0), description, quantity_milli, unit_price_cents, "
                       "vat_rate_bp, net_cents, vat_cents, vat_category, vat_exemption_code, vat_exemption_reason FROM credit_note_lines WHERE credit_note_id = ? ORDER BY line_no"),
        {note.id});
    while (lines.next()) {
        CreditNoteLine line;
        line.lineNo = lines.value(0).toInt();
        line.invoiceLineNo = lines.value(1).toInt();
        line.description = lines.value(2).toString();
        line.quantityThousandths = lines.value(3).toLongLong();
        line.unitPrice = Money(lines.value(4).toLongLong(), note.currency);
        line.vatRateBasisPoints = lines.value(5).toInt();
        line.net = Money(lines.value(6).toLongLong(), note.currency);
        line.vat = Money(lines.value(7).toLongLong(), note.currency);
        line.vatTreatment = VatTreatment{lines.value(8).toString(), lines.value(9).toString(), lines.value(10).toString()};
        note.lines << line;
    }
    return note;
}

QList<CreditNote> CreditNoteRepository::listWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery query = value.isValid()
        ? m_database.run(QStringLiteral("SELECT %1 WHERE %2 ORDER BY n.series_year, n.series_no").arg(headerColumns, condition), {value})
        : m_database.run(QStringLiteral("SELECT %1 ORDER BY n.series_year, n.series_no").arg(headerColumns));
    QList<CreditNote> result;
    while (query.next())
        result << readHeader(query);
    return result;
}

QList<CreditNote> CreditNoteRepository::list(qint64 invoiceId) const
{
    return invoiceId == 0 ? listWhere(QString(), QVariant()) : listWhere(QStringLiteral("n.invoice_id = ?"), invoiceId);
}

QList<CreditNote> CreditNoteRepository::forDispute(qint64 disputeId) const
{
    return listWhere(QStringLiteral("n.dispute_id = ?"), disputeId);
}

QSet<int> CreditNoteRepository::creditedInvoiceLines(qint64 invoiceId) const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT l.invoice_line_no FROM credit_note_lines l JOIN credit_notes n ON n.id = l.credit_note_id "
                       "WHERE n.invoice_id = ? AND l.invoice_line_no IS NOT NULL"),
        {invoiceId});
    QSet<int> result;
    while (query.next())
        result.insert(query.value(0).toInt());
    return result;
}

bool CreditNoteRepository::anyFor(qint64 invoiceId) const
{
    return m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes WHERE invoice_id = ?"), {invoiceId}).toLongLong() > 0;
}

} // namespace dd
