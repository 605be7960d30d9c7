#include "PackageBalances.h"

#include "creditnotes/ImportedCreditNoteRepository.h"
#include "invoices/InvoiceRepository.h"
#include "money/Money.h"
#include "payments/PaymentRepository.h"

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
    , m_invoice(database)
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
    const auto figures = m_invoice.byNumber(balance.number);
    if (!figures)
        return; // not written: its row was rejected
    const qint64 id = figures->id;
    const qint64 total = figures->totalCents;
    const qint64 paid = figures->paidCents;
    const qint64 credited = figures->creditedCents;
    const QString currency = figures->currency;
    const qint64 opening = figures->openingCents;
    if (balance.credited && *balance.credited > credited) {
        // The package's opening balance gives way to its own credit before anything else.
        const qint64 overlap = paid + *balance.credited - total;
        const qint64 released = overlap > 0 ? m_openings.release(id, overlap) : 0;
        const qint64 now = std::min(*balance.credited, total - (paid - released));
        InvoiceRepository(m_database).setCredited(id, now);
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
        PaymentRepository(m_database).relabelOpeningBalance(id, label);
    }
    moved(balance, id, report);
}

void PackageBalances::applyCredit(const Credit &credit, std::map<int, ImportIssues> &errors, ImportReport &report)
{
    const Money amount(credit.cents, credit.currency);
    ImportedCreditNoteRepository notes(m_database);
    if (const auto known = notes.totalOf(credit.number)) {
        if (*known == credit.cents)
            ++report.unchanged;
        else
            report.notes << tr("%1: credit note %2 was imported before with another amount (%3); it is left as it was")
                                .arg(where(credit.source), credit.number, Money(*known, credit.currency).toPlain());
        return;
    }
    qint64 invoiceId = 0;
    qint64 applied = 0;
    if (!credit.invoiceNumber.isEmpty()) {
        if (!m_corrected)
            m_corrected.emplace(m_database);
        const auto invoice = m_corrected->byNumber(credit.invoiceNumber);
        const auto refuse = [&](const QString &why) { errors[credit.source.index].append({m_path, credit.source.line, credit.source.column, why}); };
        if (!invoice)
            return refuse(tr("credits: credit note %1 corrects invoice %2, which is not known").arg(credit.number, credit.invoiceNumber));
        if (invoice->customerId != credit.customerId)
            return refuse(tr("credits: invoice %1 belongs to another customer than credit note %2").arg(credit.invoiceNumber, credit.number));
        if (invoice->currency != credit.currency)
            return refuse(tr("credits: invoice %1 is in %2, credit note %3 in %4")
                              .arg(credit.invoiceNumber, invoice->currency, credit.number, credit.currency));
        invoiceId = invoice->id;
        qint64 open = invoice->openCents;
        const qint64 wanted = std::min(credit.cents, credit.applied.value_or(credit.cents));
        // An opening balance (paid per the package) that the credit explains makes way for it.
        if (open < wanted)
            open += m_openings.release(invoiceId, wanted - open);
        applied = std::clamp<qint64>(open, 0, wanted);
        if (applied > 0)
            InvoiceRepository(m_database).addCredited(invoiceId, applied);
        if (applied < wanted)
            report.notes << tr("%1: credit note %2 (%3) exceeds what is open on invoice %4; %5 of it is applied")
                                .arg(where(credit.source), credit.number, amount.toPlain(), credit.invoiceNumber,
                                     Money(applied, credit.currency).toPlain());
    } else {
        report.notes << tr("%1: credit note %2 (%3) names no invoice it corrects; it is kept, but no invoice's open amount changed")
                            .arg(where(credit.source), credit.number, amount.toPlain());
    }
    notes.insert({credit.number, credit.customerId, invoiceId, IsoDate::format(credit.issueDate), credit.currency, credit.cents, applied});
    ++report.created;
}

} // namespace dd
