#include "Session.h"

#include "ActingUser.h"
#include "common/Clock.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerListQuery.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/DisputeService.h"
#include "importers/BankReconciler.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceRepository.h"
#include "legal/CaseAssessment.h"
#include "legal/LegalTableRepository.h"
#include "payments/PaymentRepository.h"
#include "receivables/AgingReport.h"
#include "reports/DashboardService.h"
#include "reports/DisputeReport.h"
#include "storage/Database.h"

namespace dd {

namespace {
// The object in `slot`, made over `database` the first time it is asked for.
template<typename T>
T &made(std::unique_ptr<T> &slot, Database &database)
{
    if (!slot)
        slot = std::make_unique<T>(database);
    return *slot;
}
} // namespace

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
    const QDate before = asOf();
    m_clock = clock ? clock : m_systemClock.get();
    resetServices();
    // Views that count from the as-of date follow asOfChanged only, whatever moved it.
    if (asOf() != before)
        emit asOfChanged(asOf());
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

CreditNoteService &Session::creditNotes()
{
    if (!m_creditNotes)
        m_creditNotes = std::make_unique<CreditNoteService>(*m_database, *m_clock, m_actingUser);
    return *m_creditNotes;
}

AgingReport &Session::aging()
{
    return made(m_aging, *m_database);
}

DashboardService &Session::dashboard()
{
    return made(m_dashboard, *m_database);
}

DisputeReport &Session::disputeReport()
{
    return made(m_disputeReport, *m_database);
}

InvoiceRepository &Session::invoices()
{
    return made(m_invoices, *m_database);
}

CustomerRepository &Session::customers()
{
    return made(m_customers, *m_database);
}

PaymentRepository &Session::payments()
{
    return made(m_payments, *m_database);
}

CaseAssessment Session::caseAssessment()
{
    const LegalTableRepository tables(*m_database);
    return CaseAssessment(*m_database, tables.interestRates(), tables.courtFees());
}

BankReconciler Session::bankReconciler()
{
    return BankReconciler(*m_database);
}

std::unique_ptr<InvoiceListQuery> Session::invoiceList()
{
    return std::make_unique<InvoiceListQuery>(*m_database);
}

std::unique_ptr<CustomerListQuery> Session::customerList()
{
    return std::make_unique<CustomerListQuery>(*m_database);
}

std::unique_ptr<DisputeListQuery> Session::disputeList()
{
    return std::make_unique<DisputeListQuery>(*m_database);
}

void Session::resetServices()
{
    m_disputes.reset();
    m_creditNotes.reset();
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
