#pragma once

#include "importers/BankReconciler.h"

#include <optional>

namespace dd {

// What the user decides about the bank's credits before booking them: which proposals are
// ticked (booked together) and which invoices an entry pays when the user names them. Nothing
// of it is stored until booking, so its undo commands (IncludeMatchCommand, MatchByHandCommand)
// act on whoever keeps it: the Bank area, or a test without widgets.
class BankMatchEdits
{
public:
    virtual ~BankMatchEdits() = default;

    virtual bool isIncluded(qint64 entryId) const = 0;
    virtual void setIncluded(qint64 entryId, bool included) = 0;
    // The match the user made for the entry; nullopt: the reconciler's proposal, if any.
    virtual std::optional<BankMatch> byHand(qint64 entryId) const = 0;
    virtual void setByHand(qint64 entryId, const std::optional<BankMatch> &match) = 0;

    // What the user confirms before `count` ticked entries are booked: booking is not one of
    // these edits, and only a reversal on a later statement takes a booked payment back.
    static QString bookingQuestion(int count);
    // "F-1001, F-1002": the invoices the match pays.
    static QString invoiceNumbers(const BankMatch &match);
    // "€12.50 from Bakkerij Jansen", how the commands name an entry.
    static QString entryLabel(const BankMatch &match, NumberStyle style);
};

} // namespace dd
