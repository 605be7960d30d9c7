#pragma once

#include "common/RowPageCache.h"
#include "invoices/InvoiceListQuery.h"

#include <QAbstractTableModel>
#include <QDate>

#include <memory>

namespace dd {

class Database;

// The invoice list of the main window over InvoiceListQuery: rowCount comes from a COUNT, rows are
// read a page at a time when the view paints them, so a million invoices cost a few pages of
// memory. Sorting and filtering go back to the query (SQL), never through a proxy model.
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Customer, IssueDate, DueDate, Total, Open, Status, DaysOverdue, ColumnCount };
    enum Role { InvoiceIdRole = Qt::UserRole + 1, OverdueRole, SortValueRole, OpenDisputeRole };

    explicit InvoiceTableModel(QObject *parent = nullptr);
    ~InvoiceTableModel() override;

    // The model reads from `database` until it is given another one (nullptr: empty list). The
    // database must outlive the model or be replaced first.
    void setDatabase(Database *database);

    // Synchronous: when it returns, rowCount() is the filtered count. The view debounces typing.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter.text; }
    void setCustomerFilter(qint64 customerId);
    qint64 customerFilter() const { return m_filter.customerId; }
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_filter.overdueOnly; }
    // The date that decides what is overdue; today unless set (tests fix it).
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    // Reads everything again after the data changed.
    void refresh();

    // Open amounts per currency of the invoices that pass the filter.
    QMap<QString, qint64> openCentsByCurrency() const;
    qint64 invoiceIdAt(int row) const;
    // The open dispute case the invoice is in (it is on dunning hold), or empty.
    QString openDisputeAt(int row) const;
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The database could not be read (damaged, locked, gone): the list shows what it has.
    void loadFailed(const QString &message) const;

private:
    void reload();
    const InvoiceListRow *rowAt(int row) const;

    std::unique_ptr<InvoiceListQuery> m_query;
    InvoiceFilter m_filter;
    InvoiceSort m_sort = InvoiceSort::Number;
    bool m_descending = false;
    QDate m_asOf;
    int m_rowCount = 0;
    mutable RowPageCache<InvoiceListRow> m_cache;
};

} // namespace dd
