#pragma once

#include "importers/BankReconciler.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace dd {

// The credits of bank statements as the reconciliation view lists them: proposals, with a tick
// box in the first column saying which to book; or the entries nothing was found for. Holds the
// BankMatch values the core proposed; booking them is the core's (BankReconciler::book).
class BankMatchTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Proposals, Unmatched };
    enum Column { DateColumn, AmountColumn, CounterpartyColumn, RemittanceColumn, InvoicesColumn, ScoreColumn, ReasonColumn, ColumnCount };
    // The unmatched list has no invoices and no score: its reason comes where the invoices would be.
    static constexpr int UnmatchedReasonColumn = InvoicesColumn;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit BankMatchTableModel(Kind kind, QObject *parent = nullptr);

    // Replaces the rows; the proposals made by hand or scoring at least `tickAtLeast` are ticked,
    // unless the user ticked or unticked the entry before (setEntryTicked): that choice stays.
    void setMatches(const QList<BankMatch> &matches, int tickAtLeast);
    // Ticks exactly the proposals scoring at least `score` (and those made by hand).
    void tickAtLeast(int score);
    QList<BankMatch> ticked() const;
    const BankMatch &match(int row) const { return m_matches.at(row); }
    const QList<BankMatch> &matches() const { return m_matches; }
    bool isTicked(int row) const { return m_ticked.contains(m_matches.at(row).entryId); }
    bool isEntryTicked(qint64 entryId) const { return m_ticked.contains(entryId); }
    // Ticks or unticks the entry's proposal (none listed: nothing happens).
    void setEntryTicked(qint64 entryId, bool ticked);
    // A click on a tick box asks the handler (an undoable step) instead of ticking at once.
    void setTickHandler(std::function<void(int row, bool ticked)> handler) { m_tickHandler = std::move(handler); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void tickedChanged();

private:
    Kind m_kind;
    QList<BankMatch> m_matches;
    QSet<qint64> m_ticked; // entry ids
    QHash<qint64, bool> m_chosen; // entry id -> ticked, as the user set it
    std::function<void(int row, bool ticked)> m_tickHandler;
};

} // namespace dd
