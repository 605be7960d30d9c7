#pragma once

#include "creditnotes/CreditNote.h"

#include <QList>
#include <QSet>

#include <optional>

namespace dd {

class Database;

// Reads and writes credit notes. The tables are append-only in the database (an issued credit
// note is never changed or removed); CreditNoteService applies the rules.
class CreditNoteRepository
{
public:
    explicit CreditNoteRepository(Database &database);

    // The next number of the year's series: the highest so far + 1. Call inside the transaction
    // that inserts the note, which holds the write lock, so two writers never take the same number.
    int nextSeriesNo(int year) const;
    // The date of the latest note of the year's series, if it has one.
    std::optional<Date> lastIssueDate(int year) const;
    // Inserts the note and its lines; sets id and line numbers.
    void insert(CreditNote &note);
    // Adds what the note credits to its invoice's credited amount; false (and nothing changed)
    // when that would credit more than the payments leave open, as when the invoice changed since
    // the note was composed.
    bool creditInvoice(const CreditNote &note);
    std::optional<CreditNote> find(qint64 id) const;
    std::optional<CreditNote> findByNumber(const QString &number) const;
    // Whether any credit note corrects the invoice.
    bool anyFor(qint64 invoiceId) const;
    // Without lines, ordered by number; invoiceId 0: all.
    QList<CreditNote> list(qint64 invoiceId = 0) const;
    QList<CreditNote> forDispute(qint64 disputeId) const;
    // The invoice lines already credited in full by earlier notes.
    QSet<int> creditedInvoiceLines(qint64 invoiceId) const;

private:
    std::optional<CreditNote> findWhere(const QString &column, const QVariant &value) const;
    QList<CreditNote> listWhere(const QString &condition, const QVariant &value) const;
    Database &m_database;
};

} // namespace dd
