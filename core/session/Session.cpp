#include "Session.h"

#include "ActingUser.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "storage/Database.h"

namespace dd {

Session::Session(std::unique_ptr<Database> database, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_systemClock(std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_systemClock.get())
    , m_actingUser(ActingUser::resolve())
{
    m_database->setChangeListener([this](DataChanges what) { announce(what); });
}

Session::~Session()
{
    m_database->setChangeListener({});
}

std::unique_ptr<Session> Session::open(const QString &location, Access access)
{
    return std::make_unique<Session>(
        Database::open(location, access == Access::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite));
}

QString Session::location() const
{
    return m_database->path();
}

void Session::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_systemClock.get();
    resetServices();
}

QDate Session::asOf() const
{
    return m_fixedAsOf.isValid() ? m_fixedAsOf : m_clock->now().toLocalTime().date();
}

void Session::setAsOf(const QDate &asOf)
{
    if (asOf == m_fixedAsOf)
        return;
    m_fixedAsOf = asOf;
    emit asOfChanged(this->asOf());
}

void Session::setActingUser(const QString &displayName)
{
    const QString name = ActingUser::resolve(displayName);
    if (name == m_actingUser)
        return;
    m_actingUser = name;
    resetServices();
    emit actingUserChanged(name);
}

DisputeService &Session::disputes()
{
    if (!m_disputes)
        m_disputes = std::make_unique<DisputeService>(*m_database, *m_clock, m_actingUser);
    return *m_disputes;
}

void Session::resetServices()
{
    m_disputes.reset();
}

void Session::announce(DataChanges what)
{
    emit changed(what);
    const struct {
        DataChange change;
        void (Session::*signal)();
    } typed[] = {
        {DataChange::Customers, &Session::customersChanged},
        {DataChange::Invoices, &Session::invoicesChanged},
        {DataChange::Payments, &Session::paymentsChanged},
        {DataChange::Cases, &Session::casesChanged},
        {DataChange::CreditNotes, &Session::creditNotesChanged},
        {DataChange::Dunning, &Session::dunningChanged},
        {DataChange::Settings, &Session::settingsChanged},
        {DataChange::ReferenceData, &Session::referenceDataChanged},
        {DataChange::Documents, &Session::documentsChanged},
        {DataChange::Bank, &Session::bankChanged},
    };
    for (const auto &entry : typed) {
        if (what.testFlag(entry.change))
            emit(this->*entry.signal)();
    }
}

} // namespace dd
