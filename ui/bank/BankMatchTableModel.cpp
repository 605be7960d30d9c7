#include "bank/BankMatchTableModel.h"

#include "common/UiLocale.h"

#include <QColor>
#include <QFont>

namespace dd {

BankMatchTableModel::BankMatchTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void BankMatchTableModel::setMatches(const QList<BankMatch> &matches, int tickAtLeast)
{
    beginResetModel();
    m_matches = matches;
    m_ticked.clear();
    QHash<qint64, bool> chosen;
    if (m_kind == Kind::Proposals) {
        for (const BankMatch &match : std::as_const(m_matches)) {
            // A tick the user set or removed stays as they left it while the entry waits: a
            // reload (a save elsewhere, a booking of other entries) must never book an entry the
            // user left out.
            const auto choice = m_chosen.constFind(match.entryId);
            if (choice != m_chosen.constEnd())
                chosen.insert(match.entryId, *choice);
            const bool tick = choice != m_chosen.constEnd() ? *choice : (match.byHand || match.score >= tickAtLeast);
            if (tick)
                m_ticked.insert(match.entryId);
        }
    }
    m_chosen = chosen; // choices for entries booked or gone are forgotten
    endResetModel();
    emit tickedChanged();
}

void BankMatchTableModel::tickAtLeast(int score)
{
    if (m_kind != Kind::Proposals || m_matches.isEmpty())
        return;
    // Ticking by score is the user's new choice for every entry.
    m_chosen.clear();
    m_ticked.clear();
    for (const BankMatch &match : std::as_const(m_matches)) {
        if (match.byHand || match.score >= score)
            m_ticked.insert(match.entryId);
    }
    emit dataChanged(index(0, DateColumn), index(rowCount() - 1, DateColumn), {Qt::CheckStateRole});
    emit tickedChanged();
}

QList<BankMatch> BankMatchTableModel::ticked() const
{
    QList<BankMatch> result;
    for (const BankMatch &match : m_matches) {
        if (m_ticked.contains(match.entryId))
            result << match;
    }
    return result;
}

int BankMatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int BankMatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_kind == Kind::Proposals ? int(ColumnCount) : UnmatchedReasonColumn + 1);
}

QVariant BankMatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.size())
        return {};
    const BankMatch &match = m_matches.at(index.row());
    const BankTransaction &t = match.transaction;
    const int column = m_kind == Kind::Proposals || index.column() < UnmatchedReasonColumn ? index.column() : ReasonColumn;
    if (role == Qt::CheckStateRole && column == DateColumn && m_kind == Kind::Proposals)
        return m_ticked.contains(match.entryId) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (column == AmountColumn || column == ScoreColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case CounterpartyColumn:
            return t.debtorIban.isEmpty() ? t.debtorName : tr("%1\nIBAN %2").arg(t.debtorName, t.debtorIban);
        case RemittanceColumn:
            return t.remittance;
        case ReasonColumn:
            return match.reason;
        default:
            return tr("Statement %1, entry %2").arg(t.statementId, t.entryRef);
        }
    }
    if (role == Qt::ForegroundRole && column == ScoreColumn && !match.byHand && match.score < 70)
        return QColor(0xa0, 0x50, 0x00);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case DateColumn:
        return role == SortRole ? QVariant(IsoDate::format(t.bookingDate))
                                : QVariant(UiLocale::formatDate(t.bookingDate));
    case AmountColumn:
        return role == SortRole ? QVariant(t.amount.cents()) : QVariant(UiLocale::formatMoney(t.amount));
    case CounterpartyColumn:
        return t.debtorName.isEmpty() ? t.debtorIban : t.debtorName;
    case RemittanceColumn:
        return t.remittance.simplified();
    case InvoicesColumn: {
        QStringList numbers;
        for (const MatchedInvoice &allocation : match.allocations)
            numbers << (match.allocations.size() == 1 || allocation.amount == t.amount
                            ? allocation.number
                            : tr("%1 (%2)").arg(allocation.number, UiLocale::formatMoney(allocation.amount)));
        const QString invoices = numbers.join(QStringLiteral(", "));
        return match.customerNumber.isEmpty() ? invoices : tr("%1 — customer %2").arg(invoices, match.customerNumber);
    }
    case ScoreColumn:
        return role == SortRole || !match.byHand ? QVariant(match.score) : QVariant(tr("by hand"));
    case ReasonColumn:
        return match.reason;
    default:
        return {};
    }
}

bool BankMatchTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != DateColumn || m_kind != Kind::Proposals)
        return false;
    const bool tick = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (m_tickHandler)
        m_tickHandler(index.row(), tick);
    else
        setEntryTicked(m_matches.at(index.row()).entryId, tick);
    return true;
}

void BankMatchTableModel::setEntryTicked(qint64 entryId, bool ticked)
{
    for (int row = 0; row < m_matches.size(); ++row) {
        if (m_matches.at(row).entryId != entryId)
            continue;
        if (ticked)
            m_ticked.insert(entryId);
        else
            m_ticked.remove(entryId);
        m_chosen.insert(entryId, ticked);
        const QModelIndex cell = index(row, DateColumn);
        emit dataChanged(cell, cell, {Qt::CheckStateRole});
        emit tickedChanged();
        return;
    }
}

Qt::ItemFlags BankMatchTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_kind == Kind::Proposals && index.column() == DateColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant BankMatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const int column = m_kind == Kind::Proposals || section < UnmatchedReasonColumn ? section : ReasonColumn;
    switch (column) {
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return tr("Amount");
    case CounterpartyColumn:
        return tr("Counterparty");
    case RemittanceColumn:
        return tr("Remittance information");
    case InvoicesColumn:
        return tr("Proposed invoices");
    case ScoreColumn:
        return tr("Score");
    case ReasonColumn:
        return m_kind == Kind::Proposals ? tr("Why") : tr("Why not matched");
    default:
        return {};
    }
}

} // namespace dd
