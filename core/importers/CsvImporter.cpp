#include "CsvImporter.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "importers/CsvReader.h"
#include "importers/FieldLimits.h"
#include "importers/ImportKeys.h"
#include "importers/InvoiceBatchWriter.h"
#include "importers/ImportStore.h"
#include "money/VatCalculator.h"
#include "payments/PaymentRepository.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <array>
#include <deque>
#include <functional>
#include <map>

namespace dd {

namespace {

// Bulk loading drops the secondary indexes while rows go in; worth it only for large files into
// an empty table, where rebuilding them once is far cheaper than updating them per row.
constexpr qsizetype bulkThreshold = 20000;

QString csvField(const QString &value, QChar separator)
{
    if (value.contains(separator) || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return value;
}

// One import run over a file that is read as a stream, never whole: the records go by one at a
// time (twice when an invoice's rows must all be known before it is written), and what stays in
// memory is the problems found, the keys seen for duplicates and the invoices still incomplete.
class Run
{
    // Its messages belong to CsvImporter: without this, lupdate files them under "dd::Run" while
    // they are looked up under "dd::CsvImporter", and no translation is ever found.
    Q_DECLARE_TR_FUNCTIONS(dd::CsvImporter)

public:
    Run(Database &database, const QString &path, const CsvImportOptions &options, ImportReport &report)
        : m_database(database)
        , m_path(path)
        , m_options(options)
        , m_report(report)
        , m_store(database)
    {
    }

    void execute();

private:
    // A data record and its position among them (1 for the first after the header).
    struct Row
    {
        const CsvRecord &record;
        int index = 0;
    };

    // Field access for one record.
    bool has(const QString &field) const { return m_columns.contains(field); }
    int column(const QString &field) const
    {
        // Field names are string literals whose characters never move, so their address finds the
        // column without hashing the name (some fifteen times a row, a million rows).
        if (field.data_ptr().isMutable())
            return m_columns.value(field, -1);
        const auto address = reinterpret_cast<quintptr>(field.constData());
        for (size_t slot = (address >> 3) % m_literalColumns.size();; slot = (slot + 1) % m_literalColumns.size()) {
            auto &[chars, index] = m_literalColumns[slot];
            if (chars == field.constData())
                return index;
            if (!chars) {
                chars = field.constData();
                index = m_columns.value(field, -1);
                return index;
            }
        }
    }
    QString value(const CsvRecord &record, const QString &field) const
    {
        const int index = column(field);
        return index < 0 ? QString() : record.field(index).trimmed();
    }
    QString value(const Row &row, const QString &field) const { return value(row.record, field); }
    void error(const Row &row, const QString &field, const QString &reason)
    {
        const int index = m_columns.value(field, -1);
        m_errors[row.index].append(
            {m_path, index >= 0 ? row.record.lineOf(index) : row.record.line, index >= 0 ? index + 1 : 1, reason});
    }
    void errorAt(const Row &row, const QString &reason) { m_errors[row.index].append({m_path, row.record.line, 1, reason}); }
    bool bad(const Row &row) const { return m_errors.count(row.index) > 0; }
    // Without "import the valid rows" one error means nothing is imported: writing on is wasted.
    bool writing() const { return m_options.validRowsOnly || m_errors.empty(); }
    std::optional<Date> date(const Row &row, const QString &field)
    {
        QString why;
        const auto parsed = ImportValues::date(value(row, field), m_dateFormat, &why);
        if (!parsed)
            error(row, field, tr("%1: %2").arg(field, why));
        return parsed;
    }
    std::optional<Money> amount(const Row &row, const QString &field, const QString &currency)
    {
        QString why;
        const auto parsed = ImportValues::amount(value(row, field), currency, m_numberStyle, &why);
        if (!parsed)
            error(row, field, tr("%1: %2").arg(field, why));
        return parsed;
    }
    QString currency(const Row &row)
    {
        const QString code = value(row, QStringLiteral("currency")).toUpper();
        if (code.isEmpty())
            return QStringLiteral("EUR");
        if (!ImportValues::isCurrencyCode(code))
            error(row, QStringLiteral("currency"), tr("currency: \"%1\" is not an ISO currency code").arg(code));
        return code;
    }
    // Every mapped field within its length (FieldLimits), before any of them is read.
    void checkLengths(const Row &row)
    {
        for (const LimitedColumn &column : m_limited) {
            if (column.index >= row.record.fields.size())
                continue;
            const qsizetype length = QStringView(row.record.fields.at(column.index)).trimmed().size();
            if (length > column.limit)
                error(row, column.field, FieldLimits::tooLong(column.field, length, column.limit));
        }
    }
    bool required(const Row &row, const QString &field)
    {
        if (!value(row, field).isEmpty())
            return true;
        error(row, field, tr("%1 is empty").arg(field));
        return false;
    }
    // Runs `write` for a unit of records inside a savepoint; a refusal becomes an error of the unit.
    void writeUnit(const Row &row, const std::function<void()> &write)
    {
        Transaction savepoint(m_database);
        try {
            write();
            savepoint.commit();
        } catch (const ValidationError &refused) {
            errorAt(row, refused.message());
        }
    }

    // Reports step `done` of 2 x rows (each row checked, then written) some 25 times a second:
    // more would not be seen, and each report waits for the rows being written; false once the
    // user cancelled.
    bool tick(qint64 done)
    {
        if (m_cancelled)
            return false;
        done = std::min(done, m_steps);
        if (!m_options.progress)
            return true;
        const bool first = !m_sinceReport.isValid();
        if (!first && done != m_steps && (done - m_reported < 256 || m_sinceReport.elapsed() < 40))
            return true;
        m_sinceReport.start();
        m_reported = done;
        if (m_beforeProgress)
            m_beforeProgress();
        m_cancelled = !m_options.progress(done, m_steps);
        return !m_cancelled;
    }
    // Streams the data records from the first: `each` until it returns false. False when the
    // file could not be read to its end (m_readIssue then says why) or `each` stopped.
    bool forEachRow(const std::function<bool(const Row &)> &each);

    // What one invoice row says; the totals only for the first row of an invoice, the line only
    // in "lines" mode.
    struct InvoiceRow
    {
        Invoice header;
        bool dueGiven = false;
        int paymentTerm = 30;
        std::optional<Money> givenExcl, givenVat, givenIncl;
    };
    InvoiceRow readInvoiceHeader(const Row &row);
    void readInvoiceTotals(const Row &row, InvoiceRow &invoice);
    InvoiceLine readInvoiceLine(const Row &row, const QString &currency);
    // Totals, due date and the checks that need the whole invoice; false (with errors on `first`)
    // when it may not be written.
    bool completeInvoice(const Row &first, InvoiceRow &invoice);
    void saveInvoice(const Row &first, Invoice &invoice);

    void importCustomers();
    void importInvoices();
    void importInvoicesInOnePass();
    void importInvoicesInTwoPasses();
    void importPayments();
    void finish(Transaction &transaction);
    bool writeRejects();

    Database &m_database;
    QString m_path;
    const CsvImportOptions &m_options;
    ImportReport &m_report;
    ImportStore m_store;
    CsvReader *m_reader = nullptr;
    QStringList m_header;
    QHash<QString, int> m_columns; // field -> index in the record
    struct LimitedColumn
    {
        QString field;
        int index = 0;
        int limit = 0;
    };
    std::vector<LimitedColumn> m_limited; // every mapped column, with its length limit
    mutable std::array<std::pair<const QChar *, int>, 512> m_literalColumns{};
    std::map<int, ImportIssues> m_errors;
    // Invoice numbers whose every row is rejected: one of their rows was bad.
    QSet<QString> m_badNumbers;
    std::optional<ImportIssue> m_readIssue;
    DateFormat m_dateFormat = DateFormat::Auto;
    NumberStyle m_numberStyle = NumberStyle::English;
    QChar m_separator;
    qint64 m_rows = 0;
    qint64 m_steps = 0;
    qint64 m_reported = 0;
    QElapsedTimer m_sinceReport; // since the last progress report
    bool m_bulk = false;
    bool m_cancelled = false;
    std::function<void()> m_beforeProgress; // what must be done before anyone else may read the database
};

bool Run::forEachRow(const std::function<bool(const Row &)> &each)
{
    CsvRecord record;
    if (!m_reader->rewind() || !m_reader->next(record)) {
        m_readIssue = m_reader->issue().value_or(ImportIssue{m_path, 1, 1, tr("the file is empty")});
        return false;
    }
    int index = 0;
    while (m_reader->next(record)) {
        if (!each(Row{record, ++index}))
            return false;
    }
    if (m_reader->issue()) {
        m_readIssue = m_reader->issue();
        return false;
    }
    m_rows = index;
    return true;
}

void Run::execute()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_report.errors.append({m_path, 0, 0, tr("cannot be read: %1").arg(file.errorString())});
        return;
    }
    CsvReader reader(file, m_path);
    m_reader = &reader;
    if (!reader.start()) {
        m_report.errors.append(*reader.issue());
        return;
    }
    m_report.encoding = reader.encoding();
    m_separator = reader.separator();
    m_report.separator = m_separator;
    CsvRecord header;
    if (!reader.next(header)) {
        m_report.errors.append(reader.issue().value_or(ImportIssue{m_path, 1, 1, tr("the file is empty")}));
        return;
    }
    m_header = header.fields;
    m_numberStyle = m_options.numberStyle.value_or(
        m_options.mapping.numberStyle.value_or(m_separator == u';' ? NumberStyle::Dutch : NumberStyle::English));
    m_dateFormat = m_options.dateFormat.value_or(m_options.mapping.dateFormat.value_or(DateFormat::Auto));

    // A control character (a NUL, say) makes a header match no field, and its column would be
    // dropped without a word: a payments file would lose its allocations.
    for (int i = 0; i < header.fields.size(); ++i) {
        const qsizetype at = FieldLimits::controlCharacter(header.fields.at(i));
        if (at >= 0)
            m_report.errors.append({m_path, header.lineOf(i), i + 1,
                                    tr("column %1: the header name contains a control character (U+%2)")
                                        .arg(i + 1)
                                        .arg(header.fields.at(i).at(at).unicode(), 4, 16, QLatin1Char('0'))});
    }
    QHash<QString, int> headerIndex;
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i).trimmed().toLower();
        if (!headerIndex.contains(name))
            headerIndex.insert(name, i);
    }
    for (const ImportField &field : ColumnMapping::fields(m_options.kind)) {
        const QString wanted = m_options.mapping.headerFor(field.name).trimmed().toLower();
        const auto it = headerIndex.constFind(wanted);
        if (it != headerIndex.constEnd()) {
            m_columns.insert(field.name, *it);
            m_limited.push_back({field.name, *it, FieldLimits::csvField(field.name)});
        }
        else if (field.required)
            m_report.errors.append({m_path, header.line, 1,
                                    tr("missing required column \"%1\"").arg(m_options.mapping.headerFor(field.name))});
    }
    if (m_options.kind == ImportKind::Invoices && !has(QStringLiteral("total_incl")) && !has(QStringLiteral("unit_price")))
        m_report.errors.append({m_path, header.line, 1,
                                tr("missing required column \"%1\" (or \"%2\" for one row per invoice line)")
                                    .arg(m_options.mapping.headerFor(QStringLiteral("total_incl")),
                                         m_options.mapping.headerFor(QStringLiteral("unit_price")))});
    if (!m_report.errors.isEmpty())
        return;
    m_steps = 2 * std::max<qint64>(reader.recordCount() - 1, 0);

    Transaction transaction(m_database);
    switch (m_options.kind) {
    case ImportKind::Customers:
        importCustomers();
        break;
    case ImportKind::Invoices:
        importInvoices();
        break;
    case ImportKind::Payments:
        importPayments();
        break;
    }
    if (m_cancelled) {
        m_report = ImportReport();
        m_report.source = m_path;
        m_report.cancelled = true;
        return; // the transaction rolls everything back
    }
    if (m_readIssue) {
        // A file that is not CSV after all (an unterminated quote near its end): that is the one
        // thing to say, and the transaction rolls back what went in before it was found.
        const ImportIssue issue = *m_readIssue;
        m_report = ImportReport();
        m_report.source = m_path;
        m_report.encoding = reader.encoding();
        m_report.separator = m_separator;
        m_report.errors.append(issue);
        return;
    }
    m_report.rows = m_rows;
    finish(transaction);
}

void Run::finish(Transaction &transaction)
{
    for (const auto &[record, issues] : m_errors)
        m_report.errors.append(issues);
    if (!m_report.errors.isEmpty() && !m_options.validRowsOnly) {
        m_report.created = m_report.updated = m_report.unchanged = m_report.held = 0;
        m_report.notes.clear();
        return; // the transaction rolls everything back
    }
    if (!m_report.errors.isEmpty() && !writeRejects())
        return;
    transaction.commit();
    m_report.committed = true;
}

// The rejected rows, read once more from the source: every row with a problem, and every row of
// an invoice that has one.
bool Run::writeRejects()
{
    const QString rejectsPath = CsvImporter::rejectsPathFor(m_path);
    QSaveFile out(rejectsPath);
    if (!out.open(QIODevice::WriteOnly)) {
        m_report.errors.append({rejectsPath, 0, 0, tr("cannot be written: %1").arg(out.errorString())});
        return false;
    }
    auto writeRow = [&](const QStringList &fields, const QString &reason) {
        QStringList cells;
        for (const QString &f : fields)
            cells << csvField(f, m_separator);
        cells << csvField(reason, m_separator);
        out.write(cells.join(m_separator).toUtf8() + "\r\n");
    };
    writeRow(m_header, QStringLiteral("import_error"));
    const bool invoices = m_options.kind == ImportKind::Invoices;
    qint64 rejected = 0;
    const bool read = forEachRow([&](const Row &row) {
        const auto issues = m_errors.find(row.index);
        if (issues == m_errors.end()
            && !(invoices && !m_badNumbers.isEmpty() && m_badNumbers.contains(value(row, QStringLiteral("number")))))
            return true;
        ++rejected;
        QStringList reasons;
        if (issues != m_errors.end()) {
            for (const ImportIssue &issue : issues->second)
                reasons << QStringLiteral("%1:%2: %3").arg(issue.line).arg(issue.column).arg(issue.reason);
        }
        if (reasons.isEmpty())
            reasons << tr("another row of the same invoice was rejected");
        writeRow(row.record.fields, reasons.join(QStringLiteral("; ")));
        return true;
    });
    if (!read) {
        m_report.errors.append(m_readIssue.value_or(ImportIssue{m_path, 0, 0, tr("cannot be read")}));
        return false;
    }
    m_report.rejected = rejected;
    if (!out.commit()) {
        m_report.errors.append({rejectsPath, 0, 0, tr("cannot be written: %1").arg(out.errorString())});
        return false;
    }
    m_report.rejectsFile = rejectsPath;
    return true;
}

void Run::importCustomers()
{
    ImportKeys seen;
    CustomerRepository repository(m_database);
    QSqlQuery update = m_database.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, kind = ?, language = ?, street = ?, postal_code = ?, city = ?, country = ?, "
        "vat_id = ?, email = ?, payment_term_days = ?, credit_limit_cents = ?, currency = ? WHERE id = ?"));
    forEachRow([&](const Row &row) {
        if (!tick(2 * qint64(row.index)))
            return false;
        checkLengths(row);
        QString number;
        if (required(row, QStringLiteral("number"))) {
            number = value(row, QStringLiteral("number"));
            if (const int first = seen.firstLineOrAdd(number, row.record.line))
                error(row, QStringLiteral("number"), tr("duplicate number %1 in the file (also on line %2)").arg(number).arg(first));
        }
        required(row, QStringLiteral("name"));
        if (bad(row))
            return true;
        const auto existing = repository.findByNumber(number);
        Customer c = existing.value_or(Customer());
        c.number = number;
        auto set = [&](const char *field, QString &target) {
            if (has(QString::fromLatin1(field)))
                target = value(row, QString::fromLatin1(field));
        };
        set("name", c.name);
        set("street", c.street);
        set("postal_code", c.postalCode);
        set("city", c.city);
        set("vat_id", c.vatId);
        set("email", c.email);
        if (!value(row, QStringLiteral("kind")).isEmpty()) {
            const QString code = value(row, QStringLiteral("kind")).toLower();
            const auto kind = Customer::kindFromCode(code);
            if (kind)
                c.kind = *kind;
            else if (code == u"consument" || code == u"particulier")
                c.kind = CustomerKind::Consumer;
            else if (code == u"zakelijk" || code == u"bedrijf")
                c.kind = CustomerKind::Business;
            else
                error(row, QStringLiteral("kind"), tr("kind: \"%1\" is neither business nor consumer").arg(code));
        }
        if (!value(row, QStringLiteral("language")).isEmpty()) {
            const auto language = Customer::languageFromCode(value(row, QStringLiteral("language")).toLower());
            if (language)
                c.language = *language;
            else
                error(row, QStringLiteral("language"), tr("language: \"%1\" is neither nl nor en").arg(value(row, QStringLiteral("language"))));
        }
        if (!value(row, QStringLiteral("country")).isEmpty()) {
            const QString country = value(row, QStringLiteral("country")).toUpper();
            if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter())
                error(row, QStringLiteral("country"), tr("country: \"%1\" is not a two-letter country code").arg(country));
            c.country = country;
        }
        if (!value(row, QStringLiteral("payment_term_days")).isEmpty()) {
            bool ok = false;
            const int days = value(row, QStringLiteral("payment_term_days")).toInt(&ok);
            if (!ok || days < 0 || days > 3650)
                error(row, QStringLiteral("payment_term_days"),
                      tr("payment_term_days: \"%1\" is not a number of days").arg(value(row, QStringLiteral("payment_term_days"))));
            else
                c.paymentTermDays = days;
        }
        const QString limitCurrency = has(QStringLiteral("currency")) ? currency(row) : c.creditLimit.currency();
        if (!value(row, QStringLiteral("credit_limit")).isEmpty()) {
            if (const auto limit = amount(row, QStringLiteral("credit_limit"), limitCurrency))
                c.creditLimit = *limit;
        } else if (limitCurrency != c.creditLimit.currency()) {
            c.creditLimit = Money(c.creditLimit.cents(), limitCurrency);
        }
        if (bad(row) || !writing())
            return true;
        writeUnit(row, [&]() {
            if (!existing) {
                repository.insert(c);
                ++m_report.created;
                return;
            }
            const Customer &o = *existing;
            const bool same = o.name == c.name && o.kind == c.kind && o.language == c.language && o.street == c.street
                && o.postalCode == c.postalCode && o.city == c.city && o.country == c.country && o.vatId == c.vatId
                && o.email == c.email && o.paymentTermDays == c.paymentTermDays && o.creditLimit == c.creditLimit;
            if (same) {
                ++m_report.unchanged;
                return;
            }
            Database::exec(update, {c.name, Customer::kindCode(c.kind), Customer::languageCode(c.language), c.street,
                                    c.postalCode, c.city, c.country, c.vatId, c.email, c.paymentTermDays,
                                    c.creditLimit.cents(), c.creditLimit.currency(), c.id});
            ++m_report.updated;
        });
        return true;
    });
}

Run::InvoiceRow Run::readInvoiceHeader(const Row &row)
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
    result.dueGiven = !value(row, QStringLiteral("due_date")).isEmpty();
    if (result.dueGiven) {
        if (const auto due = date(row, QStringLiteral("due_date")))
            header.dueDate = *due;
    }
    return result;
}

void Run::readInvoiceTotals(const Row &row, InvoiceRow &invoice)
{
    const QString &cur = invoice.header.currency;
    if (!value(row, QStringLiteral("total_incl")).isEmpty())
        invoice.givenIncl = amount(row, QStringLiteral("total_incl"), cur);
    if (!value(row, QStringLiteral("total_excl")).isEmpty())
        invoice.givenExcl = amount(row, QStringLiteral("total_excl"), cur);
    if (!value(row, QStringLiteral("vat")).isEmpty())
        invoice.givenVat = amount(row, QStringLiteral("vat"), cur);
}

InvoiceLine Run::readInvoiceLine(const Row &row, const QString &currency)
{
    InvoiceLine line;
    line.productCode = value(row, QStringLiteral("product_code"));
    line.description = value(row, QStringLiteral("description"));
    QString why;
    if (!value(row, QStringLiteral("quantity")).isEmpty()) {
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
    if (!value(row, QStringLiteral("vat_rate")).isEmpty()) {
        const auto rate = ImportValues::vatRate(value(row, QStringLiteral("vat_rate")), &why);
        if (!rate)
            error(row, QStringLiteral("vat_rate"), tr("vat_rate: %1").arg(why));
        else
            line.vatRateBasisPoints = *rate;
    }
    return line;
}

bool Run::completeInvoice(const Row &first, InvoiceRow &row)
{
    Invoice &invoice = row.header;
    const auto errorsBefore = m_errors.count(first.index) ? m_errors.at(first.index).size() : 0;
    if (!invoice.lines.isEmpty()) {
        invoice.computeTotals();
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
    if (invoice.totalInclVat.isNegative())
        error(first, QStringLiteral("total_incl"),
              tr("negative total %1 on invoice %2").arg(invoice.totalInclVat.toPlain(), invoice.number));
    if (!row.dueGiven && !invoice.issueDate.is_special())
        invoice.dueDate = invoice.issueDate + boost::gregorian::days(row.paymentTerm);
    if (!invoice.issueDate.is_special() && !invoice.dueDate.is_special() && invoice.dueDate < invoice.issueDate)
        error(first, QStringLiteral("due_date"), tr("due_date %1 is before issue_date %2")
                                                     .arg(IsoDate::format(invoice.dueDate), IsoDate::format(invoice.issueDate)));
    const auto errorsAfter = m_errors.count(first.index) ? m_errors.at(first.index).size() : 0;
    return errorsAfter == errorsBefore;
}

void Run::saveInvoice(const Row &first, Invoice &invoice)
{
    // No savepoint per invoice: the store refuses nothing once an invoice is checked (a held
    // amount is an outcome, a database failure ends the whole import), so it would only cost two
    // statements more for each.
    for (InvoiceLine &line : invoice.lines)
        line.productId = m_store.productId(line.productCode, line.description);
    QString note;
    const ImportStore::Outcome outcome = m_store.saveInvoice(invoice, &note);
    ImportStore::count(outcome, m_report);
    if (outcome == ImportStore::Outcome::Held)
        m_report.notes << QStringLiteral("%1:%2: %3").arg(m_path).arg(first.record.line).arg(note);
}

void Run::importInvoices()
{
    m_bulk = m_reader->recordCount() - 1 >= bulkThreshold
        && m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong() == 0;
    // One query for all customers beats one per customer once the file names as many of them.
    if (m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toLongLong() <= m_reader->recordCount())
        m_store.cacheAllCustomers();
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
}

void Run::importInvoicesInOnePass()
{
    // In a bulk load the invoices table itself finds a number that comes twice (its UNIQUE
    // index), so nothing is kept per row but its line; rows not written keep their number here.
    ImportKeys seen;
    std::vector<int> lineOfId; // bulk: the line of invoice id firstId + i
    qint64 firstId = 0;
    const auto lineOfNumber = [&](const QString &number) -> int {
        const QVariant id = m_database.scalar(QStringLiteral("SELECT id FROM invoices WHERE number = ?"), {number});
        const qint64 at = id.isValid() ? id.toLongLong() - firstId : -1;
        return at >= 0 && at < qint64(lineOfId.size()) ? lineOfId[size_t(at)] : 0;
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
        if (lineOfId.empty())
            firstId = invoice.id;
        lineOfId.push_back(row.line);
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
    if (m_bulk && m_store.allCustomersCached() && QThread::idealThreadCount() > 1)
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

    const bool read = forEachRow([&](const Row &row) {
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
        if (!m_bulk) {
            saveInvoice(row, invoice.header);
            return true;
        }
        batch.push_back(std::move(invoice.header));
        batchRows.push_back({row.index, row.record.line, numberLine});
        if (batch.size() == ImportStore::headerBatch)
            batchFull();
        return true;
    });
    if (read)
        flush();
}

void Run::importInvoicesInTwoPasses()
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
        if (lineMode && !value(row, QStringLiteral("unit_price")).isEmpty())
            readInvoiceLine(row, invoice.header.currency);
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
    forEachRow([&](const Row &row) {
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
            if (!value(lineRow, QStringLiteral("unit_price")).isEmpty())
                invoice.header.lines << readInvoiceLine(lineRow, invoice.header.currency);
        }
        if (!completeInvoice(first, invoice)) {
            m_badNumbers.insert(number);
            return true;
        }
        if (writing())
            saveInvoice(first, invoice.header);
        return true;
    });
}

void Run::importPayments()
{
    static const QRegularExpression ibanPattern(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$"));
    ImportKeys seen;
    QSqlQuery findInvoice = m_database.prepare(QStringLiteral("SELECT id, customer_id, currency FROM invoices WHERE number = ?"));
    PaymentRepository repository(m_database);
    QSqlQuery existing = m_database.prepare(QStringLiteral(
        "SELECT id FROM payments WHERE customer_id = ? AND payment_date = ? AND amount_cents = ? AND currency = ? AND reference = ?"));
    QSqlQuery open = m_database.prepare(QStringLiteral("SELECT total_incl_cents - paid_cents FROM invoices WHERE id = ?"));
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
        const QString iban = value(row, QStringLiteral("iban")).remove(u' ').toUpper();
        if (!iban.isEmpty() && !ibanPattern.match(iban).hasMatch())
            error(row, QStringLiteral("iban"), tr("iban: \"%1\" is not an IBAN").arg(value(row, QStringLiteral("iban"))));
        const QStringList numbers = value(row, QStringLiteral("invoice")).split(u' ', Qt::SkipEmptyParts);
        for (const QString &number : numbers) {
            Database::exec(findInvoice, {number});
            if (!findInvoice.next()) {
                error(row, QStringLiteral("invoice"), tr("unknown invoice %1").arg(number));
            } else if (p.customerId && findInvoice.value(1).toLongLong() != p.customerId) {
                error(row, QStringLiteral("invoice"), tr("invoice %1 belongs to another customer").arg(number));
            } else if (findInvoice.value(2).toString() != cur) {
                error(row, QStringLiteral("invoice"), tr("invoice %1 is in %2, the payment in %3").arg(number, findInvoice.value(2).toString(), cur));
            } else {
                invoices << findInvoice.value(0).toLongLong();
            }
            findInvoice.finish();
        }
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
            qint64 remaining = p.amount.cents();
            for (qint64 invoiceId : std::as_const(invoices)) {
                Database::exec(open, {invoiceId});
                const qint64 openCents = open.next() ? open.value(0).toLongLong() : 0;
                open.finish();
                const qint64 allocate = std::min(remaining, openCents);
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
} // namespace

CsvImporter::CsvImporter(Database &database)
    : m_database(database)
{
}

QString CsvImporter::rejectsPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.") + suffix);
}

ImportReport CsvImporter::importFile(const QString &path, const CsvImportOptions &options)
{
    ImportReport report;
    report.source = path;
    Run run(m_database, path, options, report);
    run.execute();
    std::sort(report.errors.begin(), report.errors.end(),
              [](const ImportIssue &a, const ImportIssue &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    return report;
}

} // namespace dd
