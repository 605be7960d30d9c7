#pragma once

#include "common/RowPageCache.h"
#include "customers/CustomerListQuery.h"

#include <QAbstractTableModel>

#include <memory>

namespace dd {

class Database;

// The customer list over CustomerListQuery, read a page at a time like the invoice list.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Name, Kind, City, Country, PaymentTerms, OpenInvoices, OpenAmount, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerTableModel(QObject *parent = nullptr);
    ~CustomerTableModel() override;

    void setDatabase(Database *database);
    // Synchronous; the view debounces typing.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void refresh();

    qint64 customerIdAt(int row) const;
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message) const;

private:
    void reload();
    const CustomerListRow *rowAt(int row) const;

    std::unique_ptr<CustomerListQuery> m_query;
    QString m_filterText;
    CustomerSort m_sort = CustomerSort::Number;
    bool m_descending = false;
    int m_rowCount = 0;
    mutable RowPageCache<CustomerListRow> m_cache;
};

} // namespace dd
