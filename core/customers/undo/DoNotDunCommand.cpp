#include "DoNotDunCommand.h"

#include "common/Error.h"
#include "customers/CustomerRepository.h"
#include "dunning/DunningSettings.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::DoNotDunCommand", text);
}
} // namespace

DoNotDunCommand::DoNotDunCommand(Session &session, qint64 customerId, bool mark)
    : m_session(session)
    , m_customerId(customerId)
    , m_mark(mark)
{
    const std::optional<Customer> customer = CustomerRepository(session.database()).findById(customerId);
    if (!customer)
        throw Error(tr("There is no customer with id %1.").arg(customerId));
    m_before = DunningSettings(session.database()).doNotDun(customerId);
    // The menu reads "Undo: do not dun Bakkerij Jansen".
    setText(mark ? tr("do not dun %1").arg(customer->name) : tr("dun %1 again").arg(customer->name));
}

void DoNotDunCommand::perform()
{
    if (changes())
        store(m_mark);
    m_performed = true;
    // A mark the customer had already is no edit: the stack does not keep it.
    setObsolete(!changes());
}

void DoNotDunCommand::redo()
{
    // QUndoStack::push calls redo: the edit was made already by perform().
    if (m_performed) {
        m_performed = false;
        return;
    }
    attempt(m_mark);
}

void DoNotDunCommand::undo()
{
    attempt(m_before);
}

void DoNotDunCommand::attempt(bool mark)
{
    try {
        store(mark);
    } catch (const Error &error) {
        // The mark stays as it is stored; this step no longer applies and leaves the stack.
        setObsolete(true);
        if (m_observer)
            m_observer(error.message());
    }
}

void DoNotDunCommand::store(bool mark)
{
    DunningSettings(m_session.database()).setDoNotDun(m_customerId, mark);
}

} // namespace dd
