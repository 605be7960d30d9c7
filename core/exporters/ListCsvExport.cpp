#include "ListCsvExport.h"

#include "calendar/DueDates.h"
#include "common/CsvField.h"
#include "common/ValidationError.h"
#include "creditnotes/CreditNoteRepository.h"
#include "customers/CustomerListQuery.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeListQuery.h"
#include "invoices/InvoiceListQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ListCsvExport", text);
}

QString date(const Date &value)
{
    return value.is_special() ? QString() : IsoDate::format(value);
}

QStringList names(std::initializer_list<const char *> columns)
{
    QStringList result;
    for (const char *column : columns)
        result << QString::fromLatin1(column);
    return result;
}
} // namespace

ListCsvExport::ListCsvExport(const QString &path, Progress progress, int pageSize)
    : m_path(path)
    , m_progress(std::move(progress))
    , m_pageSize(pageSize)
{
}

qint64 ListCsvExport::writeRows(const QStringList &header, qint64 total,
                                const std::function<std::vector<QStringList>(qint64 offset, int limit)> &page)
{
    m_cancelled = false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        throw ValidationError(tr("%1 cannot be written: %2").arg(m_path, file.errorString()));
    auto line = [&file](const QStringList &cells) { file.write((CsvField::join(cells) + QStringLiteral("\r\n")).toUtf8()); };
    line(header);
    qint64 written = 0;
    for (;;) {
        const std::vector<QStringList> rows = page(written, m_pageSize);
        for (const QStringList &row : rows)
            line(row);
        written += qint64(rows.size());
        if (m_progress && !m_progress(written, std::max(total, written))) {
            m_cancelled = true;
            file.cancelWriting();
            return 0;
        }
        if (rows.size() < size_t(m_pageSize))
            break;
    }
    if (!file.commit())
        throw ValidationError(tr("%1 cannot be written: %2").arg(m_path, file.errorString()));
    return written;
}

qint64 ListCsvExport::write(const InvoiceListQuery &query)
{
    const Date asOf = query.filter().asOf;
    return writeRows(names({"number", "customer", "name", "issued", "due", "currency", "total", "open", "status",
                            "days_overdue", "dispute"}),
                     query.count(), [&](qint64 offset, int limit) {
                         std::vector<QStringList> cells;
                         for (const InvoiceListRow &row : query.fetch(offset, limit)) {
                             const int overdue = row.open().cents() > 0 && !asOf.is_special()
                                                     ? DueDates::daysOverdue(row.dueDate, asOf)
                                                     : 0;
                             cells.push_back({row.number, row.customerNumber, row.customerName, date(row.issueDate),
                                              date(row.dueDate), row.currency, row.total().toPlain(), row.open().toPlain(),
                                              InvoiceStatuses::code(row.status()),
                                              overdue > 0 ? QString::number(overdue) : QString(), row.openDispute});
                         }
                         return cells;
                     });
}

qint64 ListCsvExport::write(const CustomerListQuery &query)
{
    return writeRows(names({"number", "name", "kind", "city", "country", "payment_term_days", "open_invoices", "currency",
                            "open"}),
                     query.count(), [&](qint64 offset, int limit) {
                         std::vector<QStringList> cells;
                         for (const CustomerListRow &row : query.fetch(offset, limit))
                             cells.push_back({row.number, row.name, Customer::kindCode(row.kind), row.city, row.country,
                                              QString::number(row.paymentTermDays), QString::number(row.openInvoices),
                                              row.currency, Money(row.openCents, row.currency).toPlain()});
                         return cells;
                     });
}

qint64 ListCsvExport::write(const DisputeListQuery &query)
{
    return writeRows(names({"case", "customer", "name", "reason", "step", "verdict", "received", "promised", "answered",
                            "assignee", "currency", "disputed", "outcome"}),
                     query.count(), [&](qint64 offset, int limit) {
                         std::vector<QStringList> cells;
                         for (const DisputeListRow &row : query.fetch(offset, limit))
                             cells.push_back({row.number, row.customerNumber, row.customerName, row.reasonCode,
                                              DisputeCodes::step(row.step), DisputeCodes::verdict(row.verdict),
                                              date(row.receivedOn), date(row.promisedOn), date(row.answeredOn), row.assignee,
                                              row.disputed.currency(), row.disputed.toPlain(),
                                              DisputeCodes::outcome(row.outcome)});
                         return cells;
                     });
}

qint64 ListCsvExport::writeCreditNotes(const CreditNoteRepository &notes, const CustomerRepository &customers)
{
    // A company issues a few notes a day: the list without lines fits in memory, as in the GUI.
    const QList<CreditNote> all = notes.list();
    QHash<qint64, std::pair<QString, QString>> customerOf; // number and name, looked up once each
    return writeRows(names({"number", "issued", "customer", "name", "invoice", "dispute", "reason", "currency",
                            "total_excl", "vat", "total_incl"}),
                     all.size(), [&](qint64 offset, int limit) {
                         std::vector<QStringList> cells;
                         for (qint64 i = offset; i < std::min<qint64>(all.size(), offset + limit); ++i) {
                             const CreditNote &note = all.at(int(i));
                             if (!customerOf.contains(note.customerId)) {
                                 const auto customer = customers.findById(note.customerId);
                                 customerOf.insert(note.customerId, customer ? std::make_pair(customer->number, customer->name)
                                                                             : std::make_pair(QString(), QString()));
                             }
                             const auto &[number, name] = customerOf.value(note.customerId);
                             cells.push_back({note.number, date(note.issueDate), number, name, note.invoiceNumber,
                                              note.disputeNumber, note.reason, note.currency, note.totalExclVat.toPlain(),
                                              note.vat.toPlain(), note.totalInclVat.toPlain()});
                         }
                         return cells;
                     });
}

} // namespace dd
