#include "Session.h"

#include "ActingUser.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "storage/Database.h"

#include "creditnotes/CreditNoteRepository.h"
#include "creditnotes/CreditNoteService.h"
#include "customers/CustomerContactRepository.h"
#include "customers/CustomerListQuery.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"
#include "demo/DemoDataGenerator.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeSettings.h"
#include "documents/CompanySettingsService.h"
#include "documents/DocumentTemplates.h"
#include "documents/LetterService.h"
#include "documents/SettingsRepository.h"
#include "disputes/ProactiveWarnings.h"
#include "dunning/DunningHistory.h"
#include "dunning/DunningRun.h"
#include "dunning/DunningSettings.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "importers/BankReconciler.h"
#include "importers/CsvImporter.h"
#include "importers/UblImporter.h"
#include "payments/PaymentService.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceRepository.h"
#include "legal/CaseAssessment.h"
#include "legal/LegalTableRepository.h"
#include "payments/PaymentRepository.h"
#include "receivables/AgingReport.h"
#include "reports/DashboardService.h"
#include "reports/DisputeReport.h"
#include "reports/ReceivablesReport.h"

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

void Session::resetServices()
{
    m_disputes.reset();
    m_creditNoteService.reset();
    m_letterService.reset();
}

// The services and repositories that keep nothing but the connection: one of each serves the
// session's lifetime.
template<typename T>
T &Session::made(std::unique_ptr<T> &slot)
{
    if (!slot)
        slot = std::make_unique<T>(*m_database);
    return *slot;
}

CreditNoteService &Session::creditNoteService()
{
    if (!m_creditNoteService)
        m_creditNoteService = std::make_unique<CreditNoteService>(*m_database, *m_clock, m_actingUser);
    return *m_creditNoteService;
}

PaymentService Session::paymentService()
{
    return PaymentService(*m_database, *m_clock, m_actingUser);
}

LetterService &Session::letterService()
{
    if (!m_letterService)
        m_letterService = std::make_unique<LetterService>(*m_database, *m_clock, m_actingUser);
    return *m_letterService;
}

CustomerService &Session::customerService() { return made(m_customerService); }
CustomerRepository &Session::customerRepository() { return made(m_customerRepository); }
CustomerContactRepository &Session::customerContactRepository() { return made(m_customerContactRepository); }
InvoiceRepository &Session::invoiceRepository() { return made(m_invoiceRepository); }
DisputeRepository &Session::disputeRepository() { return made(m_disputeRepository); }
CreditNoteRepository &Session::creditNoteRepository() { return made(m_creditNoteRepository); }
ExchangeRateRepository &Session::exchangeRateRepository() { return made(m_exchangeRateRepository); }
SettingsRepository &Session::settingsRepository() { return made(m_settingsRepository); }
CompanySettingsService &Session::companySettingsService() { return made(m_companySettingsService); }
DocumentTemplates &Session::documentTemplates() { return made(m_documentTemplates); }
LegalTableRepository &Session::legalTableRepository() { return made(m_legalTableRepository); }
DisputeSettings &Session::disputeSettings() { return made(m_disputeSettings); }
DunningSettings &Session::dunningSettings() { return made(m_dunningSettings); }
DunningHistory &Session::dunningHistory() { return made(m_dunningHistory); }
CsvImporter &Session::csvImporter() { return made(m_csvImporter); }
UblImporter &Session::ublImporter() { return made(m_ublImporter); }
DisputeReport &Session::disputeReport() { return made(m_disputeReport); }
ReceivablesReport &Session::receivablesReport() { return made(m_receivablesReport); }
PaymentRepository &Session::paymentRepository() { return made(m_paymentRepository); }
AgingReport &Session::aging() { return made(m_aging); }
DashboardService &Session::dashboard() { return made(m_dashboard); }

CaseAssessment Session::caseAssessment()
{
    LegalTableRepository &tables = legalTableRepository();
    return CaseAssessment(*m_database, tables.interestRates(), tables.courtFees());
}

BankReconciler Session::bankReconciler()
{
    return BankReconciler(*m_database);
}

DunningRun Session::dunningRun(const Clock *clock)
{
    return DunningRun(*m_database, clock ? *clock : *m_clock, m_actingUser);
}

ProactiveWarnings Session::proactiveWarnings()
{
    return ProactiveWarnings(*m_database);
}

DemoDataGenerator Session::demoData()
{
    return DemoDataGenerator(*m_database);
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

CaseAssessment Session::caseAssessment(const InterestRateTable &rates, const CourtFeeTable &fees)
{
    return CaseAssessment(*m_database, rates, fees);
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
