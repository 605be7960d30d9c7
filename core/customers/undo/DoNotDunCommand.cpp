#include "DoNotDunCommand.h"

#include "common/Error.h"
#include "customers/CustomerRepository.h"
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
    : StoredEditCommand(QString())
    , m_session(session)
    , m_customerId(customerId)
    , m_mark(mark)
{
    const std::optional<Customer> customer = session.customerRepository().findById(customerId);
    if (!customer)
        throw Error(tr("There is no customer with id %1.").arg(customerId));
    m_before = session.customerRepository().doNotDun(customerId);
    // The menu reads "Undo: do not dun Bakkerij Jansen".
    setText(mark ? tr("do not dun %1").arg(customer->name) : tr("dun %1 again").arg(customer->name));
}

void DoNotDunCommand::perform()
{
    // A mark the customer had already is no edit: nothing is written, and a stack drops it.
    if (changes())
        StoredEditCommand::perform();
    else
        setObsolete(true);
}

void DoNotDunCommand::store(bool after)
{
    m_session.customerRepository().setDoNotDun(m_customerId, after ? m_mark : m_before);
}

} // namespace dd
