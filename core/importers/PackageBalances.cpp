#include "PackageBalances.h"

#include "money/Money.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PackageBalances", text);
}
} // namespace

PackageBalances::PackageBalances(Database &database, const QString &path, const Date &asOf)
    : m_database(database)
    , m_path(path)
    , m_asOf(asOf)
    , m_openings(database)
    , m_invoice(database.prepare(QStringLiteral(
          "SELECT i.id, i.total_incl_cents, i.paid_cents, i.credited_cents, i.currency, "
          "COALESCE((SELECT a.amount_cents FROM allocations a JOIN payments p ON p.id = a.payment_id "
          "WHERE a.invoice_id = i.id AND p.opening_balance = 1), 0) FROM invoices i WHERE i.number = ?")))
{
}

QString PackageBalances::where(const Source &source) const
{
    return QStringLiteral("%1:%2").arg(m_path).arg(source.line);
}

void PackageBalances::apply(std::map<int, ImportIssues> &errors, ImportReport &report)
{
    // Credits first: what the package credited is no part of what it says is paid.
    for (const Balance &balance : m_balances) {
        if (balance.credited)
            applyBalance(Balance{balance.source, balance.number, std::nullopt, std::nullopt, balance.credited, balance.countedUnchanged},
                         report);
    }
    for (const Credit &credit : m_credits)
        applyCredit(credit, errors, report);
    for (const Balance &balance : m_balances) {
        if (balance.paid || balance.open)
            applyBalance(Balance{balance.source, balance.number, balance.paid, balance.open, std::nullopt, balance.countedUnchanged},
                         report);
    }
}

void PackageBalances::moved(const Balance &balance, qint64 invoiceId, ImportReport &report)
{
    if (!balance.countedUnchanged || m_moved.contains(invoiceId))
        return;
    m_moved.insert(invoiceId);
    --report.unchanged;
    ++report.updated;
}

void PackageBalances::applyBalance(const Balance &balance, ImportReport &report)
{
    // One prepared statement for what the invoice is now, opening balance included: a monthly
    // export of a million invoices comes in again mostly unchanged, and then nothing is written.
    Database::exec(m_invoice, {balance.number});
    if (!m_invoice.next())
        return; // not written: its row was rejected
    const qint64 id = m_invoice.value(0).toLongLong();
    const qint64 total = m_invoice.value(1).toLongLong();
    const qint64 paid = m_invoice.value(2).toLongLong();
    const qint64 credited = m_invoice.value(3).toLongLong();
    const QString currency = m_invoice.value(4).toString();
    const qint64 opening = m_invoice.value(5).toLongLong();
    m_invoice.finish();
    if (balance.credited && *balance.credited > credited) {
        // The package's opening balance gives way to its own credit before anything else.
        const qint64 overlap = paid + *balance.credited - total;
        const qint64 released = overlap > 0 ? m_openings.release(id, overlap) : 0;
        const qint64 now = std::min(*balance.credited, total - (paid - released));
        m_database.run(QStringLiteral("UPDATE invoices SET credited_cents = ? WHERE id = ?"), {now, id});
        if (now != credited)
            moved(balance, id, report);
        if (now < *balance.credited)
            report.notes << tr("%1: invoice %2 is credited %3 in the file, but its payments leave room for %4 only")
                                .arg(where(balance.source), balance.number, Money(*balance.credited, currency).toPlain(),
                                     Money(now, currency).toPlain());
        return;
    }
    if (!balance.paid && !balance.open)
        return;
    const qint64 paidByPackage = balance.paid ? *balance.paid : total - credited - *balance.open;
    const qint64 real = paid - opening;
    if (OpeningBalances::openingFor(paidByPackage, total, credited, real) == opening)
        return; // as it was
    const QString label = tr("Opening balance: paid before the import of %1 (per the accounting package)")
                              .arg(QFileInfo(m_path).fileName());
    if (m_openings.setPaid(id, paidByPackage, label, m_asOf) > 0) {
        // The label names the latest file that set the opening balance, not the first.
        m_database.run(QStringLiteral("UPDATE payments SET reference = ? WHERE opening_balance = 1 AND id IN "
                                      "(SELECT payment_id FROM allocations WHERE invoice_id = ?)"),
                       {label, id});
    }
    moved(balance, id, report);
}

void PackageBalances::applyCredit(const Credit &credit, std::map<int, ImportIssues> &errors, ImportReport &report)
{
    const Money amount(credit.cents, credit.currency);
    QSqlQuery known = m_database.run(QStringLiteral("SELECT total_incl_cents FROM imported_credit_notes WHERE number = ?"), {credit.number});
    if (known.next()) {
        if (known.value(0).toLongLong() == credit.cents)
            ++report.unchanged;
        else
            report.notes << tr("%1: credit note %2 was imported before with another amount (%3); it is left as it was")
                                .arg(where(credit.source), credit.number, Money(known.value(0).toLongLong(), credit.currency).toPlain());
        return;
    }
    known.finish();
    qint64 invoiceId = 0;
    qint64 applied = 0;
    if (!credit.invoiceNumber.isEmpty()) {
        QSqlQuery invoice = m_database.run(
            QStringLiteral("SELECT id, customer_id, currency, total_incl_cents - paid_cents - credited_cents FROM invoices WHERE number = ?"),
            {credit.invoiceNumber});
        const auto refuse = [&](const QString &why) { errors[credit.source.index].append({m_path, credit.source.line, credit.source.column, why}); };
        if (!invoice.next())
            return refuse(tr("credits: credit note %1 corrects invoice %2, which is not known").arg(credit.number, credit.invoiceNumber));
        if (invoice.value(1).toLongLong() != credit.customerId)
            return refuse(tr("credits: invoice %1 belongs to another customer than credit note %2").arg(credit.invoiceNumber, credit.number));
        if (invoice.value(2).toString() != credit.currency)
            return refuse(tr("credits: invoice %1 is in %2, credit note %3 in %4")
                              .arg(credit.invoiceNumber, invoice.value(2).toString(), credit.number, credit.currency));
        invoiceId = invoice.value(0).toLongLong();
        qint64 open = invoice.value(3).toLongLong();
        invoice.finish();
        const qint64 wanted = std::min(credit.cents, credit.applied.value_or(credit.cents));
        // An opening balance (paid per the package) that the credit explains makes way for it.
        if (open < wanted)
            open += m_openings.release(invoiceId, wanted - open);
        applied = std::clamp<qint64>(open, 0, wanted);
        if (applied > 0)
            m_database.run(QStringLiteral("UPDATE invoices SET credited_cents = credited_cents + ? WHERE id = ?"), {applied, invoiceId});
        if (applied < wanted)
            report.notes << tr("%1: credit note %2 (%3) exceeds what is open on invoice %4; %5 of it is applied")
                                .arg(where(credit.source), credit.number, amount.toPlain(), credit.invoiceNumber,
                                     Money(applied, credit.currency).toPlain());
    } else {
        report.notes << tr("%1: credit note %2 (%3) names no invoice it corrects; it is kept, but no invoice's open amount changed")
                            .arg(where(credit.source), credit.number, amount.toPlain());
    }
    m_database.run(QStringLiteral("INSERT INTO imported_credit_notes (number, customer_id, invoice_id, issue_date, currency, "
                                  "total_incl_cents, applied_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {credit.number, credit.customerId, invoiceId ? QVariant(invoiceId) : QVariant(), IsoDate::format(credit.issueDate),
                    credit.currency, credit.cents, applied});
    ++report.created;
}

} // namespace dd
