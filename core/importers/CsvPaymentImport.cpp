#include "CsvPaymentImport.h"

#include "importers/ImportKeys.h"
#include "importers/ImportValues.h"
#include "payments/OpeningBalances.h"
#include "payments/PaymentRepository.h"

#include <QRegularExpression>

namespace dd {

namespace {
// Rows whose look-ups are read ahead at once.
constexpr int lookAheadRows = 1000;
} // namespace

void CsvPaymentImport::importRows()
{
    static const QRegularExpression ibanPattern(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$"));
    ImportKeys seen;
    m_store.cacheCustomersFor(m_reader->recordCount());
    // The repository's look-ups, run for every row, take the backend's fast path (as the
    // invoices' do): Qt SQL's cost per statement was most of a payment's.
    PaymentRepository repository(m_database);
    OpeningBalances openings(m_database);
    // Asked once: importing payments makes no opening balances.
    const bool openingsExist = openings.anyExist();
    // On a server the invoices the next rows name are read at once: the look-ups of one row
    // each were most of a payment's time there. What the rows write meanwhile keeps them true
    // (PaymentRepository::readAhead). Whether a payment is recorded is still asked row by row: a
    // batch of those conditions let PostgreSQL's planner read the date index for each of them.
    const auto before = [&](const std::vector<Row> &rows) {
        QStringList numbers;
        for (const Row &row : rows) {
            for (const QString &item : value(row, QStringLiteral("invoice")).split(u' ', Qt::SkipEmptyParts))
                numbers << item.section(u'=', 0, 0);
        }
        numbers.removeDuplicates();
        repository.readAhead(numbers);
    };
    const auto each = [&](const Row &row) {
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
        if (!text(row, QStringLiteral("allocated")).isEmpty()) {
            if (const auto allocated = amount(row, QStringLiteral("allocated"), cur)) {
                allocatable = allocated->cents();
                if (allocated->isNegative() || allocated->cents() > p.amount.cents())
                    error(row, QStringLiteral("allocated"), tr("allocated: %1 is not between 0 and the amount %2")
                                                                .arg(allocated->toPlain(), p.amount.toPlain()));
            }
        }
        p.debtorIban = value(row, QStringLiteral("iban")).remove(u' ').toUpper();
        if (!p.debtorIban.isEmpty() && !ibanPattern.match(p.debtorIban).hasMatch())
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
            const auto invoice = repository.invoiceByNumber(number);
            if (!invoice) {
                error(row, QStringLiteral("invoice"), tr("unknown invoice %1").arg(number));
                continue;
            }
            if (p.customerId && invoice->customerId != p.customerId) {
                error(row, QStringLiteral("invoice"), tr("invoice %1 belongs to another customer").arg(number));
            } else if (invoice->currency != cur) {
                error(row, QStringLiteral("invoice"), tr("invoice %1 is in %2, the payment in %3").arg(number, invoice->currency, cur));
            } else {
                invoices << invoice->id;
                parts << part;
            }
        }
        if (partsTotal > allocatable.value_or(p.amount.cents()) && !bad(row))
            error(row, QStringLiteral("invoice"), tr("invoice: the parts (%1) exceed what the payment allocates (%2)")
                                                      .arg(Money(partsTotal, cur).toPlain(), Money(allocatable.value_or(p.amount.cents()), cur).toPlain()));
        if (bad(row))
            return true;
        const QString date = IsoDate::format(p.date);
        const QString key = QString::number(p.customerId) + u'|' + date + u'|' + p.amount.toPlain() + u'|' + p.reference;
        if (const int first = seen.firstLineOrAdd(key, row.record.line)) {
            error(row, QStringLiteral("amount"), tr("the same payment (customer, date, amount, reference) is also on line %1").arg(first));
            return true;
        }
        if (!writing())
            return true;
        if (repository.recorded(p.customerId, date, p.amount, p.reference)) {
            ++m_report.unchanged;
            return true;
        }
        // Asked with replaceBy's own rule, so a row gets its savepoint exactly when it may write
        // before the repository can refuse it.
        bool replacing = false;
        for (qsizetype i = 0; openingsExist && !replacing && i < invoices.size(); ++i)
            replacing = openings.replaceable(invoices.at(i), p.date) > 0;
        const auto allocateAndRecord = [&]() {
            qint64 remaining = allocatable.value_or(p.amount.cents());
            for (qsizetype i = 0; i < invoices.size(); ++i) {
                const qint64 invoiceId = invoices.at(i);
                // A payment the package may have counted takes its opening balance's place
                // (OpeningBalances' rule); a later one pays what is open.
                if (replacing)
                    openings.replaceBy(invoiceId, p.date, parts.at(i).value_or(remaining));
                const qint64 openCents = repository.openCents(invoiceId);
                // A stated part is booked as stated: more than is open is refused by the repository.
                const qint64 allocate = parts.at(i) ? *parts.at(i) : std::min(remaining, openCents);
                if (allocate > 0) {
                    p.allocations.append(Allocation{invoiceId, Money(allocate, p.amount.currency())});
                    remaining -= allocate;
                }
            }
            repository.record(p);
            ++m_report.created;
        };
        if (replacing) {
            // The opening balance is written before the payment: refused, the savepoint takes both back.
            // What is open on the invoices is read again, from what replaceBy left.
            for (const qint64 invoiceId : std::as_const(invoices))
                repository.forgetOpen(invoiceId);
            writeUnit(row, allocateAndRecord);
        } else {
            // The repository refuses before it writes: no savepoint needed, one less per row.
            try {
                allocateAndRecord();
            } catch (const ValidationError &refused) {
                errorAt(row, refused.message());
            }
        }
        return true;
    };
    if (readsAhead())
        forEachRow(each, lookAheadRows, before);
    else
        forEachRow(each);
}


} // namespace dd
