#include "CsvImporter.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "importers/CsvReader.h"
#include "importers/ImportStore.h"
#include "importers/TextDecoding.h"
#include "money/VatCalculator.h"
#include "payments/PaymentRepository.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CsvImporter", text);
}

// Bulk loading drops the secondary indexes while rows go in; worth it only for large files into
// an empty table, where rebuilding them once is far cheaper than updating them per row.
constexpr qsizetype bulkThreshold = 20000;

QString csvField(const QString &value, QChar separator)
{
    if (value.contains(separator) || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return value;
}

// One import run: the parsed file, where each field sits, and the problems found per record.
class Run
{
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
    // Field access for one record.
    bool has(const QString &field) const { return m_columns.contains(field); }
    QString value(int record, const QString &field) const
    {
        const auto it = m_columns.constFind(field);
        return it == m_columns.constEnd() ? QString() : m_records.at(record).field(*it).trimmed();
    }
    void error(int record, const QString &field, const QString &reason)
    {
        const CsvRecord &r = m_records.at(record);
        const int index = m_columns.value(field, -1);
        m_errors[record].append({m_path, index >= 0 ? r.lineOf(index) : r.line, index >= 0 ? index + 1 : 1, reason});
    }
    void errorAt(int record, const QString &reason) { m_errors[record].append({m_path, m_records.at(record).line, 1, reason}); }
    bool bad(const QList<int> &records) const
    {
        return std::any_of(records.begin(), records.end(), [&](int r) { return m_errors.contains(r); });
    }
    std::optional<Date> date(int record, const QString &field)
    {
        QString why;
        const auto parsed = ImportValues::date(value(record, field), m_dateFormat, &why);
        if (!parsed)
            error(record, field, tr("%1: %2").arg(field, why));
        return parsed;
    }
    std::optional<Money> amount(int record, const QString &field, const QString &currency)
    {
        QString why;
        const auto parsed = ImportValues::amount(value(record, field), currency, m_numberStyle, &why);
        if (!parsed)
            error(record, field, tr("%1: %2").arg(field, why));
        return parsed;
    }
    QString currency(int record)
    {
        const QString code = value(record, QStringLiteral("currency")).toUpper();
        if (code.isEmpty())
            return QStringLiteral("EUR");
        if (!ImportValues::isCurrencyCode(code))
            error(record, QStringLiteral("currency"), tr("currency: \"%1\" is not an ISO currency code").arg(code));
        return code;
    }
    bool required(int record, const QString &field)
    {
        if (!value(record, field).isEmpty())
            return true;
        error(record, field, tr("%1 is empty").arg(field));
        return false;
    }
    // Runs `write` for a unit of records inside a savepoint; a refusal becomes an error of the unit.
    void writeUnit(const QList<int> &records, const std::function<void()> &write)
    {
        Transaction savepoint(m_database);
        try {
            write();
            savepoint.commit();
        } catch (const ValidationError &refused) {
            errorAt(records.constFirst(), refused.message());
        }
    }

    // Reports step `done` of 2 x rows (each row checked, then written) every few hundred steps;
    // false once the user cancelled.
    bool tick(qint64 done)
    {
        if (m_cancelled)
            return false;
        if (!m_options.progress || (done % 256 != 1 && done != m_steps))
            return true;
        m_cancelled = !m_options.progress(done, m_steps);
        return !m_cancelled;
    }
    bool checked(int record) { return tick(record); }
    bool written(qint64 unit) { return tick(m_steps / 2 + unit + 1); }

    void importCustomers();
    void importInvoices();
    void importPayments();
    void finish(Transaction &transaction);

    Database &m_database;
    QString m_path;
    const CsvImportOptions &m_options;
    ImportReport &m_report;
    ImportStore m_store;
    QList<CsvRecord> m_records;
    QHash<QString, int> m_columns; // field -> index in the record
    std::map<int, ImportIssues> m_errors;
    QList<QList<int>> m_units; // the records of each customer, invoice or payment
    DateFormat m_dateFormat = DateFormat::Auto;
    NumberStyle m_numberStyle = NumberStyle::English;
    QChar m_separator;
    qint64 m_steps = 0;
    bool m_cancelled = false;
};

void Run::execute()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_report.errors.append({m_path, 0, 0, tr("cannot be read: %1").arg(file.errorString())});
        return;
    }
    {
        // The bytes and the decoded text go before the rows are checked: only the records stay.
        DecodedText decoded = TextDecoding::decode(file.readAll());
        file.close();
        m_report.encoding = decoded.encoding;
        m_separator = CsvReader::detectSeparator(decoded.text);
        m_report.separator = m_separator;
        ImportIssue issue;
        auto records = CsvReader::parse(decoded.text, m_separator, m_path, &issue);
        if (!records) {
            m_report.errors.append(issue);
            return;
        }
        m_records = std::move(*records);
    }
    if (m_records.isEmpty()) {
        m_report.errors.append({m_path, 1, 1, tr("the file is empty")});
        return;
    }
    m_numberStyle = m_options.numberStyle.value_or(
        m_options.mapping.numberStyle.value_or(m_separator == u';' ? NumberStyle::Dutch : NumberStyle::English));
    m_dateFormat = m_options.dateFormat.value_or(m_options.mapping.dateFormat.value_or(DateFormat::Auto));

    const CsvRecord &header = m_records.constFirst();
    QHash<QString, int> headerIndex;
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i).trimmed().toLower();
        if (!headerIndex.contains(name))
            headerIndex.insert(name, i);
    }
    for (const ImportField &field : ColumnMapping::fields(m_options.kind)) {
        const QString wanted = m_options.mapping.headerFor(field.name).trimmed().toLower();
        const auto it = headerIndex.constFind(wanted);
        if (it != headerIndex.constEnd())
            m_columns.insert(field.name, *it);
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
    m_report.rows = m_records.size() - 1;
    m_steps = 2 * m_report.rows;

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
    if (!m_report.errors.isEmpty()) {
        QList<int> rejected;
        for (const QList<int> &unit : std::as_const(m_units)) {
            if (bad(unit))
                rejected << unit;
        }
        std::sort(rejected.begin(), rejected.end());
        m_report.rejected = rejected.size();
        const QString rejectsPath = CsvImporter::rejectsPathFor(m_path);
        QSaveFile out(rejectsPath);
        if (!out.open(QIODevice::WriteOnly)) {
            m_report.errors.append({rejectsPath, 0, 0, tr("cannot be written: %1").arg(out.errorString())});
            return;
        }
        auto writeRow = [&](const QStringList &fields, const QString &reason) {
            QStringList cells;
            for (const QString &f : fields)
                cells << csvField(f, m_separator);
            cells << csvField(reason, m_separator);
            out.write(cells.join(m_separator).toUtf8() + "\r\n");
        };
        writeRow(m_records.constFirst().fields, QStringLiteral("import_error"));
        for (int record : std::as_const(rejected)) {
            QStringList reasons;
            for (const ImportIssue &issue : m_errors[record])
                reasons << QStringLiteral("%1:%2: %3").arg(issue.line).arg(issue.column).arg(issue.reason);
            if (reasons.isEmpty())
                reasons << tr("another row of the same invoice was rejected");
            writeRow(m_records.at(record).fields, reasons.join(QStringLiteral("; ")));
        }
        if (!out.commit()) {
            m_report.errors.append({rejectsPath, 0, 0, tr("cannot be written: %1").arg(out.errorString())});
            return;
        }
        m_report.rejectsFile = rejectsPath;
    }
    transaction.commit();
    m_report.committed = true;
}

void Run::importCustomers()
{
    struct Row
    {
        int record = 0;
        Customer customer;
    };
    std::vector<Row> rows;
    QHash<QString, int> seen;
    for (int r = 1; r < m_records.size(); ++r) {
        if (!checked(r))
            return;
        Row row{r, {}};
        Customer &c = row.customer;
        if (required(r, QStringLiteral("number"))) {
            c.number = value(r, QStringLiteral("number"));
            if (seen.contains(c.number))
                error(r, QStringLiteral("number"),
                      tr("duplicate number %1 in the file (also on line %2)").arg(c.number).arg(m_records.at(seen.value(c.number)).line));
            else
                seen.insert(c.number, r);
        }
        required(r, QStringLiteral("name"));
        rows.push_back(std::move(row));
        m_units.append(QList<int>{r});
    }
    CustomerRepository repository(m_database);
    QSqlQuery update = m_database.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, kind = ?, language = ?, street = ?, postal_code = ?, city = ?, country = ?, "
        "vat_id = ?, email = ?, payment_term_days = ?, credit_limit_cents = ?, currency = ? WHERE id = ?"));
    for (Row &row : rows) {
        const int r = row.record;
        if (!written(r - 1))
            return;
        if (m_errors.contains(r))
            continue;
        const auto existing = repository.findByNumber(row.customer.number);
        Customer c = existing.value_or(Customer());
        c.number = row.customer.number;
        auto set = [&](const char *field, QString &target) {
            if (has(QString::fromLatin1(field)))
                target = value(r, QString::fromLatin1(field));
        };
        set("name", c.name);
        set("street", c.street);
        set("postal_code", c.postalCode);
        set("city", c.city);
        set("vat_id", c.vatId);
        set("email", c.email);
        if (!value(r, QStringLiteral("kind")).isEmpty()) {
            const QString code = value(r, QStringLiteral("kind")).toLower();
            const auto kind = Customer::kindFromCode(code);
            if (kind)
                c.kind = *kind;
            else if (code == u"consument" || code == u"particulier")
                c.kind = CustomerKind::Consumer;
            else if (code == u"zakelijk" || code == u"bedrijf")
                c.kind = CustomerKind::Business;
            else
                error(r, QStringLiteral("kind"), tr("kind: \"%1\" is neither business nor consumer").arg(code));
        }
        if (!value(r, QStringLiteral("language")).isEmpty()) {
            const auto language = Customer::languageFromCode(value(r, QStringLiteral("language")).toLower());
            if (language)
                c.language = *language;
            else
                error(r, QStringLiteral("language"), tr("language: \"%1\" is neither nl nor en").arg(value(r, QStringLiteral("language"))));
        }
        if (!value(r, QStringLiteral("country")).isEmpty()) {
            const QString country = value(r, QStringLiteral("country")).toUpper();
            if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter())
                error(r, QStringLiteral("country"), tr("country: \"%1\" is not a two-letter country code").arg(country));
            c.country = country;
        }
        if (!value(r, QStringLiteral("payment_term_days")).isEmpty()) {
            bool ok = false;
            const int days = value(r, QStringLiteral("payment_term_days")).toInt(&ok);
            if (!ok || days < 0 || days > 3650)
                error(r, QStringLiteral("payment_term_days"),
                      tr("payment_term_days: \"%1\" is not a number of days").arg(value(r, QStringLiteral("payment_term_days"))));
            else
                c.paymentTermDays = days;
        }
        const QString limitCurrency = has(QStringLiteral("currency")) ? currency(r) : c.creditLimit.currency();
        if (!value(r, QStringLiteral("credit_limit")).isEmpty()) {
            if (const auto limit = amount(r, QStringLiteral("credit_limit"), limitCurrency))
                c.creditLimit = *limit;
        } else if (limitCurrency != c.creditLimit.currency()) {
            c.creditLimit = Money(c.creditLimit.cents(), limitCurrency);
        }
        if (m_errors.contains(r))
            continue;
        writeUnit({r}, [&]() {
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
    }
}

void Run::importInvoices()
{
    struct Group
    {
        QList<int> records;
        Invoice invoice;
        QList<int> lineRecords;   // records that carry a line
        std::optional<Money> givenExcl, givenVat, givenIncl;
        int totalRecord = 0;
        bool dueGiven = false;
        int paymentTerm = 30;
    };
    const bool lineMode = has(QStringLiteral("unit_price"));
    std::vector<Group> groups;
    QHash<QString, qsizetype> byNumber;

    for (int r = 1; r < m_records.size(); ++r) {
        if (!checked(r))
            return;
        const QString number = value(r, QStringLiteral("number"));
        if (!required(r, QStringLiteral("number"))) {
            groups.push_back(Group{{r}, {}, {}, {}, {}, {}, r, false, 30});
            continue;
        }
        const QString cur = currency(r);
        Invoice header;
        header.number = number;
        header.currency = cur;
        int term = 30;
        if (required(r, QStringLiteral("customer"))) {
            const QString customerNumber = value(r, QStringLiteral("customer"));
            if (const auto customer = m_store.customer(customerNumber)) {
                header.customerId = customer->id;
                term = customer->paymentTermDays;
            } else {
                error(r, QStringLiteral("customer"), tr("unknown customer %1").arg(customerNumber));
            }
        }
        if (const auto issued = date(r, QStringLiteral("issue_date")))
            header.issueDate = *issued;
        const bool dueGiven = !value(r, QStringLiteral("due_date")).isEmpty();
        if (dueGiven) {
            if (const auto due = date(r, QStringLiteral("due_date")))
                header.dueDate = *due;
        }

        const auto found = byNumber.constFind(number);
        const bool carriesLine = lineMode && !value(r, QStringLiteral("unit_price")).isEmpty();
        if (found != byNumber.constEnd()) {
            Group &group = groups[*found];
            const int first = group.records.constFirst();
            if (!lineMode) {
                error(r, QStringLiteral("number"), tr("duplicate invoice number %1 in the file (also on line %2)")
                                                       .arg(number)
                                                       .arg(m_records.at(first).line));
            } else if (value(r, QStringLiteral("customer")) != value(first, QStringLiteral("customer"))
                       || value(r, QStringLiteral("issue_date")) != value(first, QStringLiteral("issue_date"))
                       || value(r, QStringLiteral("due_date")) != value(first, QStringLiteral("due_date"))
                       || value(r, QStringLiteral("currency")) != value(first, QStringLiteral("currency"))) {
                error(r, QStringLiteral("number"),
                      tr("duplicate invoice number %1 in the file: line %2 has another customer, date or currency")
                          .arg(number)
                          .arg(m_records.at(first).line));
            }
            group.records << r;
            if (carriesLine)
                group.lineRecords << r;
            continue;
        }
        byNumber.insert(number, qsizetype(groups.size()));
        Group group{{r}, header, {}, {}, {}, {}, r, dueGiven, term};
        if (carriesLine)
            group.lineRecords << r;
        if (!value(r, QStringLiteral("total_incl")).isEmpty())
            group.givenIncl = amount(r, QStringLiteral("total_incl"), cur);
        if (!value(r, QStringLiteral("total_excl")).isEmpty())
            group.givenExcl = amount(r, QStringLiteral("total_excl"), cur);
        if (!value(r, QStringLiteral("vat")).isEmpty())
            group.givenVat = amount(r, QStringLiteral("vat"), cur);
        groups.push_back(std::move(group));
    }

    // Lines and totals, once every row of an invoice is known.
    for (Group &group : groups) {
        m_units.append(group.records);
        Invoice &invoice = group.invoice;
        const int r = group.totalRecord;
        if (invoice.number.isEmpty())
            continue;
        for (int lr : std::as_const(group.lineRecords)) {
            InvoiceLine line;
            line.productCode = value(lr, QStringLiteral("product_code"));
            line.description = value(lr, QStringLiteral("description"));
            QString why;
            if (!value(lr, QStringLiteral("quantity")).isEmpty()) {
                const auto quantity = ImportValues::scaled(value(lr, QStringLiteral("quantity")), 3, &why);
                if (!quantity)
                    error(lr, QStringLiteral("quantity"), tr("quantity: %1").arg(why));
                else
                    line.quantityThousandths = *quantity;
            }
            if (const auto price = amount(lr, QStringLiteral("unit_price"), invoice.currency))
                line.unitPrice = *price;
            else
                line.unitPrice = Money::zero(invoice.currency);
            if (!value(lr, QStringLiteral("vat_rate")).isEmpty()) {
                const auto rate = ImportValues::vatRate(value(lr, QStringLiteral("vat_rate")), &why);
                if (!rate)
                    error(lr, QStringLiteral("vat_rate"), tr("vat_rate: %1").arg(why));
                else
                    line.vatRateBasisPoints = *rate;
            }
            invoice.lines << line;
        }
        if (bad(group.records))
            continue;
        if (!invoice.lines.isEmpty()) {
            invoice.computeTotals();
            if (group.givenIncl && group.givenIncl->cents() != invoice.totalInclVat.cents())
                error(r, QStringLiteral("total_incl"), tr("total_incl %1 does not match the lines (%2)")
                                                          .arg(group.givenIncl->toPlain(), invoice.totalInclVat.toPlain()));
        } else {
            if (!group.givenIncl) {
                error(r, QStringLiteral("total_incl"), tr("invoice %1 has neither a total_incl nor lines").arg(invoice.number));
                continue;
            }
            invoice.totalInclVat = *group.givenIncl;
            if (group.givenExcl && group.givenVat) {
                if (group.givenExcl->cents() + group.givenVat->cents() != group.givenIncl->cents())
                    error(r, QStringLiteral("total_incl"), tr("total_excl %1 plus vat %2 is not total_incl %3")
                                                              .arg(group.givenExcl->toPlain(), group.givenVat->toPlain(),
                                                                   group.givenIncl->toPlain()));
                invoice.totalExclVat = *group.givenExcl;
                invoice.vat = *group.givenVat;
            } else if (group.givenVat) {
                invoice.vat = *group.givenVat;
                invoice.totalExclVat = invoice.totalInclVat - invoice.vat;
            } else if (group.givenExcl) {
                invoice.totalExclVat = *group.givenExcl;
                invoice.vat = invoice.totalInclVat - invoice.totalExclVat;
            } else {
                invoice.totalExclVat = invoice.totalInclVat;
                invoice.vat = Money::zero(invoice.currency);
            }
        }
        if (invoice.totalInclVat.isNegative())
            error(r, QStringLiteral("total_incl"),
                  tr("negative total %1 on invoice %2").arg(invoice.totalInclVat.toPlain(), invoice.number));
        if (!group.dueGiven && !invoice.issueDate.is_special())
            invoice.dueDate = invoice.issueDate + boost::gregorian::days(group.paymentTerm);
        if (!invoice.issueDate.is_special() && !invoice.dueDate.is_special() && invoice.dueDate < invoice.issueDate)
            error(r, QStringLiteral("due_date"), tr("due_date %1 is before issue_date %2")
                                                     .arg(IsoDate::format(invoice.dueDate), IsoDate::format(invoice.issueDate)));
    }

    const bool bulk = groups.size() >= size_t(bulkThreshold)
        && m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM invoices")).toLongLong() == 0;
    std::optional<BulkLoad> bulkLoad;
    if (bulk) {
        bulkLoad.emplace(m_database, QStringList{QStringLiteral("invoices"), QStringLiteral("invoice_lines")});
        m_store.setAllNew(true);
    }
    for (Group &group : groups) {
        if (!written(group.records.constLast() - 1))
            return; // BulkLoad is left unfinished: the rollback restores the indexes
        if (bad(group.records))
            continue;
        const auto save = [&]() {
            for (InvoiceLine &line : group.invoice.lines)
                line.productId = m_store.productId(line.productCode, line.description);
            QString note;
            switch (m_store.saveInvoice(group.invoice, &note)) {
            case ImportStore::Outcome::Created:
                ++m_report.created;
                break;
            case ImportStore::Outcome::Updated:
                ++m_report.updated;
                break;
            case ImportStore::Outcome::Unchanged:
                ++m_report.unchanged;
                break;
            case ImportStore::Outcome::Held:
                ++m_report.held;
                m_report.notes << QStringLiteral("%1:%2: %3").arg(m_path).arg(m_records.at(group.records.constFirst()).line).arg(note);
                break;
            }
        };
        // New invoices into an empty table cannot be refused once checked: a savepoint per
        // invoice (two statements more for each) would only cost time.
        if (bulk)
            save();
        else
            writeUnit(group.records, save);
    }
    if (bulkLoad)
        bulkLoad->finish();
}

void Run::importPayments()
{
    struct Row
    {
        int record = 0;
        Payment payment;
        QList<qint64> invoices;
        QString iban;
    };
    static const QRegularExpression ibanPattern(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$"));
    std::vector<Row> rows;
    QHash<QString, int> seen;
    QSqlQuery findInvoice = m_database.prepare(QStringLiteral("SELECT id, customer_id, currency FROM invoices WHERE number = ?"));
    for (int r = 1; r < m_records.size(); ++r) {
        if (!checked(r))
            return;
        m_units.append(QList<int>{r});
        Row row;
        row.record = r;
        Payment &p = row.payment;
        const QString cur = currency(r);
        if (required(r, QStringLiteral("customer"))) {
            if (const auto customer = m_store.customer(value(r, QStringLiteral("customer"))))
                p.customerId = customer->id;
            else
                error(r, QStringLiteral("customer"), tr("unknown customer %1").arg(value(r, QStringLiteral("customer"))));
        }
        if (const auto paid = date(r, QStringLiteral("date")))
            p.date = *paid;
        if (const auto money = amount(r, QStringLiteral("amount"), cur)) {
            p.amount = *money;
            if (money->cents() <= 0)
                error(r, QStringLiteral("amount"), tr("amount: a payment must be positive, not %1").arg(money->toPlain()));
        }
        p.reference = value(r, QStringLiteral("reference"));
        row.iban = value(r, QStringLiteral("iban")).remove(u' ').toUpper();
        if (!row.iban.isEmpty() && !ibanPattern.match(row.iban).hasMatch())
            error(r, QStringLiteral("iban"), tr("iban: \"%1\" is not an IBAN").arg(value(r, QStringLiteral("iban"))));
        const QStringList numbers = value(r, QStringLiteral("invoice")).split(u' ', Qt::SkipEmptyParts);
        for (const QString &number : numbers) {
            Database::exec(findInvoice, {number});
            if (!findInvoice.next()) {
                error(r, QStringLiteral("invoice"), tr("unknown invoice %1").arg(number));
            } else if (p.customerId && findInvoice.value(1).toLongLong() != p.customerId) {
                error(r, QStringLiteral("invoice"), tr("invoice %1 belongs to another customer").arg(number));
            } else if (findInvoice.value(2).toString() != cur) {
                error(r, QStringLiteral("invoice"), tr("invoice %1 is in %2, the payment in %3").arg(number, findInvoice.value(2).toString(), cur));
            } else {
                row.invoices << findInvoice.value(0).toLongLong();
            }
            findInvoice.finish();
        }
        if (!m_errors.contains(r)) {
            const QString key = QStringLiteral("%1|%2|%3|%4").arg(p.customerId).arg(IsoDate::format(p.date), p.amount.toPlain(), p.reference);
            if (seen.contains(key))
                error(r, QStringLiteral("amount"), tr("the same payment (customer, date, amount, reference) is also on line %1")
                                                       .arg(m_records.at(seen.value(key)).line));
            else
                seen.insert(key, r);
        }
        rows.push_back(std::move(row));
    }

    PaymentRepository repository(m_database);
    QSqlQuery existing = m_database.prepare(QStringLiteral(
        "SELECT id FROM payments WHERE customer_id = ? AND payment_date = ? AND amount_cents = ? AND currency = ? AND reference = ?"));
    QSqlQuery open = m_database.prepare(QStringLiteral("SELECT total_incl_cents - paid_cents FROM invoices WHERE id = ?"));
    QSqlQuery setIban = m_database.prepare(QStringLiteral("UPDATE payments SET debtor_iban = ? WHERE id = ?"));
    for (Row &row : rows) {
        if (!written(row.record - 1))
            return;
        if (m_errors.contains(row.record))
            continue;
        writeUnit({row.record}, [&]() {
            Payment &p = row.payment;
            Database::exec(existing, {p.customerId, IsoDate::format(p.date), p.amount.cents(), p.amount.currency(), p.reference});
            const bool known = existing.next();
            existing.finish();
            if (known) {
                ++m_report.unchanged;
                return;
            }
            qint64 remaining = p.amount.cents();
            for (qint64 invoiceId : std::as_const(row.invoices)) {
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
            if (!row.iban.isEmpty())
                Database::exec(setIban, {row.iban, p.id});
            ++m_report.created;
        });
    }
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
