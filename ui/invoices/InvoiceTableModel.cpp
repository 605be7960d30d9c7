#include "InvoiceTableModel.h"

#include "calendar/DueDates.h"
#include "common/UiLocale.h"
#include "session/Session.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dd {

namespace {
const QColor overdueText(0xA6, 0x1B, 0x1B);
const QColor paidText(0x5F, 0x6B, 0x76);
const QColor heldText(0x8A, 0x55, 0x00);
} // namespace

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : PagedTableModel(ColumnCount, parent)
{
    m_filter.asOf = IsoDate::fromQDate(m_asOf);
}

InvoiceTableModel::~InvoiceTableModel() = default;

void InvoiceTableModel::setCountLaterFrom(qint64 invoices)
{
    resetWith([&] { m_countLaterFrom = invoices; });
}

void InvoiceTableModel::openQuery(Session *session)
{
    adoptQuery(m_query, session ? session->invoiceList() : nullptr, m_cache);
}

void InvoiceTableModel::setFilterText(const QString &text)
{
    if (text == m_filter.text)
        return;
    resetWith([&] { m_filter.text = text; });
}

void InvoiceTableModel::setCustomerFilter(qint64 customerId)
{
    if (customerId == m_filter.customerId)
        return;
    resetWith([&] { m_filter.customerId = customerId; });
}

void InvoiceTableModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_filter.overdueOnly)
        return;
    resetWith([&] { m_filter.overdueOnly = overdueOnly; });
}

void InvoiceTableModel::setAsOf(const QDate &asOf)
{
    resetWith([&] {
        m_asOf = asOf;
        m_filter.asOf = IsoDate::fromQDate(asOf);
    });
}

void InvoiceTableModel::refresh()
{
    resetWith([this] {
        if (m_query)
            m_query->refresh();
    });
}

qint64 InvoiceTableModel::requery()
{
    m_cache.clear();
    if (!m_query)
        return 0;
    m_query->setFilter(m_filter);
    m_query->setSort(m_sort, m_descending);
    if (m_countLaterFrom)
        m_query->setHeadFrom(*m_countLaterFrom);
    // On a long list the first page is shown at once and the count follows: counting ten million
    // invoices on a server, or the 289,091 a filter lets through, takes a second or more.
    if (auto head = m_query->head(m_cache.pageSize())) {
        const qint64 shown = qint64(head->size());
        m_cache.prime(0, std::move(*head));
        countOnWorker([filter = m_filter](Session &reader) {
            const auto list = reader.invoiceList();
            list->setFilter(filter);
            // Unfiltered, the status bar takes the open amounts from the whole ledger.
            return filter.isEmpty() ? ListTotals{list->count(), {}} : list->totals();
        });
        return shown;
    }
    return m_query->count();
}

void InvoiceTableModel::countArriving()
{
    // A first page shorter than a page was all head() read: read it again with the rest.
    if (rowCount() < m_cache.pageSize())
        m_cache.clear();
}

std::optional<QMap<QString, qint64>> InvoiceTableModel::openCentsByCurrency() const
{
    if (!m_query)
        return QMap<QString, qint64>();
    if (!isCounted())
        return std::nullopt;
    if (workerTotals())
        return workerTotals()->openCents;
    return readOrReport([this] { return m_query->openCentsByCurrency(); });
}

const InvoiceListRow *InvoiceTableModel::rowAt(int row) const
{
    return isRow(row) ? m_cache.row(row) : nullptr;
}

qint64 InvoiceTableModel::invoiceIdAt(int row) const
{
    const InvoiceListRow *invoice = rowAt(row);
    return invoice ? invoice->id : 0;
}

QString InvoiceTableModel::openDisputeAt(int row) const
{
    const InvoiceListRow *invoice = rowAt(row);
    return invoice ? invoice->openDispute : QString();
}

bool InvoiceTableModel::isSortable(int column)
{
    return column >= Number && column <= DaysOverdue && column != Status;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const InvoiceListRow *invoice = rowAt(index.row());
    if (!invoice)
        return QVariant();
    const Date asOf = m_filter.asOf;
    const int daysOverdue = invoice->paidCents < invoice->totalCents ? DueDates::daysOverdue(invoice->dueDate, asOf) : 0;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return invoice->number;
        case Customer:
            return invoice->customerName;
        case IssueDate:
            return UiLocale::formatDate(invoice->issueDate);
        case DueDate:
            return UiLocale::formatDate(invoice->dueDate);
        case Total:
            return UiLocale::formatMoney(invoice->total());
        case Open:
            return UiLocale::formatMoney(invoice->open());
        case Status:
            // A disputed invoice is on dunning hold, whatever else is true of it.
            if (!invoice->openDispute.isEmpty())
                return tr("Disputed, on hold");
            switch (invoice->status()) {
            case InvoiceStatus::Open:
                return daysOverdue > 0 ? tr("Overdue") : tr("Open");
            case InvoiceStatus::PartlyPaid:
                return daysOverdue > 0 ? tr("Partly paid, overdue") : tr("Partly paid");
            case InvoiceStatus::Paid:
                return tr("Paid");
            case InvoiceStatus::Credited:
                return tr("Credited");
            }
            return QVariant();
        case DaysOverdue:
            return daysOverdue > 0 ? QVariant(UiLocale::formatCount(daysOverdue)) : QVariant();
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return QStringLiteral("%1 %2").arg(invoice->customerNumber, invoice->customerName);
        if (index.column() == Status && !invoice->openDispute.isEmpty())
            return tr("On dunning hold: disputed in case %1").arg(invoice->openDispute);
        return QVariant();
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::ForegroundRole:
        if (daysOverdue > 0 && (index.column() == DueDate || index.column() == Open || index.column() == Status
                                || index.column() == DaysOverdue))
            return QBrush(overdueText);
        if (!invoice->openDispute.isEmpty() && index.column() == Status)
            return QBrush(heldText);
        if (invoice->status() == InvoiceStatus::Paid && index.column() == Status)
            return QBrush(paidText);
        return QVariant();
    case Qt::FontRole:
        if (daysOverdue > 0 && index.column() == DaysOverdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case InvoiceIdRole:
        return invoice->id;
    case OverdueRole:
        return daysOverdue > 0;
    case OpenDisputeRole:
        return invoice->openDispute;
    case SortValueRole:
        switch (index.column()) {
        case Total:
            return invoice->totalCents;
        case Open:
            return invoice->totalCents - invoice->paidCents;
        case DaysOverdue:
            return daysOverdue;
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

bool InvoiceTableModel::isRightAligned(int column) const
{
    return column == Total || column == Open || column == DaysOverdue;
}

QVariant InvoiceTableModel::columnTitle(int column) const
{
    switch (column) {
    case Number:
        return tr("Invoice");
    case Customer:
        return tr("Customer");
    case IssueDate:
        return tr("Invoice date");
    case DueDate:
        return tr("Due date");
    case Total:
        return tr("Total");
    case Open:
        return tr("Open");
    case Status:
        return tr("Status");
    case DaysOverdue:
        return tr("Days overdue");
    }
    return QVariant();
}

void InvoiceTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const bool descending = order == Qt::DescendingOrder;
    InvoiceSort sort = InvoiceSort::Number;
    bool flip = false;
    switch (column) {
    case Number:
        sort = InvoiceSort::Number;
        break;
    case Customer:
        sort = InvoiceSort::Customer;
        break;
    case IssueDate:
        sort = InvoiceSort::IssueDate;
        break;
    case DueDate:
        sort = InvoiceSort::DueDate;
        break;
    case Total:
        sort = InvoiceSort::Total;
        break;
    case Open:
        sort = InvoiceSort::Open;
        break;
    case DaysOverdue:
        // Most days overdue is the earliest due date: the same index, the other way round.
        sort = InvoiceSort::DueDate;
        flip = true;
        break;
    default:
        return;
    }
    resetWith([&] {
        m_sort = sort;
        m_descending = flip ? !descending : descending;
    });
}

} // namespace dd
