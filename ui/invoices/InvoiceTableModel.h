#pragma once

#include "common/PagedTableModel.h"
#include "common/RowPageCache.h"
#include "invoices/InvoiceListQuery.h"

#include <QDate>

#include <memory>
#include <optional>

namespace dd {

// The invoice list of the main window over InvoiceListQuery, read a page at a time (see
// PagedTableModel), so a million invoices cost a few pages of memory.
class InvoiceTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Customer, IssueDate, DueDate, Total, Open, Status, DaysOverdue, ColumnCount };
    enum Role { InvoiceIdRole = Qt::UserRole + 1, OverdueRole, SortValueRole, OpenDisputeRole };

    explicit InvoiceTableModel(QObject *parent = nullptr);
    ~InvoiceTableModel() override;

    // Synchronous: when it returns, rowCount() is the filtered count. The view debounces typing.
    // On a long list (InvoiceListQuery::head()) rowCount() is first the rows read, and the count
    // and open amounts come later from a worker: isCounted(), counted().
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text; }
    void setCustomerFilter(qint64 customerId);
    qint64 customerFilter() const { return m_filter.customerId; }
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_filter.overdueOnly; }
    bool isFiltered() const { return !m_filter.isEmpty(); }
    // The date that decides what is overdue: the session's as-of date, set by the main window.
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    // What the list is filtered and sorted by, for a query of its own (the export).
    const InvoiceFilter &filter() const { return m_filter; }
    InvoiceSort sortKey() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    void refresh() override;

    // Open amounts per currency of the invoices that pass the filter; nothing while they are
    // still being counted on a worker (counted() follows).
    std::optional<QMap<QString, qint64>> openCentsByCurrency() const;
    // How many invoices the database must hold before the list counts on a worker (tests set
    // 0 to see it on a few invoices); InvoiceListQuery::headFrom() by default.
    void setCountLaterFrom(qint64 invoices);
    qint64 invoiceIdAt(int row) const;
    // The open dispute case the invoice is in (it is on dunning hold), or empty.
    QString openDisputeAt(int row) const;
    static bool isSortable(int column);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void openQuery(Session *session) override;
    qint64 requery() override;
    QVariant columnTitle(int column) const override;
    bool isRightAligned(int column) const override;
    const InvoiceListRow *rowAt(int row) const;
    void countArriving() override;

    std::unique_ptr<InvoiceListQuery> m_query;
    InvoiceFilter m_filter;
    InvoiceSort m_sort = InvoiceSort::Number;
    bool m_descending = false;
    QDate m_asOf;
    mutable RowPageCache<InvoiceListRow> m_cache;
    std::optional<qint64> m_countLaterFrom;
};

} // namespace dd
