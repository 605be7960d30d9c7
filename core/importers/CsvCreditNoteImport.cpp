#include "CsvCreditNoteImport.h"

#include "creditnotes/CreditNoteRepository.h"
#include "creditnotes/ImportedCreditNoteRepository.h"
#include "disputes/DisputeRepository.h"
#include "invoices/InvoiceRepository.h"

namespace dd {

namespace {
// The fields of a note's header, which every row of the note repeats.
const QStringList headerFields = {QStringLiteral("number"),     QStringLiteral("series_year"),   QStringLiteral("series_no"),
                                  QStringLiteral("invoice"),    QStringLiteral("customer"),      QStringLiteral("dispute"),
                                  QStringLiteral("issue_date"), QStringLiteral("currency"),      QStringLiteral("credit_reason"),
                                  QStringLiteral("goodwill"),   QStringLiteral("total_excl"),    QStringLiteral("vat"),
                                  QStringLiteral("total_incl"), QStringLiteral("issued_at"),     QStringLiteral("actor"),
                                  QStringLiteral("vat_eur"),    QStringLiteral("eur_rate_date"), QStringLiteral("eur_rate")};

QString issuedText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Everything a note says, as text: a note in the file and one in the database are the same
// document when these are equal.
QStringList contentOf(const CreditNote &n)
{
    QStringList text = {n.number, QString::number(n.seriesYear), QString::number(n.seriesNo), QString::number(n.invoiceId),
                        QString::number(n.customerId), QString::number(n.disputeId), IsoDate::format(n.issueDate), n.currency,
                        n.reason, n.goodwill ? QStringLiteral("goodwill") : QString(), n.totalExclVat.toPlain(), n.vat.toPlain(),
                        n.totalInclVat.toPlain(), issuedText(n.issuedAt), n.actor, n.vatInEur ? n.vatInEur->toPlain() : QString(),
                        n.eurRate ? IsoDate::format(n.eurRate->date) + u' ' + QString::number(n.eurRate->perEurMicros) : QString()};
    for (const CreditNoteLine &l : n.lines)
        text << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                    .arg(l.lineNo)
                    .arg(l.invoiceLineNo)
                    .arg(l.description)
                    .arg(l.quantityThousandths)
                    .arg(l.unitPrice.toPlain())
                    .arg(l.vatRateBasisPoints)
                    .arg(l.net.toPlain(), l.vat.toPlain())
                    .arg(l.vatTreatment.category + u'/' + l.vatTreatment.exemptionCode + u'/' + l.vatTreatment.exemptionReason);
    return text;
}
} // namespace

void CsvCreditNoteImport::importRows()
{
    const bool complete = forEachRow([&](const Row &row) {
        if (!tick(2 * qint64(row.index)))
            return false;
        readRow(row);
        return true;
    });
    if (complete && m_pending)
        finish(*m_pending);
    m_pending.reset();
}

void CsvCreditNoteImport::readRow(const Row &row)
{
    checkLengths(row);
    const QString number = value(row, QStringLiteral("number"));
    if (m_pending && m_pending->note.number != number) {
        finish(*m_pending);
        m_pending.reset();
    }
    if (!m_pending) {
        Pending pending;
        pending.firstLine = row.record.line;
        CreditNote &n = pending.note;
        if (required(row, QStringLiteral("number"))) {
            n.number = number;
            if (m_finished.contains(number))
                error(row, QStringLiteral("number"), tr("the rows of credit note %1 are not together, or its number is used twice").arg(number));
        }
        for (const QString &field : headerFields)
            pending.header << value(row, field);
        for (const auto &[field, target] : {std::pair{QStringLiteral("series_year"), &n.seriesYear},
                                            std::pair{QStringLiteral("series_no"), &n.seriesNo}}) {
            bool ok = false;
            *target = value(row, field).toInt(&ok);
            if (!ok || *target <= 0)
                error(row, field, tr("%1: \"%2\" is not a positive whole number").arg(field, value(row, field)));
        }
        n.currency = currency(row);
        if (required(row, QStringLiteral("customer"))) {
            pending.customerNumber = value(row, QStringLiteral("customer"));
            if (const auto customer = m_store.customer(pending.customerNumber))
                n.customerId = customer->id;
            else
                error(row, QStringLiteral("customer"), tr("unknown customer %1").arg(pending.customerNumber));
        }
        if (required(row, QStringLiteral("invoice"))) {
            n.invoiceNumber = value(row, QStringLiteral("invoice"));
            if (!m_invoices)
                m_invoices.emplace(m_database);
            const auto invoice = m_invoices->byNumber(n.invoiceNumber);
            if (!invoice)
                error(row, QStringLiteral("invoice"), tr("unknown invoice %1").arg(n.invoiceNumber));
            else if (n.customerId && invoice->customerId != n.customerId)
                error(row, QStringLiteral("invoice"), tr("invoice %1 belongs to another customer").arg(n.invoiceNumber));
            else if (invoice->currency != n.currency)
                error(row, QStringLiteral("invoice"), tr("invoice %1 is in %2, the credit note in %3").arg(n.invoiceNumber, invoice->currency, n.currency));
            else
                n.invoiceId = invoice->id;
        }
        n.disputeNumber = value(row, QStringLiteral("dispute"));
        if (required(row, QStringLiteral("issue_date"))) {
            if (const auto issued = date(row, QStringLiteral("issue_date")))
                n.issueDate = *issued;
        }
        n.reason = value(row, QStringLiteral("credit_reason"));
        QString why;
        if (const auto goodwill = ImportValues::flag(value(row, QStringLiteral("goodwill")), &why))
            n.goodwill = *goodwill;
        else
            error(row, QStringLiteral("goodwill"), tr("goodwill: %1").arg(why));
        for (const auto &[field, target] : {std::pair{QStringLiteral("total_excl"), &n.totalExclVat},
                                            std::pair{QStringLiteral("vat"), &n.vat},
                                            std::pair{QStringLiteral("total_incl"), &n.totalInclVat}}) {
            if (required(row, field)) {
                if (const auto parsed = amount(row, field, n.currency))
                    *target = *parsed;
            }
        }
        const QString issuedAt = value(row, QStringLiteral("issued_at"));
        n.issuedAt = issuedAt.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(issuedAt, Qt::ISODate);
        if (!n.issuedAt.isValid())
            error(row, QStringLiteral("issued_at"), tr("issued_at: \"%1\" is not an ISO 8601 date and time").arg(issuedAt));
        n.actor = value(row, QStringLiteral("actor"));
        if (n.actor.isEmpty())
            n.actor = QStringLiteral("import");
        // A note in another currency keeps the euro VAT and the rate it was issued with, or neither.
        const bool euros = !text(row, QStringLiteral("vat_eur")).isEmpty();
        if (euros != !text(row, QStringLiteral("eur_rate")).isEmpty() || euros != !text(row, QStringLiteral("eur_rate_date")).isEmpty()) {
            error(row, QStringLiteral("vat_eur"), tr("vat_eur, eur_rate_date and eur_rate go together"));
        } else if (euros) {
            const auto vatEur = amount(row, QStringLiteral("vat_eur"), QStringLiteral("EUR"));
            const auto rateDate = date(row, QStringLiteral("eur_rate_date"));
            const auto rate = ExchangeRate::parseRate(value(row, QStringLiteral("eur_rate")));
            if (!rate)
                error(row, QStringLiteral("eur_rate"), tr("eur_rate: \"%1\" is not a rate").arg(value(row, QStringLiteral("eur_rate"))));
            if (vatEur && rateDate && rate) {
                n.vatInEur = *vatEur;
                n.eurRate = ExchangeRate{n.currency, *rateDate, *rate, QString()};
            }
        }
        m_pending = pending;
    } else {
        for (qsizetype i = 0; i < headerFields.size(); ++i) {
            if (value(row, headerFields.at(i)) != m_pending->header.at(i))
                error(row, headerFields.at(i), tr("%1 differs from line %2, the first of credit note %3")
                                                   .arg(headerFields.at(i))
                                                   .arg(m_pending->firstLine)
                                                   .arg(number));
        }
    }
    Pending &pending = *m_pending;
    CreditNoteLine line;
    const QString currencyCode = pending.note.currency;
    bool ok = false;
    line.lineNo = value(row, QStringLiteral("line_no")).toInt(&ok);
    if (!ok || line.lineNo != pending.note.lines.size() + 1)
        error(row, QStringLiteral("line_no"), tr("line_no: \"%1\" is not the next line of credit note %2 (%3)")
                                                  .arg(value(row, QStringLiteral("line_no")), number)
                                                  .arg(pending.note.lines.size() + 1));
    if (!text(row, QStringLiteral("invoice_line_no")).isEmpty()) {
        line.invoiceLineNo = value(row, QStringLiteral("invoice_line_no")).toInt(&ok);
        if (!ok || line.invoiceLineNo <= 0)
            error(row, QStringLiteral("invoice_line_no"), tr("invoice_line_no: \"%1\" is not a line number").arg(value(row, QStringLiteral("invoice_line_no"))));
    }
    if (required(row, QStringLiteral("description")))
        line.description = value(row, QStringLiteral("description"));
    QString why;
    if (!text(row, QStringLiteral("quantity")).isEmpty()) {
        if (const auto quantity = ImportValues::scaled(value(row, QStringLiteral("quantity")), 3, &why))
            line.quantityThousandths = *quantity;
        else
            error(row, QStringLiteral("quantity"), tr("quantity: %1").arg(why));
    }
    if (required(row, QStringLiteral("vat_rate"))) {
        if (const auto rate = ImportValues::vatRate(value(row, QStringLiteral("vat_rate")), &why))
            line.vatRateBasisPoints = *rate;
        else
            error(row, QStringLiteral("vat_rate"), tr("vat_rate: %1").arg(why));
    }
    for (const auto &[field, target] : {std::pair{QStringLiteral("unit_price"), &line.unitPrice},
                                        std::pair{QStringLiteral("net"), &line.net}, std::pair{QStringLiteral("line_vat"), &line.vat}}) {
        if (required(row, field)) {
            if (const auto parsed = amount(row, field, currencyCode))
                *target = *parsed;
        }
    }
    line.vatTreatment = VatTreatment{value(row, QStringLiteral("vat_category")), value(row, QStringLiteral("vat_exemption_code")),
                                     value(row, QStringLiteral("vat_exemption_reason"))};
    pending.note.lines << line;
    pending.rows << row.index;
    if (bad(row))
        pending.bad = true;
}

void CsvCreditNoteImport::noteError(const Pending &pending, const QString &field, const QString &reason)
{
    const int index = m_columns.value(field, -1);
    m_errors[pending.rows.constFirst()].append({m_path, pending.firstLine, index >= 0 ? index + 1 : 1, reason});
}

bool CsvCreditNoteImport::checkNote(Pending &pending, bool &unchanged)
{
    CreditNote &n = pending.note;
    const auto refuse = [&](const QString &field, const QString &why) {
        noteError(pending, field, tr("credit note %1: %2").arg(n.number, why));
        return false;
    };
    Money net = Money::zero(n.currency);
    Money vat = Money::zero(n.currency);
    for (const CreditNoteLine &line : std::as_const(n.lines)) {
        net += line.net;
        vat += line.vat;
    }
    if (net != n.totalExclVat || vat != n.vat || n.totalExclVat + n.vat != n.totalInclVat || n.totalInclVat.cents() <= 0)
        return refuse(QStringLiteral("total_incl"), tr("totals %1 + %2 = %3 do not match its lines (%4 + %5)")
                                                        .arg(n.totalExclVat.toPlain(), n.vat.toPlain(), n.totalInclVat.toPlain(),
                                                             net.toPlain(), vat.toPlain()));
    if (n.seriesYear != int(n.issueDate.year()))
        return refuse(QStringLiteral("series_year"), tr("it is in the series of %1 but issued in %2").arg(n.seriesYear).arg(int(n.issueDate.year())));
    if (!n.disputeNumber.isEmpty()) {
        const DisputeRepository disputes(m_database);
        const auto dispute = disputes.idOf(n.disputeNumber);
        if (!dispute)
            return refuse(QStringLiteral("dispute"), tr("case %1 is not in the database: import the disputes before the credit notes")
                                                         .arg(n.disputeNumber));
        n.disputeId = *dispute;
        if (!disputes.isAbout(n.disputeId, n.invoiceId))
            return refuse(QStringLiteral("dispute"), tr("case %1 is not about invoice %2").arg(n.disputeNumber, n.invoiceNumber));
    }
    CreditNoteRepository repository(m_database);
    if (const auto stored = repository.findByNumber(n.number)) {
        if (contentOf(*stored) == contentOf(n)) {
            unchanged = true;
            return true;
        }
        return refuse(QStringLiteral("number"), tr("the database has a credit note with this number and other content; "
                                                   "an issued credit note is never changed or replaced"));
    }
    // Gap-free: the note is the next of its year's series, after the notes this file brought in.
    const int next = std::max(repository.nextSeriesNo(n.seriesYear), m_nextInSeries.value(n.seriesYear, 1));
    if (n.seriesNo != next)
        return refuse(QStringLiteral("series_no"), tr("it is number %1 of the %2 series, which continues at %3 here: "
                                                      "the series must stay without gaps or doubles")
                                                       .arg(n.seriesNo)
                                                       .arg(n.seriesYear)
                                                       .arg(next));
    // Our notes and the package's together may not credit more than the payments leave of the invoice.
    const auto invoice = ImportedCreditNoteRepository(m_database).creditsOn(n.invoiceId);
    const qint64 credits = invoice.ourNotesCents + invoice.importedAppliedCents + n.totalInclVat.cents();
    pending.creditedAfter = std::max(invoice.creditedCents, credits);
    if (invoice.paidCents + pending.creditedAfter > invoice.totalCents)
        return refuse(QStringLiteral("total_incl"), tr("invoice %1 of %2 would be credited %3 with %4 paid: more than its total")
                                                        .arg(n.invoiceNumber, Money(invoice.totalCents, n.currency).toPlain(),
                                                             Money(pending.creditedAfter, n.currency).toPlain(),
                                                             Money(invoice.paidCents, n.currency).toPlain()));
    m_nextInSeries.insert(n.seriesYear, n.seriesNo + 1);
    return true;
}

void CsvCreditNoteImport::writeNote(Pending &pending)
{
    Transaction savepoint(m_database, DataChange::CreditNotes | DataChange::Invoices);
    try {
        CreditNoteRepository(m_database).insert(pending.note);
        InvoiceRepository(m_database).setCredited(pending.note.invoiceId, pending.creditedAfter);
        savepoint.commit();
        ++m_report.created;
    } catch (const ValidationError &refused) {
        noteError(pending, QStringLiteral("number"), refused.message());
    }
}

void CsvCreditNoteImport::finish(Pending &pending)
{
    m_finished.insert(pending.note.number);
    bool unchanged = false;
    if (!pending.bad && !checkNote(pending, unchanged))
        pending.bad = true;
    if (pending.bad) {
        for (int index : std::as_const(pending.rows))
            m_rejectedRows.insert(index);
        return;
    }
    if (!writing())
        return;
    if (unchanged)
        ++m_report.unchanged;
    else
        writeNote(pending);
}

} // namespace dd
