#include "CsvExporter.h"

#include "common/CsvField.h"
#include "common/ValidationError.h"
#include "einvoicing/PeppolParticipant.h"
#include "exporters/ExportRowsQuery.h"
#include "money/Money.h"
#include "storage/StoredMoment.h"

#include <QCoreApplication>
#include <QSaveFile>

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
    const ExportRowsQuery rowsQuery(m_database);
    auto write = [&](const QStringList &cells) { file.write((CsvField::join(cells) + QStringLiteral("\r\n")).toUtf8()); };

    switch (kind) {
    case ExportKind::Customers: {
        write({QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("language"),
               QStringLiteral("street"), QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("country"),
               QStringLiteral("vat_id"), QStringLiteral("email"), QStringLiteral("payment_term_days"),
               QStringLiteral("credit_limit"), QStringLiteral("currency"), QStringLiteral("do_not_dun"),
               QStringLiteral("peppol_id")});
        rowsQuery.customers([&](const ExportRowsQuery::Row &row) {
            QStringList cells;
            for (int i = 0; i < 11; ++i)
                cells << row.value(i).toString();
            cells << plain(row.value(11), row.value(12).toString()) << row.value(12).toString()
                  << (row.value(13).toInt() ? QStringLiteral("yes") : QStringLiteral("no"))
                  << PeppolParticipant{row.value(14).toString(), row.value(15).toString()}.toString();
            write(cells);
            ++rows;
        });
        break;
    }
    case ExportKind::Invoices: {
        const bool credited = rowsQuery.invoicesHaveCredited();
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
        const bool packageCredits = rowsQuery.hasPackageCreditNotes();
        header << QStringLiteral("credits");
        write(header);
        rowsQuery.invoiceLines([&](const ExportRowsQuery::Row &row) {
            const QString currency = row.value(4).toString();
            QStringList cells = {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                 row.value(3).toString(), currency, plain(row.value(5), currency),
                                 plain(row.value(6), currency), plain(row.value(7), currency), plain(row.value(8), currency)};
            if (credited)
                cells << plain(row.value(9), currency);
            if (row.value(10).isNull())
                cells << QString() << QString() << QString() << QString() << QString() << QString() << QString() << QString()
                      << QString();
            else
                cells << row.value(11).toString() << row.value(12).toString() << decimal(row.value(13).toLongLong(), 3)
                      << plain(row.value(14), currency) << decimal(row.value(15).toLongLong(), 2)
                      << row.value(16).toString() << row.value(17).toString() << row.value(18).toString()
                      << plain(row.value(19), currency);
            cells << plain(row.value(20), currency) << plain(row.value(21), currency) << QString();
            write(cells);
            ++rows;
        });
        if (!packageCredits)
            break;
        rowsQuery.packageCreditNotes([&](const ExportRowsQuery::Row &note) {
            const QString currency = note.value(3).toString();
            QStringList cells = {note.value(0).toString(), note.value(1).toString(), note.value(2).toString(),
                                 note.value(2).toString(), currency, QString(), QString(),
                                 plain(-note.value(4).toLongLong(), currency), QString()};
            if (credited)
                cells << plain(note.value(5), currency);
            for (int i = 0; i < 11; ++i)
                cells << QString(); // no lines, rounding or prepaid
            cells << note.value(6).toString();
            write(cells);
            ++rows;
        });
        break;
    }
    case ExportKind::Payments: {
        write({QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("amount"), QStringLiteral("currency"),
               QStringLiteral("reference"), QStringLiteral("invoice"), QStringLiteral("iban"), QStringLiteral("allocated")});
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
        rowsQuery.paymentAllocations([&](const ExportRowsQuery::Row &row) {
            const qint64 id = row.value(0).toLongLong();
            if (id != current) {
                flush();
                current = id;
                const QString currency = row.value(4).toString();
                cells = {row.value(1).toString(), row.value(2).toString(), plain(row.value(3), currency), currency,
                         row.value(5).toString(), QString(), row.value(6).toString(), QString()};
                invoices.clear();
                allocated = 0;
            }
            if (!row.value(7).isNull()) {
                // NUMBER=AMOUNT: read back, each invoice gets its own part again, whatever the
                // order and whatever opening balances the invoices' `paid` makes on import.
                invoices << row.value(7).toString() + u'=' + plain(row.value(8), cells.at(3));
                allocated += row.value(8).toLongLong();
            }
        });
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
        rowsQuery.disputes([&](const ExportRowsQuery::Row &row, const std::vector<std::pair<QString, qint64>> &invoices) {
            const QString currency = row.value(9).toString();
            QStringList numbers;
            qint64 disputed = 0;
            for (const auto &[number, cents] : invoices) {
                // NUMBER=AMOUNT, so that the part of each invoice comes back on import.
                numbers << number + u'=' + Money(cents, currency).toPlain();
                disputed += cents;
            }
            QStringList cells = {row.value(1).toString(), row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                   row.value(5).toString(), row.value(6).toString(), row.value(7).toString(), row.value(8).toString(),
                   currency, Money(disputed, currency).toPlain(), row.value(10).toString(), plain(row.value(11), currency),
                   plain(row.value(12), currency), numbers.join(u' '), row.value(13).toString(), row.value(14).toString(),
                   row.value(15).toString(), row.value(16).toString(), row.value(17).toString(), row.value(18).toString(),
                   row.value(19).toInt() ? QStringLiteral("yes") : QStringLiteral("no")};
            for (int i = 20; i <= 25; ++i)
                cells << row.value(i).toString();
            write(cells);
            ++rows;
        });
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
        rowsQuery.creditNoteLines([&](const ExportRowsQuery::Row &row) {
            const QString currency = row.value(7).toString();
            QStringList cells;
            for (int i = 0; i < 9; ++i)
                cells << row.value(i).toString();
            cells << (row.value(9).toInt() ? QStringLiteral("yes") : QStringLiteral("no")) << plain(row.value(10), currency)
                  << plain(row.value(11), currency) << plain(row.value(12), currency)
                  << StoredMoment::text(row.value(13), StoredMoment::Precision::Seconds)
                  << row.value(14).toString()
                  << (row.value(15).isNull() ? QString() : plain(row.value(15), QStringLiteral("EUR")))
                  << row.value(16).toString()
                  << (row.value(17).isNull() ? QString() : decimal(row.value(17).toLongLong(), 6))
                  << row.value(18).toString() << row.value(19).toString() << row.value(20).toString()
                  << decimal(row.value(21).toLongLong(), 3) << plain(row.value(22), currency)
                  << decimal(row.value(23).toLongLong(), 2) << plain(row.value(24), currency) << plain(row.value(25), currency)
                  << row.value(26).toString() << row.value(27).toString() << row.value(28).toString();
            write(cells);
            ++rows;
        });
        break;
    }
    }
    if (!file.commit())
        throw ValidationError(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return rows;
}

} // namespace dd
