#include "CustomerTableModel.h"

#include "common/UiLocale.h"
#include "storage/StorageError.h"

#include <limits>

namespace dd {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CustomerTableModel::~CustomerTableModel() = default;

void CustomerTableModel::setDatabase(Database *database)
{
    beginResetModel();
    m_cache.setLoader({});
    m_query.reset();
    if (database) {
        m_query = std::make_unique<CustomerListQuery>(*database);
        CustomerListQuery *query = m_query.get();
        m_cache.setLoader([this, query](qint64 offset, int limit) {
            try {
                return query->fetch(offset, limit);
            } catch (const StorageError &error) {
                emit loadFailed(error.message());
                return std::vector<CustomerListRow>();
            }
        });
    }
    reload();
    endResetModel();
}

void CustomerTableModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    beginResetModel();
    m_filterText = text;
    reload();
    endResetModel();
}

void CustomerTableModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void CustomerTableModel::reload()
{
    m_cache.clear();
    m_rowCount = 0;
    if (!m_query)
        return;
    m_query->setFilterText(m_filterText);
    m_query->setSort(m_sort, m_descending);
    try {
        m_rowCount = int(std::min<qint64>(m_query->count(), std::numeric_limits<int>::max()));
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
    }
}

const CustomerListRow *CustomerTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    return m_cache.row(row);
}

qint64 CustomerTableModel::customerIdAt(int row) const
{
    const CustomerListRow *customer = rowAt(row);
    return customer ? customer->id : 0;
}

bool CustomerTableModel::isSortable(int column)
{
    return column == Number || column == Name || column == City || column == OpenAmount;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CustomerListRow *customer = rowAt(index.row());
    if (!customer)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return customer->number;
        case Name:
            return customer->name;
        case Kind:
            return customer->kind == CustomerKind::Consumer ? tr("Consumer") : tr("Business");
        case City:
            return customer->city;
        case Country:
            return customer->country;
        case PaymentTerms:
            return tr("%1 days").arg(customer->paymentTermDays);
        case OpenInvoices:
            return customer->openInvoices > 0 ? QVariant(UiLocale::formatCount(customer->openInvoices)) : QVariant();
        case OpenAmount:
            return UiLocale::formatMoney(customer->openCents, customer->currency);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PaymentTerms:
        case OpenInvoices:
        case OpenAmount:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case CustomerIdRole:
        return customer->id;
    default:
        return QVariant();
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole) {
        if (section == PaymentTerms || section == OpenInvoices || section == OpenAmount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Number:
        return tr("Customer no.");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Type");
    case City:
        return tr("City");
    case Country:
        return tr("Country");
    case PaymentTerms:
        return tr("Payment term");
    case OpenInvoices:
        return tr("Open invoices");
    case OpenAmount:
        return tr("Outstanding");
    }
    return QVariant();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    CustomerSort sort = CustomerSort::Number;
    switch (column) {
    case Number:
        sort = CustomerSort::Number;
        break;
    case Name:
        sort = CustomerSort::Name;
        break;
    case City:
        sort = CustomerSort::City;
        break;
    case OpenAmount:
        sort = CustomerSort::Open;
        break;
    default:
        return;
    }
    beginResetModel();
    m_sort = sort;
    m_descending = order == Qt::DescendingOrder;
    reload();
    endResetModel();
}

} // namespace dd
