#include "DisputeTableModel.h"

#include "common/UiLocale.h"
#include "session/Session.h"
#include "disputes/ReasonTaxonomy.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dd {

namespace {
const QColor overdueText(0xA6, 0x1B, 0x1B);
const QColor closedText(0x5F, 0x6B, 0x76);
} // namespace

DisputeTableModel::DisputeTableModel(QObject *parent)
    : PagedTableModel(ColumnCount, parent)
    , m_asOf(QDate::currentDate())
{
    m_filter.asOf = IsoDate::fromQDate(m_asOf);
}

DisputeTableModel::~DisputeTableModel() = default;

void DisputeTableModel::openQuery(Session *session)
{
    adoptQuery(m_query, session ? session->disputeList() : nullptr, m_cache);
}

void DisputeTableModel::setFilter(const DisputeFilter &filter)
{
    resetWith([&] {
        m_filter = filter;
        m_filter.asOf = IsoDate::fromQDate(m_asOf);
    });
}

void DisputeTableModel::setAsOf(const QDate &asOf)
{
    resetWith([&] {
        m_asOf = asOf;
        m_filter.asOf = IsoDate::fromQDate(asOf);
    });
}

qint64 DisputeTableModel::requery()
{
    m_cache.clear();
    if (!m_query)
        return 0;
    m_query->setFilter(m_filter);
    m_query->setSort(m_sort, m_descending);
    return m_query->count();
}

const DisputeListRow *DisputeTableModel::rowAt(int row) const
{
    return isRow(row) ? m_cache.row(row) : nullptr;
}

bool DisputeTableModel::isOverdue(const DisputeListRow &row) const
{
    // The same rule as Dispute::isResponseOverdue and the query's filter.
    return row.answeredOn.is_special() && !row.promisedOn.is_special() && m_filter.asOf > row.promisedOn
           && row.step != DisputeStep::Closed;
}

QMap<QString, qint64> DisputeTableModel::disputedCentsByCurrency() const
{
    if (!m_query)
        return {};
    return readOrReport([this] { return m_query->disputedCentsByCurrency(); });
}

qint64 DisputeTableModel::disputeIdAt(int row) const
{
    const DisputeListRow *dispute = rowAt(row);
    return dispute ? dispute->id : 0;
}

bool DisputeTableModel::isSortable(int column)
{
    return column != Reason && column != Assignee && column >= Number && column < ColumnCount;
}

QVariant DisputeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DisputeListRow *dispute = rowAt(index.row());
    if (!dispute)
        return QVariant();
    const bool overdue = isOverdue(*dispute);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return dispute->number;
        case Customer:
            return dispute->customerName;
        case Reason: {
            const auto reason = ReasonTaxonomy::find(dispute->reasonCode);
            return reason ? reason->name : dispute->reasonCode;
        }
        case Step:
            if (dispute->step == DisputeStep::Closed && dispute->outcome != Outcome::None)
                return tr("Closed: %1").arg(DisputeCodes::outcomeName(dispute->outcome));
            return DisputeCodes::stepName(dispute->step);
        case Received:
            return UiLocale::formatDate(dispute->receivedOn);
        case Promised:
            return overdue ? tr("%1 · overdue").arg(UiLocale::formatDate(dispute->promisedOn))
                           : UiLocale::formatDate(dispute->promisedOn);
        case Disputed:
            return UiLocale::formatMoney(dispute->disputed);
        case Assignee:
            return dispute->assignee;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return QStringLiteral("%1 %2").arg(dispute->customerNumber, dispute->customerName);
        if (index.column() == Promised && overdue)
            return tr("No answer yet; the customer was promised one by %1.").arg(UiLocale::formatDate(dispute->promisedOn));
        return QVariant();
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Promised || index.column() == Number))
            return QBrush(overdueText);
        if (dispute->step == DisputeStep::Closed)
            return QBrush(closedText);
        return QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == Promised) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case DisputeIdRole:
        return dispute->id;
    case OverdueRole:
        return overdue;
    case StepCodeRole:
        return DisputeCodes::step(dispute->step);
    default:
        return QVariant();
    }
}

bool DisputeTableModel::isRightAligned(int column) const
{
    return column == Disputed;
}

QVariant DisputeTableModel::columnTitle(int column) const
{
    switch (column) {
    case Number:
        return tr("Case");
    case Customer:
        return tr("Customer");
    case Reason:
        return tr("Reason");
    case Step:
        return tr("Step");
    case Received:
        return tr("Received");
    case Promised:
        return tr("Answer promised");
    case Disputed:
        return tr("Disputed");
    case Assignee:
        return tr("Assignee");
    }
    return QVariant();
}

void DisputeTableModel::sort(int column, Qt::SortOrder order)
{
    DisputeSort sort = DisputeSort::Number;
    switch (column) {
    case Number:
        sort = DisputeSort::Number;
        break;
    case Customer:
        sort = DisputeSort::Customer;
        break;
    case Step:
        sort = DisputeSort::Step;
        break;
    case Received:
        sort = DisputeSort::Received;
        break;
    case Promised:
        sort = DisputeSort::Promised;
        break;
    case Disputed:
        sort = DisputeSort::Disputed;
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
