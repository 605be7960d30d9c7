#include "CustomerTableModel.h"

#include "common/UiLocale.h"
#include "session/Session.h"

namespace dd {

CustomerTableModel::CustomerTableModel(QObject *parent)
    : PagedTableModel(ColumnCount, parent)
{
}

CustomerTableModel::~CustomerTableModel() = default;

void CustomerTableModel::openQuery(Session *session)
{
    adoptQuery(m_query, session ? session->customerList() : nullptr, m_cache);
}

void CustomerTableModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    resetWith([&] { m_filterText = text; });
}

qint64 CustomerTableModel::requery()
{
    m_cache.clear();
    if (!m_query)
        return 0;
    m_query->setFilterText(m_filterText);
    m_query->setSort(m_sort, m_descending);
    if (m_countLaterFrom)
        m_query->setHeadFrom(*m_countLaterFrom);
    // A million customers filtered by a common name: the first page at once, the count after.
    if (auto head = m_query->head(m_cache.pageSize())) {
        const qint64 shown = qint64(head->size());
        m_cache.prime(0, std::move(*head));
        countOnWorker([text = m_filterText](Session &reader) {
            const auto list = reader.customerList();
            list->setFilterText(text);
            return list->totals();
        });
        return shown;
    }
    return m_query->count();
}

void CustomerTableModel::countArriving()
{
    // A first page shorter than a page was all head() read: read it again with the rest.
    if (rowCount() < m_cache.pageSize())
        m_cache.clear();
}

void CustomerTableModel::setCountLaterFrom(qint64 customers)
{
    resetWith([&] { m_countLaterFrom = customers; });
}

const CustomerListRow *CustomerTableModel::rowAt(int row) const
{
    return isRow(row) ? m_cache.row(row) : nullptr;
}

std::optional<QMap<QString, qint64>> CustomerTableModel::openCentsByCurrency() const
{
    if (!m_query)
        return QMap<QString, qint64>();
    if (!isCounted())
        return std::nullopt;
    if (workerTotals())
        return workerTotals()->openCents;
    return readOrReport([this] { return m_query->openCentsByCurrency(); });
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
        return alignment(index.column());
    case CustomerIdRole:
        return customer->id;
    default:
        return QVariant();
    }
}

bool CustomerTableModel::isRightAligned(int column) const
{
    return column == PaymentTerms || column == OpenInvoices || column == OpenAmount;
}

QVariant CustomerTableModel::columnTitle(int column) const
{
    switch (column) {
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
    resetWith([&] {
        m_sort = sort;
        m_descending = order == Qt::DescendingOrder;
    });
}

} // namespace dd
