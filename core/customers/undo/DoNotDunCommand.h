#pragma once

#include "session/StoredEditCommand.h"

namespace dd {

class Session;

// Marks a customer "do not dun" or lifts the mark, through CustomerRepository (one transaction
// that tells the session the customers and the dunning run changed). Undo puts back the mark
// the customer had before, redo sets it again: both are the same stored flag, so nothing else
// stays behind.
class DoNotDunCommand : public StoredEditCommand
{
public:
    // Reads the customer's name and present mark; throws dd::Error when there is no such customer.
    DoNotDunCommand(Session &session, qint64 customerId, bool mark);

    qint64 customerId() const { return m_customerId; }
    bool mark() const { return m_mark; }
    // False when the customer already had the mark: nothing to do, nothing to keep on a stack.
    bool changes() const { return m_mark != m_before; }

    // Makes the edit the first time (nothing when the mark is there already); throws dd::Error,
    // having changed nothing, when refused.
    void perform() override;

private:
    void store(bool after) override;

    Session &m_session;
    const qint64 m_customerId;
    const bool m_mark;
    bool m_before = false;
};

} // namespace dd
