#pragma once

#include <QFlags>

namespace dd {

// What a committed transaction changed, in the terms the lists and views of the program refresh
// by. Every Transaction names what it changes; when the outermost one commits, the Database tells
// its change listener (the Session, which turns it into signals), so a view shows the new state
// whichever code path made the edit.
enum class DataChange : unsigned {
    Customers = 1u << 0, // customers, their contacts, do-not-dun, Peppol ids
    Invoices = 1u << 1, // invoices and their lines, open amounts
    Payments = 1u << 2, // payments, allocations, opening balances
    Cases = 1u << 3, // dispute cases, findings, contact log, holds
    CreditNotes = 1u << 4,
    Dunning = 1u << 5, // dunning runs, letters, dunning settings
    Settings = 1u << 6, // company settings, templates, dispute rules
    ReferenceData = 1u << 7, // legal tables, exchange rates, products
    Documents = 1u << 8, // case letters and stored documents
    Bank = 1u << 9, // bank statements and their entries
};
Q_DECLARE_FLAGS(DataChanges, DataChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataChanges)

} // namespace dd
