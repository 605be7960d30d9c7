#pragma once

#include "calendar/IsoDate.h"
#include "common/ListWalk.h"
#include "invoices/InvoiceStatuses.h"
#include "money/Money.h"

#include <QMap>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace dd {

class Database;

// One row of the invoice list.
struct InvoiceListRow
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerNumber;
    QString customerName;
    Date issueDate;
    Date dueDate;
    QString currency;
    qint64 totalCents = 0;
    qint64 paidCents = 0;
    qint64 creditedCents = 0;
    QString openDispute; // the open dispute case the invoice is in: it is on dunning hold

    Money total() const { return Money(totalCents, currency); }
    Money open() const { return Money(totalCents - paidCents - creditedCents, currency); }
    InvoiceStatus status() const { return InvoiceStatuses::derive(totalCents, paidCents, creditedCents); }
};

enum class InvoiceSort { Number, Customer, IssueDate, DueDate, Total, Open };

struct InvoiceFilter
{
    QString text;          // part of the invoice number, customer number or customer name
    qint64 customerId = 0; // 0: all customers
    bool overdueOnly = false;
    Date asOf;             // for overdueOnly: due before this date and still open

    // True when it lets every invoice through (blank text counts as none).
    bool isEmpty() const { return text.trimmed().isEmpty() && customerId == 0 && !overdueOnly; }
};


// The invoice list as the GUI and the CLI show it: filtered, sorted, read in windows of rows so
// that a million invoices never have to be in memory at once.
// Unfiltered, a window is read straight from the index of the sort column. Filtered, the matching
// ids are put in sort order once, in a temporary table numbered by position, so that counting and
// reading any window afterwards cost next to nothing however deep the user scrolls.
// On a long list a filter that lets many invoices through makes that table expensive (289,091
// rows for "Jansen" at ten million invoices: one to three seconds). head() then reads the first
// rows along the sort column's index instead, checking the filter on each, and the count is left
// to totals(), which a caller runs on a connection of its own.
class InvoiceListQuery
{
public:
    explicit InvoiceListQuery(Database &database);
    ~InvoiceListQuery();
    InvoiceListQuery(const InvoiceListQuery &) = delete;
    InvoiceListQuery &operator=(const InvoiceListQuery &) = delete;

    void setFilter(const InvoiceFilter &filter);
    const InvoiceFilter &filter() const { return m_filter; }
    void setSort(InvoiceSort column, bool descending);

    qint64 count() const;
    std::vector<InvoiceListRow> fetch(qint64 offset, int limit) const;
    // The first `limit` rows, read along the sort order, when the list holds at least headFrom()
    // invoices and (filtered) the filter lets enough of them through near its start; otherwise
    // nothing, and count() is cheap enough to run instead. The rows beyond come from fetch() as
    // usual; count() or totals() says how many there are.
    std::optional<std::vector<InvoiceListRow>> head(int limit) const;
    // How many invoices the list must hold before head() reads ahead of the count (tests set 0;
    // ListWalk::longFrom by default).
    void setHeadFrom(qint64 invoices) { m_headFrom = invoices; }
    qint64 headFrom() const { return m_headFrom; }
    // The count and open amounts of the filtered list, without the temporary table (a read-only
    // connection on a server may not create one): for a worker thread.
    ListTotals totals() const;
    // Open amount per currency of the invoices that pass the filter.
    QMap<QString, qint64> openCentsByCurrency() const;
    // Reads the data again (after it changed) on the next count() or fetch().
    void refresh() { m_positionsReady = false; }

private:
    QString orderKey() const;
    QString direction() const;
    QString filterTerms() const;
    // SELECT `columns` FROM the invoices that pass the filter (alias i; customers c when
    // `withCustomers`), without ORDER BY.
    QString matchingRows(const QString &columns, bool withCustomers) const;
    // The filter as one condition on the invoice i (its customer looked up in it), for rows
    // read along the sort order.
    QString rowCondition() const;
    // Rows offset.. of the filtered list read along the sort order, looking at no more than the
    // first `scan` invoices of that order.
    std::vector<InvoiceListRow> walk(qint64 offset, int limit, qint64 scan) const;
    void bindFilter(QSqlQuery &query) const;
    void preparePositions() const;
    std::vector<InvoiceListRow> readRows(QSqlQuery &query) const;

    Database &m_database;
    InvoiceFilter m_filter;
    InvoiceSort m_sort = InvoiceSort::Number;
    bool m_descending = false;
    QString m_positionsTable;
    mutable bool m_positionsReady = false;
    mutable qint64 m_filteredCount = 0;
    qint64 m_headFrom = ListWalk::longFrom;
    // After head() found a filter that lets many through: the share of invoices it let through
    // near the start, in matches per thousand, for fetch() to read the next pages the same way.
    mutable qint64 m_headPerMille = 0;
};

} // namespace dd
