#pragma once

#include "calendar/IsoDate.h"
#include "importers/ImportIssue.h"
#include "importers/ImportReport.h"
#include "invoices/InvoiceFiguresQuery.h"
#include "invoices/OpenInvoiceQuery.h"
#include "payments/OpeningBalances.h"

#include <QSet>

#include <map>
#include <optional>
#include <vector>

namespace dd {

class Database;

// What an accounting package says of its invoices beyond their totals, gathered while a CSV file
// is read and written once the invoices are (a bulk load gives them their ids only then):
// - an invoice's credited, paid or open amount: credited_cents rises to the credited amount (a
//   credit is never taken back by a file), and the paid amount the package knows beyond the
//   payments here becomes the invoice's opening balance (OpeningBalances);
// - a credit note the package issued (a row with a negative total): kept in
//   imported_credit_notes and, when it names the invoice it corrects, applied to it as credited,
//   so that the invoice's open amount, the aging and dunning follow. One naming no invoice is
//   kept but applied to nothing, and a note says so: which invoice it settles is the user's call.
class PackageBalances
{
public:
    // Where a value stood: the row (its index among the data rows), line and column.
    struct Source
    {
        int index = 0;
        int line = 0;
        int column = 0;
    };
    struct Balance
    {
        Source source;
        QString number;
        std::optional<qint64> paid, open, credited; // cents
        // The invoice was counted unchanged in this import: if its figures move it is counted
        // updated instead, so that the summary says what moved.
        bool countedUnchanged = false;
    };
    struct Credit
    {
        Source source;
        QString number;
        qint64 customerId = 0;
        Date issueDate;
        QString currency;
        qint64 cents = 0; // positive: what is credited
        QString invoiceNumber; // the invoice it corrects, if the file says
        // At most this much of it is applied to that invoice (our export says what was applied
        // before, so that a database moved elsewhere credits the same amounts).
        std::optional<qint64> applied;
    };

    // `asOf`: the day the file's figures stood.
    PackageBalances(Database &database, const QString &path, const Date &asOf);
    void add(Balance balance) { m_balances.push_back(std::move(balance)); }
    void add(Credit credit) { m_credits.push_back(std::move(credit)); }
    bool isEmpty() const { return m_balances.empty() && m_credits.empty(); }

    // Writes them, in the caller's transaction. A row found wrong only now (a credit note naming
    // an unknown invoice) gets its error in `errors`; what the user must know goes to the notes.
    void apply(std::map<int, ImportIssues> &errors, ImportReport &report);

private:
    void applyBalance(const Balance &balance, ImportReport &report);
    // The invoice's figures moved: counted as updated if it was counted unchanged.
    void moved(const Balance &balance, qint64 invoiceId, ImportReport &report);
    void applyCredit(const Credit &credit, std::map<int, ImportIssues> &errors, ImportReport &report);
    QString where(const Source &source) const;

    Database &m_database;
    QString m_path;
    Date m_asOf;
    OpeningBalances m_openings;
    InvoiceFiguresQuery m_invoice; // the invoice by number as it is now, with its opening balance
    std::optional<OpenInvoiceQuery> m_corrected; // the invoice a credit note corrects, prepared at the first
    std::vector<Balance> m_balances;
    std::vector<Credit> m_credits;
    QSet<qint64> m_moved; // invoices recounted as updated
};

} // namespace dd
