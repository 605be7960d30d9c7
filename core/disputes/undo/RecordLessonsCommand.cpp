#include "RecordLessonsCommand.h"

#include "disputes/DisputeService.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::RecordLessonsCommand", text);
}
} // namespace

RecordLessonsCommand::RecordLessonsCommand(Session &session, const Dispute &dispute, const QString &what,
                                           const QString &department, const QString &action)
    : DisputeUndoCommand(session, dispute, tr("record the lessons of %1").arg(dispute.number))
    , m_what(what)
    , m_department(department)
    , m_action(action)
{
    if (dispute.step == DisputeStep::Learn && !dispute.lessonWhat.isEmpty() && !dispute.lessonDepartment.isEmpty()
        && !dispute.lessonAction.isEmpty())
        setUndoText(tr("record the earlier lessons of %1 again").arg(dispute.number));
}

void RecordLessonsCommand::apply(DisputeService &service)
{
    service.finishAndRecordLessons(disputeId(), m_what, m_department, m_action);
}

void RecordLessonsCommand::revert(DisputeService &service)
{
    service.recordLessons(disputeId(), before().lessonWhat, before().lessonDepartment, before().lessonAction);
}

} // namespace dd
