#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Records what the case teaches (finishing the resolution first when the case is still at
// Resolve). Lessons recorded before can be put back, as a new recorded edit; a first record
// cannot be taken away, since nothing is deleted: that edit is final.
class RecordLessonsCommand : public DisputeUndoCommand
{
public:
    RecordLessonsCommand(Session &session, const Dispute &dispute, const QString &what, const QString &department,
                         const QString &action);

protected:
    void apply(DisputeService &service) override;
    void revert(DisputeService &service) override;

private:
    const QString m_what;
    const QString m_department;
    const QString m_action;
};

} // namespace dd
