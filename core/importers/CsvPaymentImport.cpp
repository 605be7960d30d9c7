#include "CsvPaymentImport.h"

#include "importers/ImportKeys.h"
#include "importers/ImportValues.h"
#include "payments/OpeningBalances.h"
#include "payments/PaymentRepository.h"

#include <QRegularExpression>

namespace dd {

void CsvPaymentImport::importRows()
{
    static const QRegularExpression ibanPattern(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$"));
    ImportKeys seen;
    QSqlQuery findInvoice = m_database.prepare(QStringLiteral("SELECT id, customer_id, currency FROM invoices WHERE number = ?"));
    PaymentRepository repository(m_database);
    QSqlQuery existing = m_database.prepare(QStringLiteral(
        "SELECT id FROM payments WHERE customer_id = ? AND payment_date = ? AND amount_cents = ? AND currency = ? AND reference = ?"));
    QSqlQuery open = m_database.prepare(QStringLiteral("SELECT total_incl_cents - paid_cents - credited_cents FROM invoices WHERE id = ?"));
    OpeningBalances openings(m_database);
    QSqlQuery setIban = m_database.prepare(QStringLiteral("UPDATE payments SET debtor_iban = ? WHERE id = ?"));
    forEachRow([&](const Row &row) {
        if (!tick(2 * qint64(row.index)))
            return false;
        checkLengths(row);
        Payment p;
        QList<qint64> invoices;
        const QString cur = currency(row);
        if (required(row, QStringLiteral("customer"))) {
            if (const auto customer = m_store.customer(value(row, QStringLiteral("customer"))))
                p.customerId = customer->id;
            else
                error(row, QStringLiteral("customer"), tr("unknown customer %1").arg(value(row, QStringLiteral("customer"))));
        }
        if (const auto paid = date(row, QStringLiteral("date")))
            p.date = *paid;
        if (const auto money = amount(row, QStringLiteral("amount"), cur)) {
            p.amount = *money;
            if (money->cents() <= 0)
                error(row, QStringLiteral("amount"), tr("amount: a payment must be positive, not %1").arg(money->toPlain()));
        }
        p.reference = value(row, QStringLiteral("reference"));
        // What the export says was allocated: the rest of the payment stays unallocated.
        std::optional<qint64> allocatable;
        if (!value(row, QStringLiteral("allocated")).isEmpty()) {
            if (const auto allocated = amount(row, QStringLiteral("allocated"), cur)) {
                allocatable = allocated->cents();
                if (allocated->isNegative() || allocated->cents() > p.amount.cents())
                    error(row, QStringLiteral("allocated"), tr("allocated: %1 is not between 0 and the amount %2")
                                                                .arg(allocated->toPlain(), p.amount.toPlain()));
            }
        }
        const QString iban = value(row, QStringLiteral("iban")).remove(u' ').toUpper();
        if (!iban.isEmpty() && !ibanPattern.match(iban).hasMatch())
            error(row, QStringLiteral("iban"), tr("iban: \"%1\" is not an IBAN").arg(value(row, QStringLiteral("iban"))));
        // "A=20.00 B=100.00", as the export writes it: each invoice gets exactly its part. A
        // number alone: as much as is open, in the order given.
        QList<std::optional<qint64>> parts;
        qint64 partsTotal = 0;
        const QStringList items = value(row, QStringLiteral("invoice")).split(u' ', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const QString number = item.section(u'=', 0, 0);
            std::optional<qint64> part;
            if (item.contains(u'=')) {
                const auto parsed = ImportValues::amount(item.section(u'=', 1), cur, m_numberStyle, nullptr);
                if (!parsed || parsed->cents() <= 0) {
                    error(row, QStringLiteral("invoice"), tr("invoice: \"%1\" is not NUMBER=AMOUNT with a positive amount").arg(item));
                    continue;
                }
                part = parsed->cents();
                partsTotal += *part;
            }
            Database::exec(findInvoice, {number});
            if (!findInvoice.next()) {
                error(row, QStringLiteral("invoice"), tr("unknown invoice %1").arg(number));
            } else if (p.customerId && findInvoice.value(1).toLongLong() != p.customerId) {
                error(row, QStringLiteral("invoice"), tr("invoice %1 belongs to another customer").arg(number));
            } else if (findInvoice.value(2).toString() != cur) {
                error(row, QStringLiteral("invoice"), tr("invoice %1 is in %2, the payment in %3").arg(number, findInvoice.value(2).toString(), cur));
            } else {
                invoices << findInvoice.value(0).toLongLong();
                parts << part;
            }
            findInvoice.finish();
        }
        if (partsTotal > allocatable.value_or(p.amount.cents()) && !bad(row))
            error(row, QStringLiteral("invoice"), tr("invoice: the parts (%1) exceed what the payment allocates (%2)")
                                                      .arg(Money(partsTotal, cur).toPlain(), Money(allocatable.value_or(p.amount.cents()), cur).toPlain()));
        if (bad(row))
            return true;
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(p.customerId).arg(IsoDate::format(p.date), p.amount.toPlain(), p.reference);
        if (const int first = seen.firstLineOrAdd(key, row.record.line)) {
            error(row, QStringLiteral("amount"), tr("the same payment (customer, date, amount, reference) is also on line %1").arg(first));
            return true;
        }
        if (!writing())
            return true;
        writeUnit(row, [&]() {
            Database::exec(existing, {p.customerId, IsoDate::format(p.date), p.amount.cents(), p.amount.currency(), p.reference});
            const bool known = existing.next();
            existing.finish();
            if (known) {
                ++m_report.unchanged;
                return;
            }
            qint64 remaining = allocatable.value_or(p.amount.cents());
            for (qsizetype i = 0; i < invoices.size(); ++i) {
                const qint64 invoiceId = invoices.at(i);
                // A payment the package may have counted takes its opening balance's place
                // (OpeningBalances' rule); a later one pays what is open.
                openings.replaceBy(invoiceId, p.date, parts.at(i).value_or(remaining));
                Database::exec(open, {invoiceId});
                const qint64 openCents = open.next() ? open.value(0).toLongLong() : 0;
                open.finish();
                // A stated part is booked as stated: more than is open is refused by the repository.
                const qint64 allocate = parts.at(i) ? *parts.at(i) : std::min(remaining, openCents);
                if (allocate > 0) {
                    p.allocations.append(Allocation{invoiceId, Money(allocate, p.amount.currency())});
                    remaining -= allocate;
                }
            }
            repository.record(p);
            if (!iban.isEmpty())
                Database::exec(setIban, {iban, p.id});
            ++m_report.created;
        });
        return true;
    });
}

} // namespace dd
