#pragma once

#include "common/PagedTableModel.h"
#include "common/RowPageCache.h"
#include "customers/CustomerListQuery.h"

#include <memory>
#include <optional>

namespace dd {

// The customer list over CustomerListQuery, read a page at a time like the invoice list.
class CustomerTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Name, Kind, City, Country, PaymentTerms, OpenInvoices, OpenAmount, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerTableModel(QObject *parent = nullptr);
    ~CustomerTableModel() override;

    // Synchronous; the view debounces typing. A long list shows its first page and counts on a
    // worker, as the invoice list does (isCounted(), counted()).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // What the list is sorted by, for a query of its own (the export).
    CustomerSort sortKey() const { return m_sort; }
    bool sortDescending() const { return m_descending; }

    qint64 customerIdAt(int row) const;
    // What the customers that pass the filter owe, per invoice currency; nothing while they are
    // being counted on a worker.
    std::optional<QMap<QString, qint64>> openCentsByCurrency() const;
    // How many customers the database must hold before the list counts on a worker (tests set 0).
    void setCountLaterFrom(qint64 customers);
    static bool isSortable(int column);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void openQuery(Session *session) override;
    qint64 requery() override;
    QVariant columnTitle(int column) const override;
    bool isRightAligned(int column) const override;
    const CustomerListRow *rowAt(int row) const;
    void countArriving() override;

    std::unique_ptr<CustomerListQuery> m_query;
    QString m_filterText;
    CustomerSort m_sort = CustomerSort::Number;
    bool m_descending = false;
    mutable RowPageCache<CustomerListRow> m_cache;
    std::optional<qint64> m_countLaterFrom;
};

} // namespace dd
