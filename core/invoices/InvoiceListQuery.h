#pragma once

#include "calendar/IsoDate.h"
#include "invoices/InvoiceStatuses.h"
#include "money/Money.h"

#include <QMap>
#include <QSqlQuery>
#include <QString>

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
    // Open amount per currency of the invoices that pass the filter.
    QMap<QString, qint64> openCentsByCurrency() const;
    // Reads the data again (after it changed) on the next count() or fetch().
    void refresh() { m_positionsReady = false; }

private:
    QString orderKey() const;
    QString direction() const;
    QString filterTerms() const;
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
};

} // namespace dd
