#pragma once

#include <QString>

#include <optional>

namespace dd {

class Database;

// The credit notes an accounting package issued, as its exports bring them in
// (imported_credit_notes), beside our own (CreditNoteRepository); and what both kinds have
// credited on an invoice. Runs in the caller's transaction.
class ImportedCreditNoteRepository
{
public:
    explicit ImportedCreditNoteRepository(Database &database);

    // The total (cents) of the imported credit note with this number, if there is one.
    std::optional<qint64> totalOf(const QString &number) const;
    struct NewNote
    {
        QString number;
        qint64 customerId = 0;
        qint64 invoiceId = 0; // 0: it names no invoice
        QString issueDate;    // ISO
        QString currency;
        qint64 totalCents = 0;
        qint64 appliedCents = 0;
    };
    void insert(const NewNote &note);

    // An invoice's figures with what our credit notes and the imported ones credited on it.
    struct Credits
    {
        qint64 totalCents = 0;
        qint64 paidCents = 0;
        qint64 creditedCents = 0;
        qint64 ourNotesCents = 0;        // total of our credit notes on it
        qint64 importedAppliedCents = 0; // of the imported ones, what was applied to it
    };
    Credits creditsOn(qint64 invoiceId) const;

private:
    Database &m_database;
};

} // namespace dd
