#include "CsvExporter.h"

#include "common/CsvField.h"
#include "common/ValidationError.h"
#include "einvoicing/PeppolParticipant.h"
#include "money/Money.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlRecord>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CsvExporter", text);
}

// A whole number scaled by 10^decimals as the shortest decimal: 2500/3 -> "2.5", 2100/2 -> "21".
QString decimal(qint64 value, int decimals)
{
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    QString text = QString::number(magnitude / quint64(factor));
    QString fraction = QStringLiteral("%1").arg(magnitude % quint64(factor), decimals, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += u'.' + fraction;
    return negative ? u'-' + text : text;
}

QString plain(const QVariant &cents, const QString &currency)
{
    return Money(cents.toLongLong(), currency).toPlain();
}
} // namespace

CsvExporter::CsvExporter(Database &database)
    : m_database(database)
{
}

std::optional<ExportKind> CsvExporter::kindFromName(const QString &name)
{
    if (name == u"customers")
        return ExportKind::Customers;
    if (name == u"invoices")
        return ExportKind::Invoices;
    if (name == u"payments")
        return ExportKind::Payments;
    if (name == u"disputes")
        return ExportKind::Disputes;
    if (name == u"credit-notes")
        return ExportKind::CreditNotes;
    return std::nullopt;
}

qint64 CsvExporter::exportTo(ExportKind kind, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ValidationError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    qint64 rows = 0;
    auto write = [&](const QStringList &cells) { file.write((CsvField::join(cells) + QStringLiteral("\r\n")).toUtf8()); };

    switch (kind) {
    case ExportKind::Customers: {
        write({QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("language"),
               QStringLiteral("street"), QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("country"),
               QStringLiteral("vat_id"), QStringLiteral("email"), QStringLiteral("payment_term_days"),
               QStringLiteral("credit_limit"), QStringLiteral("currency"), QStringLiteral("do_not_dun"),
               QStringLiteral("peppol_id")});
        const bool dunHold = m_database.connection().record(QStringLiteral("customers")).contains(QStringLiteral("do_not_dun"));
        QSqlQuery query = m_database.run(QStringLiteral(
            "SELECT number, name, kind, language, street, postal_code, city, country, vat_id, email, payment_term_days, "
            "credit_limit_cents, currency, %1, peppol_scheme, peppol_id FROM customers ORDER BY number")
                                                         .arg(dunHold ? QStringLiteral("do_not_dun") : QStringLiteral("0")));
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 11; ++i)
                cells << query.value(i).toString();
            cells << plain(query.value(11), query.value(12).toString()) << query.value(12).toString()
                  << (query.value(13).toInt() ? QStringLiteral("yes") : QStringLiteral("no"))
                  << PeppolParticipant{query.value(14).toString(), query.value(15).toString()}.toString();
            write(cells);
            ++rows;
        }
        break;
    }
    case ExportKind::Invoices: {
        const bool credited = m_database.connection().record(QStringLiteral("invoices")).contains(QStringLiteral("credited_cents"));
        QStringList header = {QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("issue_date"),
                              QStringLiteral("due_date"), QStringLiteral("currency"), QStringLiteral("total_excl"),
                              QStringLiteral("vat"), QStringLiteral("total_incl"), QStringLiteral("paid")};
        if (credited)
            header << QStringLiteral("credited");
        header << QStringLiteral("product_code") << QStringLiteral("description") << QStringLiteral("quantity")
               << QStringLiteral("unit_price") << QStringLiteral("vat_rate");
        // What a UBL invoice brings beyond net and VAT (issue 17): per invoice the payment rounding
        // and a prepaid amount paid back, per line the VAT category, the exemption and the stored
        // VAT, which a UBL import may have moved by the rounding of its category (UblReader).
        header << QStringLiteral("vat_category") << QStringLiteral("vat_exemption_code") << QStringLiteral("vat_exemption_reason")
               << QStringLiteral("line_vat") << QStringLiteral("rounding") << QStringLiteral("prepaid");
        // The package's credit notes (imported_credit_notes) come along as the import reads them:
        // a negative total without lines, `credits` the invoice it corrects and `credited` the part
        // of it applied there. The invoice's own `credited` then leaves that part out, or an import
        // would count it twice; and a re-import of the package's file finds the note by its number.
        const bool packageCredits = m_database.connection().tables().contains(QStringLiteral("imported_credit_notes"));
        header << QStringLiteral("credits");
        write(header);
        // total_incl_cents is what the customer owes; total_incl is written as net + VAT, the
        // rounding and prepaid amount apart (InvoiceRepository reads them so too).
        QSqlQuery query = m_database.run(
            QStringLiteral("SELECT i.number, c.number, i.issue_date, i.due_date, i.currency, i.total_excl_cents, i.vat_cents, "
                           "i.total_incl_cents - i.rounding_cents + i.prepaid_cents, i.paid_cents, %1, l.id, COALESCE(p.code, ''), "
                           "l.description, l.quantity_milli, l.unit_price_cents, l.vat_rate_bp, l.vat_category, "
                           "l.vat_exemption_code, l.vat_exemption_reason, l.vat_cents, i.rounding_cents, i.prepaid_cents "
                           "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                           "LEFT JOIN invoice_lines l ON l.invoice_id = i.id LEFT JOIN products p ON p.id = l.product_id "
                           "ORDER BY i.number, l.line_no")
                .arg(!credited         ? QStringLiteral("0")
                         : packageCredits ? QStringLiteral("i.credited_cents - (SELECT COALESCE(SUM(n.applied_cents), 0) "
                                                           "FROM imported_credit_notes n WHERE n.invoice_id = i.id)")
                                          : QStringLiteral("i.credited_cents")));
        while (query.next()) {
            const QString currency = query.value(4).toString();
            QStringList cells = {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString(), currency, plain(query.value(5), currency),
                                 plain(query.value(6), currency), plain(query.value(7), currency), plain(query.value(8), currency)};
            if (credited)
                cells << plain(query.value(9), currency);
            if (query.value(10).isNull())
                cells << QString() << QString() << QString() << QString() << QString() << QString() << QString() << QString()
                      << QString();
            else
                cells << query.value(11).toString() << query.value(12).toString() << decimal(query.value(13).toLongLong(), 3)
                      << plain(query.value(14), currency) << decimal(query.value(15).toLongLong(), 2)
                      << query.value(16).toString() << query.value(17).toString() << query.value(18).toString()
                      << plain(query.value(19), currency);
            cells << plain(query.value(20), currency) << plain(query.value(21), currency) << QString();
            write(cells);
            ++rows;
        }
        if (!packageCredits)
            break;
        QSqlQuery notes = m_database.run(QStringLiteral(
            "SELECT n.number, c.number, n.issue_date, n.currency, n.total_incl_cents, n.applied_cents, COALESCE(i.number, '') "
            "FROM imported_credit_notes n JOIN customers c ON c.id = n.customer_id LEFT JOIN invoices i ON i.id = n.invoice_id "
            "ORDER BY n.number"));
        while (notes.next()) {
            const QString currency = notes.value(3).toString();
            QStringList cells = {notes.value(0).toString(), notes.value(1).toString(), notes.value(2).toString(),
                                 notes.value(2).toString(), currency, QString(), QString(),
                                 plain(-notes.value(4).toLongLong(), currency), QString()};
            if (credited)
                cells << plain(notes.value(5), currency);
            for (int i = 0; i < 11; ++i)
                cells << QString(); // no lines, rounding or prepaid
            cells << notes.value(6).toString();
            write(cells);
            ++rows;
        }
        break;
    }
    case ExportKind::Payments: {
        const bool iban = m_database.connection().record(QStringLiteral("payments")).contains(QStringLiteral("debtor_iban"));
        // An opening balance is no payment anyone made on a day: the invoices' "paid" carries it.
        const bool openings = m_database.connection().record(QStringLiteral("payments")).contains(QStringLiteral("opening_balance"));
        write({QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("currency"),
               QStringLiteral("reference"), QStringLiteral("invoice"), QStringLiteral("iban"), QStringLiteral("allocated")});
        QSqlQuery query = m_database.run(
            QStringLiteral("SELECT p.id, c.number, p.payment_date, p.amount_cents, p.currency, p.reference, %1, i.number, "
                           "a.amount_cents FROM payments p JOIN customers c ON c.id = p.customer_id "
                           "LEFT JOIN allocations a ON a.payment_id = p.id LEFT JOIN invoices i ON i.id = a.invoice_id "
                           "WHERE %2 ORDER BY p.payment_date, p.id, i.due_date, i.number")
                .arg(iban ? QStringLiteral("p.debtor_iban") : QStringLiteral("''"),
                     openings ? QStringLiteral("p.opening_balance = 0") : QStringLiteral("1")));
        qint64 current = -1;
        QStringList cells;
        QStringList invoices;
        qint64 allocated = 0;
        auto flush = [&]() {
            if (current < 0)
                return;
            cells[5] = invoices.join(u' ');
            cells[7] = Money(allocated, cells.at(3)).toPlain();
            write(cells);
            ++rows;
        };
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (id != current) {
                flush();
                current = id;
                const QString currency = query.value(4).toString();
                cells = {query.value(1).toString(), query.value(2).toString(), plain(query.value(3), currency), currency,
                         query.value(5).toString(), QString(), query.value(6).toString(), QString()};
                invoices.clear();
                allocated = 0;
            }
            if (!query.value(7).isNull()) {
                // NUMBER=AMOUNT: read back, each invoice gets its own part again, whatever the
                // order and whatever opening balances the invoices' `paid` makes on import.
                invoices << query.value(7).toString() + u'=' + plain(query.value(8), cells.at(3));
                allocated += query.value(8).toLongLong();
            }
        }
        flush();
        break;
    }
    case ExportKind::Disputes: {
        write({QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("reason"), QStringLiteral("channel"),
               QStringLiteral("step"), QStringLiteral("received_on"), QStringLiteral("promised_on"),
               QStringLiteral("answered_on"), QStringLiteral("currency"), QStringLiteral("disputed"),
               QStringLiteral("verdict"), QStringLiteral("justified"), QStringLiteral("goodwill"), QStringLiteral("invoices"),
               QStringLiteral("outcome"), QStringLiteral("closed_on"),
               // The rest of the state the decision tree keeps, so that an imported case stands where it stood.
               QStringLiteral("contact_person"), QStringLiteral("assignee"), QStringLiteral("story"), QStringLiteral("rationale"),
               QStringLiteral("credit_decided"), QStringLiteral("unjustified_path"), QStringLiteral("amicable_state"),
               QStringLiteral("arrangement"), QStringLiteral("lesson_what"), QStringLiteral("lesson_department"),
               QStringLiteral("lesson_action")});
        QSqlQuery query = m_database.run(QStringLiteral(
            "SELECT d.id, d.number, c.number, d.reason, d.channel, d.step, d.received_on, d.promised_on, "
            "COALESCE(d.answered_on, ''), d.currency, d.verdict, d.justified_cents, d.goodwill_cents, d.outcome, "
            "COALESCE(d.closed_on, ''), d.contact_person, d.assignee, d.story, d.rationale, d.credit_decided, d.unjustified_path, "
            "d.amicable_state, d.arrangement, d.lesson_what, d.lesson_department, d.lesson_action "
            "FROM disputes d JOIN customers c ON c.id = d.customer_id ORDER BY d.number"));
        QSqlQuery invoices = m_database.prepare(QStringLiteral(
            "SELECT i.number, di.disputed_cents FROM dispute_invoices di JOIN invoices i ON i.id = di.invoice_id "
            "WHERE di.dispute_id = ? ORDER BY i.number"));
        while (query.next()) {
            const QString currency = query.value(9).toString();
            Database::exec(invoices, {query.value(0)});
            QStringList numbers;
            qint64 disputed = 0;
            while (invoices.next()) {
                // NUMBER=AMOUNT, so that the part of each invoice comes back on import.
                numbers << invoices.value(0).toString() + u'=' + plain(invoices.value(1), currency);
                disputed += invoices.value(1).toLongLong();
            }
            invoices.finish();
            QStringList cells = {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                   query.value(5).toString(), query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                   currency, Money(disputed, currency).toPlain(), query.value(10).toString(), plain(query.value(11), currency),
                   plain(query.value(12), currency), numbers.join(u' '), query.value(13).toString(), query.value(14).toString(),
                   query.value(15).toString(), query.value(16).toString(), query.value(17).toString(), query.value(18).toString(),
                   query.value(19).toInt() ? QStringLiteral("yes") : QStringLiteral("no")};
            for (int i = 20; i <= 25; ++i)
                cells << query.value(i).toString();
            write(cells);
            ++rows;
        }
        break;
    }
    case ExportKind::CreditNotes: {
        write({QStringLiteral("number"), QStringLiteral("series_year"), QStringLiteral("series_no"), QStringLiteral("invoice"),
               QStringLiteral("customer"), QStringLiteral("dispute"), QStringLiteral("issue_date"), QStringLiteral("currency"),
               QStringLiteral("credit_reason"), QStringLiteral("goodwill"), QStringLiteral("total_excl"), QStringLiteral("vat"),
               QStringLiteral("total_incl"), QStringLiteral("issued_at"), QStringLiteral("actor"), QStringLiteral("vat_eur"),
               QStringLiteral("eur_rate_date"), QStringLiteral("eur_rate"), QStringLiteral("line_no"),
               QStringLiteral("invoice_line_no"), QStringLiteral("description"), QStringLiteral("quantity"),
               QStringLiteral("unit_price"), QStringLiteral("vat_rate"), QStringLiteral("net"), QStringLiteral("line_vat"),
               QStringLiteral("vat_category"), QStringLiteral("vat_exemption_code"), QStringLiteral("vat_exemption_reason")});
        // In the order of the series, so that an import continues each year's series without a gap.
        QSqlQuery query = m_database.run(QStringLiteral(
            "SELECT n.number, n.series_year, n.series_no, i.number, c.number, COALESCE(d.number, ''), n.issue_date, n.currency, "
            "n.reason, n.goodwill, n.total_excl_cents, n.vat_cents, n.total_incl_cents, n.issued_at, n.actor, n.vat_eur_cents, "
            "COALESCE(n.eur_rate_date, ''), n.eur_rate_micros, l.line_no, COALESCE(l.invoice_line_no, ''), l.description, "
            "l.quantity_milli, l.unit_price_cents, l.vat_rate_bp, l.net_cents, l.vat_cents, l.vat_category, l.vat_exemption_code, "
            "l.vat_exemption_reason FROM credit_notes n JOIN credit_note_lines l ON l.credit_note_id = n.id "
            "JOIN invoices i ON i.id = n.invoice_id JOIN customers c ON c.id = n.customer_id "
            "LEFT JOIN disputes d ON d.id = n.dispute_id ORDER BY n.series_year, n.series_no, l.line_no"));
        while (query.next()) {
            const QString currency = query.value(7).toString();
            QStringList cells;
            for (int i = 0; i < 9; ++i)
                cells << query.value(i).toString();
            cells << (query.value(9).toInt() ? QStringLiteral("yes") : QStringLiteral("no")) << plain(query.value(10), currency)
                  << plain(query.value(11), currency) << plain(query.value(12), currency) << query.value(13).toString()
                  << query.value(14).toString()
                  << (query.value(15).isNull() ? QString() : plain(query.value(15), QStringLiteral("EUR")))
                  << query.value(16).toString()
                  << (query.value(17).isNull() ? QString() : decimal(query.value(17).toLongLong(), 6))
                  << query.value(18).toString() << query.value(19).toString() << query.value(20).toString()
                  << decimal(query.value(21).toLongLong(), 3) << plain(query.value(22), currency)
                  << decimal(query.value(23).toLongLong(), 2) << plain(query.value(24), currency) << plain(query.value(25), currency)
                  << query.value(26).toString() << query.value(27).toString() << query.value(28).toString();
            write(cells);
            ++rows;
        }
        break;
    }
    }
    if (!file.commit())
        throw ValidationError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return rows;
}

} // namespace dd
