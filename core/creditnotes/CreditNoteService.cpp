#include "CreditNoteService.h"

#include "common/Clock.h"
#include "common/ValidationError.h"
#include "creditnotes/CreditNoteCalculator.h"
#include "creditnotes/CreditNoteDocument.h"
#include "creditnotes/UblCreditNoteWriter.h"
#include "customers/CustomerRepository.h"
#include "documents/SettingsRepository.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "invoices/InvoiceRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CreditNoteService", text);
}
} // namespace

CreditNoteService::CreditNoteService(Database &database, const Clock &clock, QString actor)
    : m_database(database)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_repository(database)
{
}

CreditNote CreditNoteService::compose(const CreditNoteRequest &request) const
{
    if (request.reason.trimmed().isEmpty())
        throw ValidationError(tr("A credit note needs its reason."));
    if (request.amount && !request.lines.isEmpty())
        throw ValidationError(tr("Credit either an amount or lines, not both."));
    // An invoice without the supplier's details is not a valid invoice, and an issued credit
    // note can never be corrected: refused before a number is taken.
    if (const QStringList missing = SettingsRepository(m_database).company().missingForCreditNote(); !missing.isEmpty())
        throw ValidationError(CompanySettings::missingMessage(tr("A credit note"), missing));
    const auto invoice = InvoiceRepository(m_database).findByNumber(request.invoiceNumber.trimmed());
    if (!invoice)
        throw ValidationError(tr("There is no invoice %1.").arg(request.invoiceNumber.trimmed()));
    const auto customer = CustomerRepository(m_database).findById(invoice->customerId);
    const Language language = customer ? customer->language : Language::Dutch;
    const Money open = invoice->openAmount();
    // A paid invoice can be credited too: what the customer paid for it beyond what it now comes
    // to is refunded (issue 19). The limit is what was invoiced less what earlier notes credited.
    const Money creditable = invoice->amountDue() - invoice->credited;
    if (creditable.cents() <= 0)
        throw ValidationError(tr("Invoice %1 has nothing left to credit (status: %2).")
                                  .arg(invoice->number, InvoiceStatuses::code(invoice->status())));
    // What "the rest of the invoice" means without an amount: what is open, or on a paid invoice
    // all that was not credited yet.
    const Money rest = open.cents() > 0 ? open : creditable;

    CreditNote note;
    note.invoiceId = invoice->id;
    note.invoiceNumber = invoice->number;
    note.invoiceDate = invoice->issueDate;
    note.customerId = invoice->customerId;
    note.disputeId = request.disputeId;
    note.goodwill = request.goodwill;
    note.currency = invoice->currency;
    note.reason = request.reason.trimmed();
    note.payableRounding = Money::zero(invoice->currency);
    const Date today = IsoDate::fromQDate(m_clock.now().toLocalTime().date());
    note.issueDate = request.issueDate.value_or(today);
    note.issuedAt = m_clock.now();
    note.actor = m_actor;
    if (note.issueDate < invoice->issueDate)
        throw ValidationError(tr("A credit note cannot be dated before invoice %1 (%2).")
                                  .arg(invoice->number, IsoDate::format(invoice->issueDate)));
    // An invoice (and so a credit note) is dated the day it is issued; its number follows the
    // dates of the series, so a later number never carries an earlier date (VAT Directive art. 226).
    if (note.issueDate > today)
        throw ValidationError(tr("A credit note cannot be dated after today (%1): %2 is in the future.")
                                  .arg(IsoDate::format(today), IsoDate::format(note.issueDate)));
    const std::optional<Date> lastInSeries = m_repository.lastIssueDate(int(note.issueDate.year()));
    if (lastInSeries && note.issueDate < *lastInSeries)
        throw ValidationError(tr("The credit notes of %1 already run to %2: a new one cannot be dated earlier (%3), or its "
                                 "number would come after a note of a later date.")
                                  .arg(note.issueDate.year())
                                  .arg(IsoDate::format(*lastInSeries), IsoDate::format(note.issueDate)));

    // The invoice's PayableRoundingAmount is no part of any line or rate: the note that leaves
    // nothing of the invoice to credit takes back what earlier notes have not, as a rounding of
    // its own, and its lines credit net and VAT only.
    const QList<CreditNote> earlier = m_repository.list(invoice->id);
    Money roundingLeft = Money(invoice->payableRounding.cents(), invoice->currency);
    for (const CreditNote &previous : earlier)
        roundingLeft -= previous.payableRounding;
    if (!request.lines.isEmpty()) {
        note.lines = CreditNoteCalculator::byLines(*invoice, request.lines);
        const QSet<int> done = m_repository.creditedInvoiceLines(invoice->id);
        for (const CreditNoteLine &line : note.lines) {
            if (done.contains(line.invoiceLineNo))
                throw ValidationError(tr("Line %1 of invoice %2 has already been credited.").arg(line.invoiceLineNo).arg(invoice->number));
        }
        if (done.size() + note.lines.size() == invoice->lines.size())
            note.payableRounding = roundingLeft;
    } else if (request.amount && !(*request.amount == rest && !roundingLeft.isZero())) {
        // An amount that is all that is open (a dispute's whole part) is the rest below, rounding apart.
        note.lines = CreditNoteCalculator::byAmount(*invoice, *request.amount, language);
    } else if (invoice->paid.isZero() && invoice->credited.isZero() && earlier.isEmpty()) {
        QList<int> all;
        for (const InvoiceLine &line : invoice->lines)
            all << line.lineNo;
        note.lines = CreditNoteCalculator::byLines(*invoice, all);
        note.payableRounding = roundingLeft;
    } else if ((rest - roundingLeft).cents() > 0) {
        // The rest of the invoice: the rounding apart, the remainder spread over the rates.
        note.lines = CreditNoteCalculator::byAmount(*invoice, rest - roundingLeft, language);
        note.payableRounding = roundingLeft;
    } else {
        note.lines = CreditNoteCalculator::byAmount(*invoice, rest, language);
    }
    CreditNoteCalculator::computeTotals(note);
    if (note.totalInclVat.cents() <= 0 || note.amountCredited().cents() <= 0)
        throw ValidationError(tr("A credit note must credit more than zero."));
    // A note without VAT (exempt, reverse charge, not subject) adjusts no VAT: nothing to state in euros.
    if (note.currency != QLatin1String("EUR") && !note.vat.isZero())
        addVatInEuros(note);
    if (creditable < note.amountCredited())
        throw ValidationError(tr("A credit note of %1 exceeds what invoice %2 still comes to after earlier credit notes (%3).")
                                  .arg(note.amountCredited().format(NumberStyle::English), invoice->number,
                                       creditable.format(NumberStyle::English)));
    const Money stillOpen = open.cents() > 0 ? open : Money::zero(open.currency());
    note.refundDue = stillOpen < note.amountCredited() ? note.amountCredited() - stillOpen : Money::zero(open.currency());
    return note;
}

// VAT Directive art. 230: whatever the currency of the note, the VAT it adjusts is stated in euros,
// converted as the invoice's VAT was (art. 91 lid 2: the rate of the day the VAT became due, here
// the invoice's date). An issued note cannot be corrected, so without a rate close to that date
// it is refused rather than issued with a guessed one.
void CreditNoteService::addVatInEuros(CreditNote &note) const
{
    const std::optional<ExchangeRate> rate = ExchangeRateRepository(m_database).onOrBefore(note.currency, note.invoiceDate);
    const auto enterRate = [&] {
        return tr("Enter the euro rate of %1 for %2 first (disputedesk-cli exchange-rates --currency %1 --date %2 --rate R, "
                  "or --import the ECB's file).")
            .arg(note.currency, IsoDate::format(note.invoiceDate));
    };
    if (!rate)
        throw ValidationError(tr("A credit note in %1 states its VAT in euros too (VAT Directive art. 230), at the rate of "
                                 "invoice %2's date, and there is no euro rate for %1 on or before %3. %4")
                                  .arg(note.currency, note.invoiceNumber, IsoDate::format(note.invoiceDate), enterRate()));
    if ((note.invoiceDate - rate->date).days() > maximumRateAgeDays)
        throw ValidationError(tr("The latest euro rate of %1 before invoice %2's date (%3) is of %4, more than %5 days "
                                 "earlier: the VAT in euros would rest on an outdated rate. %6")
                                  .arg(note.currency, note.invoiceNumber, IsoDate::format(note.invoiceDate),
                                       IsoDate::format(rate->date))
                                  .arg(maximumRateAgeDays)
                                  .arg(enterRate()));
    note.eurRate = rate;
    note.vatInEur = rate->toEur(note.vat);
}

CreditNote CreditNoteService::preview(const CreditNoteRequest &request) const
{
    return compose(request);
}

CreditNote CreditNoteService::issue(const CreditNoteRequest &request)
{
    Transaction transaction(m_database, DataChange::CreditNotes | DataChange::Invoices | DataChange::Cases);
    CreditNote note = compose(request); // read inside the write lock: the open amount cannot change meanwhile
    const QString prefix = SettingsRepository(m_database).company().creditNotePrefix;
    note.seriesYear = int(note.issueDate.year());
    note.seriesNo = m_repository.nextSeriesNo(note.seriesYear);
    note.number = QStringLiteral("%1-%2-%3").arg(prefix).arg(note.seriesYear).arg(note.seriesNo, 6, 10, QLatin1Char('0'));
    if (m_repository.findByNumber(note.number))
        throw ValidationError(tr("Credit note number %1 is already in use; change the prefix.").arg(note.number));
    m_repository.insert(note);
    if (m_failureInjection)
        m_failureInjection(note);
    if (!m_repository.creditInvoice(note))
        throw ValidationError(tr("Invoice %1 changed while the credit note was made; try again.").arg(note.invoiceNumber));
    transaction.commit();
    CreditNote issued = *m_repository.find(note.id);
    issued.refundDue = note.refundDue;
    return issued;
}

QByteArray CreditNoteService::pdf(const CreditNote &note) const
{
    return CreditNoteDocument::pdf(m_database, note);
}

QString CreditNoteService::html(const CreditNote &note) const
{
    return CreditNoteDocument::html(m_database, note);
}

QString CreditNoteService::peppolProblem(const CreditNote &note) const
{
    const Customer customer = CustomerRepository(m_database).findById(note.customerId).value_or(Customer());
    return UblCreditNoteWriter::peppolProblem(note, customer, SettingsRepository(m_database).company());
}

void CreditNoteService::checkPeppol(const CreditNote &note) const
{
    if (const QString problem = peppolProblem(note); !problem.isEmpty())
        throw ValidationError(tr("Credit note %1 cannot go over Peppol: %2. Send the PDF instead, or a plain EN 16931 UBL file "
                                 "without the Peppol rules (--en16931%3).")
                                  .arg(note.number.isEmpty() ? tr("(draft)") : note.number, problem,
                                       note.number.isEmpty() ? QString()
                                                             : QStringLiteral(", ") + UblCreditNoteWriter::fileName(note, UblFlavour::En16931)));
}

QByteArray CreditNoteService::ubl(const CreditNote &note, UblFlavour flavour) const
{
    if (flavour == UblFlavour::Peppol)
        checkPeppol(note);
    const Customer customer = CustomerRepository(m_database).findById(note.customerId).value_or(Customer());
    return UblCreditNoteWriter::write(note, customer, SettingsRepository(m_database).company(), flavour);
}

} // namespace dd
