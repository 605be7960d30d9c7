#pragma once

#include "DisputeUndoCommand.h"

namespace dd {

// Credits the justified part. Final: the credit note is issued and cannot be taken back.
class CreditCommand : public DisputeUndoCommand
{
public:
    // `customerReason`: the reason the credit note prints (DisputeService::credit).
    CreditCommand(Session &session, const Dispute &dispute, const QString &note, const QString &customerReason = QString());
    static QString notice();

protected:
    void apply(DisputeService &service) override;

private:
    const QString m_note;
    const QString m_customerReason;
};

} // namespace dd
