#include "CsvInvoiceImport.h"

#include "importers/ImportKeys.h"
#include "importers/InvoiceBatchWriter.h"
#include "importers/StoredLineVat.h"
#include "invoices/InvoiceRepository.h"
#include "storage/BulkLoad.h"

#include <QScopeGuard>
#include <QThread>

#include <deque>
#include <unordered_map>

namespace dd {

namespace {
// Bulk loading drops the secondary indexes while rows go in; worth it only for large files into
// an empty table, where rebuilding them once is far cheaper than updating them per row.
constexpr qsizetype bulkThreshold = 20000;
// Rows read ahead for their stored invoices to be looked up at once (ImportStore::readAhead).
constexpr int lookAheadRows = 1000;
} // namespace

void CsvInvoiceImport::checkColumns()
{
    m_packageColumns = has(QStringLiteral("open")) || has(QStringLiteral("paid")) || has(QStringLiteral("credited"))
        || has(QStringLiteral("credits"));
    if (!has(QStringLiteral("total_incl")) && !has(QStringLiteral("unit_price")))
        m_report.errors.append({m_path, m_headerLine, 1,
                                tr("missing required column \"%1\" (or \"%2\" for one row per invoice line)")
                                    .arg(m_options.mapping.headerFor(QStringLiteral("total_incl")),
                                         m_options.mapping.headerFor(QStringLiteral("unit_price")))});
}

bool CsvInvoiceImport::rejectedWithOthers(const Row &row) const
{
    return !m_badNumbers.isEmpty() && m_badNumbers.contains(value(row, QStringLiteral("number")));
}

CsvInvoiceImport::InvoiceRow CsvInvoiceImport::readInvoiceHeader(const Row &row)
{
    InvoiceRow result;
    Invoice &header = result.header;
    header.number = value(row, QStringLiteral("number"));
    header.currency = currency(row);
    if (required(row, QStringLiteral("customer"))) {
        const QString customerNumber = value(row, QStringLiteral("customer"));
        if (const auto customer = m_store.customer(customerNumber)) {
            header.customerId = customer->id;
            result.paymentTerm = customer->paymentTermDays;
        } else {
            error(row, QStringLiteral("customer"), tr("unknown customer %1").arg(customerNumber));
        }
    }
    if (const auto issued = date(row, QStringLiteral("issue_date")))
        header.issueDate = *issued;
    result.dueGiven = !text(row, QStringLiteral("due_date")).isEmpty();
    if (result.dueGiven) {
        if (const auto due = date(row, QStringLiteral("due_date")))
            header.dueDate = *due;
    }
    return result;
}

void CsvInvoiceImport::readInvoiceTotals(const Row &row, InvoiceRow &invoice)
{
    const QString &cur = invoice.header.currency;
    if (!text(row, QStringLiteral("total_incl")).isEmpty())
        invoice.givenIncl = amount(row, QStringLiteral("total_incl"), cur);
    if (!text(row, QStringLiteral("total_excl")).isEmpty())
        invoice.givenExcl = amount(row, QStringLiteral("total_excl"), cur);
    if (!text(row, QStringLiteral("vat")).isEmpty())
        invoice.givenVat = amount(row, QStringLiteral("vat"), cur);
    if (!text(row, QStringLiteral("rounding")).isEmpty())
        invoice.givenRounding = amount(row, QStringLiteral("rounding"), cur);
    if (!text(row, QStringLiteral("prepaid")).isEmpty()) {
        invoice.givenPrepaid = amount(row, QStringLiteral("prepaid"), cur);
        // A prepayment received is a payment (the paid column); this one was paid back.
        if (invoice.givenPrepaid && invoice.givenPrepaid->cents() > 0)
            error(row, QStringLiteral("prepaid"),
                  tr("prepaid: %1 is positive; a prepayment received is a payment (paid), only money paid back to the buyer "
                     "(negative) is kept as prepaid")
                      .arg(invoice.givenPrepaid->toPlain()));
    }
    if (!m_packageColumns)
        return;
    for (const auto &[field, target] : {std::pair{QStringLiteral("open"), &invoice.givenOpen},
                                        std::pair{QStringLiteral("paid"), &invoice.givenPaid},
                                        std::pair{QStringLiteral("credited"), &invoice.givenCredited}}) {
        if (!text(row, field).isEmpty())
            *target = amount(row, field, cur);
    }
    invoice.credits = value(row, QStringLiteral("credits"));
}

void CsvInvoiceImport::checkBalances(const Row &first, const InvoiceRow &row)
{
    const Invoice &invoice = row.header;
    if (isPackageCredit(invoice)) {
        // What the package says is open or paid is about the credit and is not read; `credited`,
        // as our export writes it, is the part of it applied to the invoice it corrects.
        const Money amount = -invoice.totalInclVat;
        if (row.givenCredited && (row.givenCredited->isNegative() || row.givenCredited->cents() > amount.cents()))
            error(first, QStringLiteral("credited"), tr("credited: credit note %1 of %2 cannot have %3 of it applied; it lies between 0 and %2")
                                                          .arg(invoice.number, amount.toPlain(), row.givenCredited->toPlain()));
        return;
    }
    if (invoice.totalInclVat.isNegative()) {
        // A corrective invoice of negative lines (a UBL one, as the export writes it) is an invoice;
        // a credit note of the package that corrects another invoice is read from its totals.
        if (!row.credits.isEmpty())
            error(first, QStringLiteral("total_incl"),
                  tr("invoice %1: a credit note (negative total %2) is read from its totals, not from lines")
                      .arg(invoice.number, invoice.totalInclVat.toPlain()));
        for (const auto &[field, given] : {std::pair{QStringLiteral("open"), row.givenOpen}, std::pair{QStringLiteral("paid"), row.givenPaid},
                                           std::pair{QStringLiteral("credited"), row.givenCredited}}) {
            if (given && !given->isZero())
                error(first, field, tr("%1: invoice %2 has a negative total %3; nothing can be %1 on it")
                                        .arg(field, invoice.number, invoice.totalInclVat.toPlain()));
        }
        return;
    }
    if (!row.givenOpen && !row.givenPaid && !row.givenCredited && row.credits.isEmpty())
        return; // the common case, a million times in a large file
    if (!row.credits.isEmpty())
        error(first, QStringLiteral("credits"),
              tr("credits: invoice %1 has a positive total; only a credit note (a negative total) corrects another invoice")
                  .arg(invoice.number));
    // What the customer owes: a UBL invoice's rounding and refunded prepayment included.
    const qint64 total = invoice.amountDue().cents();
    const QString totalText = invoice.amountDue().toPlain();
    for (const auto &[field, given] : {std::pair{QStringLiteral("open"), row.givenOpen}, std::pair{QStringLiteral("paid"), row.givenPaid},
                                       std::pair{QStringLiteral("credited"), row.givenCredited}}) {
        if (!given)
            continue;
        if (field == u"open" && given->isNegative())
            // The package owes the customer money back: that is a payment (or a refund) to
            // import as such, not a balance of this invoice; the rest of the file is fine.
            refuseRow(first, field, tr("open %1: an overpaid invoice; import the overpayment as a payment")
                                        .arg(value(first, field)));
        else if (given->isNegative())
            error(first, field, tr("%1: %2 is negative; it must lie between 0 and the total %3").arg(field, given->toPlain(), totalText));
        else if (given->cents() > total)
            error(first, field, tr("%1: %2 is more than the total %3").arg(field, given->toPlain(), totalText));
    }
    if (bad(first))
        return;
    const qint64 paid = row.givenPaid ? row.givenPaid->cents() : 0;
    const qint64 credited = row.givenCredited ? row.givenCredited->cents() : 0;
    const qint64 open = row.givenOpen ? row.givenOpen->cents() : 0;
    if (paid + credited + open > total)
        error(first, row.givenOpen ? QStringLiteral("open") : QStringLiteral("paid"),
              tr("paid %1, credited %2 and open %3 together are more than the total %4")
                  .arg(Money(paid, invoice.currency).toPlain(), Money(credited, invoice.currency).toPlain(),
                       Money(open, invoice.currency).toPlain(), totalText));
}

InvoiceLine CsvInvoiceImport::readInvoiceLine(const Row &row, const QString &currency, std::optional<Money> *statedVat)
{
    InvoiceLine line;
    line.productCode = value(row, QStringLiteral("product_code"));
    line.description = value(row, QStringLiteral("description"));
    QString why;
    if (!text(row, QStringLiteral("quantity")).isEmpty()) {
        const auto quantity = ImportValues::scaled(value(row, QStringLiteral("quantity")), 3, &why);
        if (!quantity)
            error(row, QStringLiteral("quantity"), tr("quantity: %1").arg(why));
        else
            line.quantityThousandths = *quantity;
    }
    if (const auto price = amount(row, QStringLiteral("unit_price"), currency))
        line.unitPrice = *price;
    else
        line.unitPrice = Money::zero(currency);
    if (!text(row, QStringLiteral("vat_rate")).isEmpty()) {
        const auto rate = ImportValues::vatRate(value(row, QStringLiteral("vat_rate")), &why);
        if (!rate)
            error(row, QStringLiteral("vat_rate"), tr("vat_rate: %1").arg(why));
        else
            line.vatRateBasisPoints = *rate;
    }
    VatTreatment &treatment = line.vatTreatment;
    treatment.category = value(row, QStringLiteral("vat_category")).toUpper();
    treatment.exemptionCode = value(row, QStringLiteral("vat_exemption_code"));
    treatment.exemptionReason = value(row, QStringLiteral("vat_exemption_reason"));
    if (!treatment.category.isEmpty() && !VatTreatment::isKnown(treatment.category)) {
        error(row, QStringLiteral("vat_category"),
              tr("vat_category: \"%1\" is not a VAT category (S, Z, E, AE, K, G, O, L or M)").arg(treatment.category));
    } else if (VatTreatment::isZeroRated(treatment.category)) {
        // These charge no VAT (EN 16931 BR-Z-05, BR-E-05, ...; O states no rate at all).
        if (text(row, QStringLiteral("vat_rate")).isEmpty())
            line.vatRateBasisPoints = 0;
        else if (line.vatRateBasisPoints != 0)
            error(row, QStringLiteral("vat_rate"),
                  tr("vat_rate: VAT category %1 charges no VAT; its rate is 0, not %2")
                      .arg(treatment.category, value(row, QStringLiteral("vat_rate"))));
    }
    if (statedVat && !text(row, QStringLiteral("line_vat")).isEmpty())
        *statedVat = amount(row, QStringLiteral("line_vat"), currency);
    return line;
}

bool CsvInvoiceImport::applyStoredLineVat(InvoiceRow &row)
{
    Invoice &invoice = row.header;
    QString why;
    const qsizetype at = StoredLineVat::apply(invoice.lines, row.lineVat, &why);
    if (at >= 0) {
        error(row.lineRows.at(size_t(at)), QStringLiteral("line_vat"), tr("invoice %1: %2").arg(invoice.number, why));
        return false;
    }
    invoice.vat = Money::zero(invoice.currency);
    for (const InvoiceLine &line : std::as_const(invoice.lines))
        invoice.vat += line.vat;
    invoice.totalInclVat = invoice.totalExclVat + invoice.vat;
    return true;
}

bool CsvInvoiceImport::completeInvoice(const Row &first, InvoiceRow &row)
{
    Invoice &invoice = row.header;
    const auto errorsBefore = m_errors.count(first.index) ? m_errors.at(first.index).size() : 0;
    if (!invoice.lines.isEmpty()) {
        invoice.computeTotals();
        if (row.lineRows.size() == size_t(invoice.lines.size()) && !applyStoredLineVat(row))
            return false;
        if (row.givenIncl && row.givenIncl->cents() != invoice.totalInclVat.cents())
            error(first, QStringLiteral("total_incl"), tr("total_incl %1 does not match the lines (%2)")
                                                           .arg(row.givenIncl->toPlain(), invoice.totalInclVat.toPlain()));
    } else {
        if (!row.givenIncl) {
            error(first, QStringLiteral("total_incl"), tr("invoice %1 has neither a total_incl nor lines").arg(invoice.number));
            return false;
        }
        invoice.totalInclVat = *row.givenIncl;
        if (row.givenExcl && row.givenVat) {
            if (row.givenExcl->cents() + row.givenVat->cents() != row.givenIncl->cents())
                error(first, QStringLiteral("total_incl"), tr("total_excl %1 plus vat %2 is not total_incl %3")
                                                               .arg(row.givenExcl->toPlain(), row.givenVat->toPlain(),
                                                                    row.givenIncl->toPlain()));
            invoice.totalExclVat = *row.givenExcl;
            invoice.vat = *row.givenVat;
        } else if (row.givenVat) {
            invoice.vat = *row.givenVat;
            invoice.totalExclVat = invoice.totalInclVat - invoice.vat;
        } else if (row.givenExcl) {
            invoice.totalExclVat = *row.givenExcl;
            invoice.vat = invoice.totalInclVat - invoice.totalExclVat;
        } else {
            invoice.totalExclVat = invoice.totalInclVat;
            invoice.vat = Money::zero(invoice.currency);
        }
    }
    invoice.payableRounding = row.givenRounding.value_or(Money::zero(invoice.currency));
    invoice.prepaidNotBooked = row.givenPrepaid.value_or(Money::zero(invoice.currency));
    checkBalances(first, row);
    if (!row.dueGiven && !invoice.issueDate.is_special())
        invoice.dueDate = invoice.issueDate + boost::gregorian::days(row.paymentTerm);
    if (!invoice.issueDate.is_special() && !invoice.dueDate.is_special() && invoice.dueDate < invoice.issueDate)
        error(first, QStringLiteral("due_date"), tr("due_date %1 is before issue_date %2")
                                                     .arg(IsoDate::format(invoice.dueDate), IsoDate::format(invoice.issueDate)));
    const auto errorsAfter = m_errors.count(first.index) ? m_errors.at(first.index).size() : 0;
    return errorsAfter == errorsBefore;
}

void CsvInvoiceImport::saveInvoice(const Row &first, const InvoiceRow &row, Invoice &invoice)
{
    // No savepoint per invoice: the store refuses nothing once an invoice is checked (a held
    // amount is an outcome, a database failure ends the whole import), so it would only cost two
    // statements more for each.
    for (InvoiceLine &line : invoice.lines)
        line.productId = m_store.productId(line.productCode, line.description);
    QString note;
    const ImportStore::Outcome outcome = m_store.saveInvoice(invoice, &note);
    ImportStore::count(outcome, m_report);
    if (outcome != ImportStore::Outcome::Held) {
        queueBalance(first, row, outcome == ImportStore::Outcome::Unchanged);
        return;
    }
    if (row.givenPaid || row.givenOpen || row.givenCredited)
        note += tr("; its open, paid and credited amounts in the file were not applied either");
    m_report.notes << QStringLiteral("%1:%2: %3").arg(m_path).arg(first.record.line).arg(note);
}

void CsvInvoiceImport::importRows()
{
    m_bulk = m_reader->recordCount() - 1 >= bulkThreshold
        && InvoiceRepository(m_database).count() == 0;
    // One query for all customers beats one per customer once the file names as many of them.
    m_store.cacheCustomersFor(m_reader->recordCount());
    std::optional<BulkLoad> bulkLoad;
    if (m_bulk) {
        bulkLoad.emplace(m_database, QStringList{QStringLiteral("invoices"), QStringLiteral("invoice_lines")});
        m_store.setAllNew(true);
    }
    // One row per invoice can be written as it is read, unless a duplicate number found later
    // must take the first row with it into the rejects; the rows of an invoice with lines may be
    // anywhere in the file, so those are checked in full first and written in a second pass.
    if (!has(QStringLiteral("unit_price")) && !m_options.validRowsOnly)
        importInvoicesInOnePass();
    else
        importInvoicesInTwoPasses();
    if (m_cancelled || m_readIssue)
        return; // BulkLoad is left unfinished: the rollback restores the indexes
    if (bulkLoad && writing())
        bulkLoad->finish();
    if (writing() && !m_package.isEmpty())
        m_package.apply(m_errors, m_report);
}

bool CsvInvoiceImport::divert(const Row &first, const InvoiceRow &invoice)
{
    const Invoice &header = invoice.header;
    const auto source = [&](const QString &field) {
        const int index = m_columns.value(field, 0);
        return PackageBalances::Source{first.index, first.record.lineOf(index), index + 1};
    };
    if (isPackageCredit(header)) {
        m_package.add(PackageBalances::Credit{source(QStringLiteral("credits")), header.number, header.customerId, header.issueDate,
                                              header.currency, -header.totalInclVat.cents(), invoice.credits,
                                              invoice.givenCredited ? std::optional<qint64>(invoice.givenCredited->cents())
                                                                    : std::nullopt});
        return true;
    }
    return false;
}

void CsvInvoiceImport::queueBalance(const Row &first, const InvoiceRow &invoice, bool countedUnchanged)
{
    if (!invoice.givenPaid && !invoice.givenOpen && !invoice.givenCredited)
        return;
    if (invoice.header.totalInclVat.isNegative())
        return; // a corrective invoice has nothing paid or credited (checkBalances)
    const auto cents = [](const std::optional<Money> &money) { return money ? std::optional<qint64>(money->cents()) : std::nullopt; };
    const int index = m_columns.value(QStringLiteral("number"), 0);
    m_package.add(PackageBalances::Balance{PackageBalances::Source{first.index, first.record.lineOf(index), index + 1},
                                           invoice.header.number, cents(invoice.givenPaid), cents(invoice.givenOpen),
                                           cents(invoice.givenCredited), countedUnchanged});
}

void CsvInvoiceImport::importInvoicesInOnePass()
{
    // In a bulk load the invoices table itself finds a number that comes twice (its UNIQUE
    // index), so nothing is kept per row but its line; rows not written keep their number here.
    ImportKeys seen;
    // The line of each invoice written, by the id the database gave it (ids need not be consecutive).
    std::unordered_map<qint64, int> lineOfId;
    if (m_bulk)
        lineOfId.reserve(size_t(m_reader->recordCount()));
    const auto lineOfNumber = [&](const QString &number) -> int {
        const std::optional<qint64> id = InvoiceRepository(m_database).idOf(number);
        const auto found = id ? lineOfId.find(*id) : lineOfId.end();
        return found != lineOfId.end() ? found->second : 0;
    };
    const int numberColumn = m_columns.value(QStringLiteral("number"));
    const auto duplicate = [&](int index, int line, const QString &number, int first) {
        m_errors[index].append({m_path, line, numberColumn + 1,
                                tr("duplicate invoice number %1 in the file (also on line %2)").arg(number).arg(first)});
    };

    // A bulk load writes its invoices a batch to a statement: SQLite's work per statement (its
    // statement journal, above all) is then paid once for the batch.
    struct Pending
    {
        int index = 0;
        int line = 0;
        int numberLine = 0;
    };
    std::vector<Invoice> batch;
    std::vector<Pending> batchRows;
    batch.reserve(ImportStore::headerBatch);
    const auto inserted = [&](const Invoice &invoice, const Pending &row) {
        lineOfId.emplace(invoice.id, row.line);
        ++m_report.created;
    };
    const auto writeOneByOne = [&](std::vector<Invoice> &invoices, const std::vector<Pending> &rows) {
        // A number that exists already refuses the whole batch: one by one, to say which.
        for (size_t i = 0; i < invoices.size(); ++i) {
            if (m_store.insertNew(invoices[i]))
                inserted(invoices[i], rows[i]);
            else
                duplicate(rows[i].index, rows[i].numberLine, invoices[i].number, lineOfNumber(invoices[i].number));
        }
    };

    // With a second core, full batches are written by a second thread while the rows after them
    // are read. Whatever here touches the database waits for it first (settle), and so does the
    // progress report, whose receiver may read the database. The customers must all be cached,
    // as looking one up would touch the database too.
    std::optional<InvoiceBatchWriter> writer;
    if (m_bulk && m_store.allCustomersCached() && QThread::idealThreadCount() > 1 && m_store.prepareHeaderBatch())
        writer.emplace(m_store);
    std::deque<std::vector<Pending>> inFlight; // the rows of the batches handed to the writer
    const auto take = [&](std::vector<InvoiceBatchWriter::Done> done) {
        // A refused batch is written again one by one, which needs the writer idle.
        if (std::any_of(done.begin(), done.end(), [](const InvoiceBatchWriter::Done &d) { return !d.written; })) {
            for (InvoiceBatchWriter::Done &rest : writer->drain())
                done.push_back(std::move(rest));
        }
        for (InvoiceBatchWriter::Done &finished : done) {
            const std::vector<Pending> rows = std::move(inFlight.front());
            inFlight.pop_front();
            if (!finished.written) {
                writeOneByOne(finished.invoices, rows);
                continue;
            }
            for (size_t i = 0; i < rows.size(); ++i)
                inserted(finished.invoices[i], rows[i]);
        }
    };
    const auto settle = [&]() {
        if (writer)
            take(writer->drain());
    };
    m_beforeProgress = settle;
    const auto noHook = qScopeGuard([this] { m_beforeProgress = nullptr; });

    const auto flush = [&]() {
        settle();
        if (batch.size() == ImportStore::headerBatch && m_store.insertNewHeaders(batch)) {
            for (size_t i = 0; i < batch.size(); ++i)
                inserted(batch[i], batchRows[i]);
        } else {
            writeOneByOne(batch, batchRows);
        }
        batch.clear();
        batchRows.clear();
    };
    const auto batchFull = [&]() {
        if (!writer) {
            flush();
            return;
        }
        inFlight.push_back(std::exchange(batchRows, {}));
        writer->submit(std::exchange(batch, {}));
        batch.reserve(ImportStore::headerBatch);
        take(writer->collect());
    };

    const auto each = [&](const Row &row) {
        if (!tick(2 * qint64(row.index)))
            return false;
        checkLengths(row);
        if (!required(row, QStringLiteral("number")))
            return true;
        InvoiceRow invoice = readInvoiceHeader(row);
        const QString &number = invoice.header.number;
        const int numberLine = row.record.lineOf(numberColumn);
        if (const int first = m_bulk ? seen.lineOf(number) : seen.firstLineOrAdd(number, row.record.line)) {
            duplicate(row.index, numberLine, number, first);
            return true;
        }
        const qsizetype headerErrors = bad(row) ? m_errors.at(row.index).size() : 0;
        readInvoiceTotals(row, invoice);
        // Without "import the valid rows" (this pass), a file with an error is rolled back, so
        // rows after one go on being written only as far as the duplicates need it.
        if (bad(row) || !completeInvoice(row, invoice) || (!m_bulk && !writing())) {
            if (!m_bulk)
                return true;
            flush();
            int first = lineOfNumber(number);
            if (!first)
                first = seen.firstLineOrAdd(number, row.record.line);
            if (first) {
                // A second row of a number is only that: its amounts are not checked.
                m_errors[row.index].resize(headerErrors);
                duplicate(row.index, numberLine, number, first);
            }
            return true;
        }
        if (m_bulk && invoice.header.totalInclVat.isNegative()) {
            // A credit note is not written to the invoices, whose UNIQUE index finds the
            // duplicates of a bulk load: its number is kept with the rows not written.
            flush();
            if (const int first = lineOfNumber(number) ? lineOfNumber(number) : seen.firstLineOrAdd(number, row.record.line)) {
                duplicate(row.index, numberLine, number, first);
                return true;
            }
        }
        if (divert(row, invoice))
            return true;
        if (!m_bulk) {
            saveInvoice(row, invoice, invoice.header);
            return true;
        }
        queueBalance(row, invoice); // a bulk load writes only new invoices: none is held
        batch.push_back(std::move(invoice.header));
        batchRows.push_back({row.index, row.record.line, numberLine});
        if (batch.size() == ImportStore::headerBatch)
            batchFull();
        return true;
    };
    // A bulk load looks nothing up; otherwise each number is looked for among the stored
    // invoices, on a server the next rows' at once. Every number reaches saveInvoice once (a
    // second row of it is a duplicate), so what was read ahead of it is what its row would have found.
    const auto lookUp = [this](const std::vector<Row> &rows) { m_store.readAhead(valuesOf(rows, QStringLiteral("number"))); };
    const bool read = m_bulk || !readsAhead() ? forEachRow(each) : forEachRow(each, lookAheadRows, lookUp);
    if (read)
        flush();
}

void CsvInvoiceImport::importInvoicesInTwoPasses()
{
    const bool lineMode = has(QStringLiteral("unit_price"));
    // What the first pass learns of each invoice: where it starts, what its rows must repeat, how
    // many rows it has.
    struct Group
    {
        int firstLine = 0;
        int rows = 0;
        QString header; // customer, dates and currency as the first row has them
    };
    QHash<QString, Group> groups;
    const auto headerOf = [&](const Row &row) {
        return QStringList{value(row, QStringLiteral("customer")), value(row, QStringLiteral("issue_date")),
                           value(row, QStringLiteral("due_date")), value(row, QStringLiteral("currency"))}
            .join(QChar(0));
    };
    const bool read = forEachRow([&](const Row &row) {
        if (!tick(row.index))
            return false;
        checkLengths(row);
        if (!required(row, QStringLiteral("number")))
            return true;
        InvoiceRow invoice = readInvoiceHeader(row);
        const QString &number = invoice.header.number;
        const auto found = groups.find(number);
        if (found != groups.end()) {
            if (!lineMode)
                error(row, QStringLiteral("number"),
                      tr("duplicate invoice number %1 in the file (also on line %2)").arg(number).arg(found->firstLine));
            else if (headerOf(row) != found->header)
                error(row, QStringLiteral("number"),
                      tr("duplicate invoice number %1 in the file: line %2 has another customer, date or currency")
                          .arg(number)
                          .arg(found->firstLine));
            ++found->rows;
        } else {
            groups.insert(number, Group{row.record.line, 1, lineMode ? headerOf(row) : QString()});
            readInvoiceTotals(row, invoice);
        }
        std::optional<Money> statedVat; // read to find its errors in this pass
        if (lineMode && !text(row, QStringLiteral("unit_price")).isEmpty())
            readInvoiceLine(row, invoice.header.currency, &statedVat);
        if (bad(row))
            m_badNumbers.insert(number);
        return true;
    });
    if (!read)
        return;

    // The rows of each invoice gathered until it is complete (at once when they are adjacent),
    // then written.
    struct Pending
    {
        QList<CsvRecord> records;
        QList<int> indexes;
    };
    QHash<QString, Pending> pending;
    const qint64 checkedSteps = m_steps / 2;
    // Unless a bulk load writes them all new, on a server the stored invoices of the next rows'
    // numbers are read at once; one whose rows are not all read by then is looked up on its own
    // when they are (the look-ahead has moved on).
    const auto each = [&](const Row &row) {
        if (!tick(checkedSteps + row.index))
            return false;
        if (bad(row))
            return true;
        const QString number = value(row, QStringLiteral("number"));
        if (m_badNumbers.contains(number))
            return true;
        const int rows = groups.value(number).rows;
        if (rows != 1) {
            Pending &waiting = pending[number];
            waiting.records << row.record;
            waiting.indexes << row.index;
            if (waiting.records.size() < rows)
                return true;
        }
        // The complete invoice's rows are taken out of `pending` before anything refers to them:
        // `first` below keeps a reference to a record, which must live until the invoice is saved.
        const Pending group = rows == 1 ? Pending{{row.record}, {row.index}} : pending.take(number);
        const Row first{group.records.constFirst(), group.indexes.constFirst()};
        InvoiceRow invoice = readInvoiceHeader(first);
        readInvoiceTotals(first, invoice);
        for (qsizetype i = 0; lineMode && i < group.records.size(); ++i) {
            const Row lineRow{group.records.at(i), group.indexes.at(i)};
            if (text(lineRow, QStringLiteral("unit_price")).isEmpty())
                continue;
            std::optional<Money> statedVat;
            invoice.header.lines << readInvoiceLine(lineRow, invoice.header.currency, &statedVat);
            invoice.lineVat.push_back(statedVat);
            invoice.lineRows.push_back(lineRow);
        }
        if (!completeInvoice(first, invoice)) {
            m_badNumbers.insert(number);
            return true;
        }
        if (writing() && !divert(first, invoice))
            saveInvoice(first, invoice, invoice.header);
        return true;
    };
    if (m_bulk || !readsAhead())
        forEachRow(each);
    else
        forEachRow(each, lookAheadRows, [this](const std::vector<Row> &rows) {
            m_store.readAhead(valuesOf(rows, QStringLiteral("number")));
        });
}

} // namespace dd
