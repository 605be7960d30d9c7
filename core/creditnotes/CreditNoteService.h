#pragma once

#include "creditnotes/CreditNote.h"
#include "creditnotes/CreditNoteRepository.h"
#include "creditnotes/UblCreditNoteWriter.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <optional>

namespace dd {

class Clock;
class Database;

// What to credit: the whole invoice (neither amount nor lines), some of its lines in full, or an
// amount including VAT split over its VAT rates.
struct CreditNoteRequest
{
    QString invoiceNumber;
    std::optional<Money> amount;
    QList<int> lines;
    QString reason;
    qint64 disputeId = 0;          // the case the credit comes from, if any
    bool goodwill = false;         // a write-off as goodwill, not a correction
    std::optional<Date> issueDate; // default: today by the clock
};

// Issues credit notes (DOMAIN-NL.md §6, VAT Directive art. 219/226): the number of the year's own
// gap-free series is taken and the note stored in one transaction, together with the invoice's
// credited amount (its open amount and status follow). A note never exceeds what was invoiced less
// the earlier notes; what it credits beyond what is open (a paid invoice) is a refund
// (CreditNote::refundDue). A refused note writes nothing and takes no number.
class CreditNoteService
{
public:
    CreditNoteService(Database &database, const Clock &clock, QString actor);

    // The note as it would be issued, without a number; writes nothing. For the GUI's preview.
    CreditNote preview(const CreditNoteRequest &request) const;
    // Throws ValidationError (nothing written) for an unknown invoice, an empty reason, amount and
    // lines both given, a line credited before, or more than the invoice less earlier credit notes.
    CreditNote issue(const CreditNoteRequest &request);

    // The PDF (template "creditnote" in the customer's language, amounts negative).
    QByteArray pdf(const CreditNote &note) const;
    // The same document as HTML, for the GUI's preview.
    QString html(const CreditNote &note) const;
    // UBL 2.1 CreditNote, by default Peppol BIS Billing 3.0. Throws ValidationError, before
    // anything is written, when the note cannot be valid Peppol (a consumer, no participant id),
    // saying why and what to send instead (the PDF, or the plain EN 16931 flavour).
    QByteArray ubl(const CreditNote &note, UblFlavour flavour = UblFlavour::Peppol) const;
    // The check ubl() makes for Peppol, on its own: to refuse before a note is issued (from a
    // preview) when its Peppol file could not be written afterwards.
    void checkPeppol(const CreditNote &note) const;
    // Why the note cannot be valid Peppol (a consumer, no participant id), empty when it can: for
    // the GUI, which offers the alternatives itself.
    QString peppolProblem(const CreditNote &note) const;

    CreditNoteRepository &repository() { return m_repository; }

    // Tests only: called inside the issuing transaction after the note is stored, before the
    // invoice is updated; throwing from it must leave no trace and no gap in the numbers.
    void setFailureInjection(std::function<void(const CreditNote &)> hook) { m_failureInjection = std::move(hook); }

private:
    // A week covers the ECB's longest closing (Christmas to New Year).
    static constexpr int maximumRateAgeDays = 7;

    CreditNote compose(const CreditNoteRequest &request) const;
    void addVatInEuros(CreditNote &note) const;

    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
    CreditNoteRepository m_repository;
    std::function<void(const CreditNote &)> m_failureInjection;
};

} // namespace dd
