#pragma once

#include "storage/DataChange.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <memory>

namespace dd {

class Clock;
class Database;
class DisputeService;
class AgingReport;
class BankReconciler;
class CaseAssessment;
class CourtFeeTable;
class CompanySettingsService;
class CreditNoteRepository;
class CreditNoteService;
class CsvImporter;
class CustomerContactRepository;
class CustomerListQuery;
class CustomerRepository;
class CustomerService;
class DashboardService;
class DemoDataGenerator;
class DisputeListQuery;
class DisputeReport;
class DisputeRepository;
class DisputeSettings;
class DunningRun;
class DocumentTemplates;
class DunningHistory;
class DunningSettings;
class ExchangeRateRepository;
class InterestRateTable;
class InvoiceListQuery;
class InvoiceRepository;
class LegalTableRepository;
class LetterService;
class PaymentRepository;
class PaymentService;
class ProactiveWarnings;
class ReceivablesReport;
class SettingsRepository;
class UblImporter;

// One open database and everything that works on it: the connection, the clock and as-of date,
// the acting user and the services. The program's windows and views take a Session, never the
// Database itself, and refresh when it says what changed: after every committed transaction,
// whichever code path wrote, it emits changed() and the typed signals below (Tiled's Document
// and KMyMoney's MyMoneyFile play this part in those programs).
//
// A Session belongs to the thread that opened it, as its Database does; work on another thread
// opens its own Database from location().
class Session : public QObject
{
    Q_OBJECT
public:
    // Takes over `database`; `clock` must outlive the session (the system clock by default).
    explicit Session(std::unique_ptr<Database> database, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Session() override;

    enum class Access { ReadWrite, ReadOnly };
    // Opens the database at `location` (a file path). Throws StorageError, as Database::open.
    // ReadOnly is for work on another thread that only reads (the dashboard's figures, say):
    // it opens a connection of its own that never writes.
    static std::unique_ptr<Session> open(const QString &location, Access access = Access::ReadWrite);

    // For core services and queries the session does not offer itself; views do not use it.
    Database &database() const { return *m_database; }
    // Where the database is, for work on another thread that opens its own connection.
    QString location() const;

    const Clock &clock() const { return *m_clock; }
    // Tests fix "now"; `clock` must outlive the session.
    void setClock(const Clock *clock);
    // The day lists and rules count from ("overdue", aging, dunning): today by the clock in the
    // local time zone unless fixed with setAsOf.
    QDate asOf() const;
    void setAsOf(const QDate &asOf);

    // The name written into the audit trail and the letters (ActingUser's rule).
    const QString &actingUser() const { return m_actingUser; }
    void setActingUser(const QString &displayName);

    // The case workflow, acting as actingUser() with clock(). Ask for it each time rather than
    // keeping the reference: it is made again when the user or the clock changes.
    DisputeService &disputes();

    // What views and dialogs read and write through, made when first asked for. The services
    // that act as the user or by the clock (credit notes, letters) are made again when either
    // changes, so, as with disputes(), ask each time rather than keeping the reference.
    CreditNoteService &creditNoteService();
    LetterService &letterService();
    CustomerService &customerService();
    CustomerRepository &customerRepository();
    CustomerContactRepository &customerContactRepository();
    InvoiceRepository &invoiceRepository();
    DisputeRepository &disputeRepository();
    CreditNoteRepository &creditNoteRepository();
    ExchangeRateRepository &exchangeRateRepository();
    SettingsRepository &settingsRepository();
    CompanySettingsService &companySettingsService();
    DocumentTemplates &documentTemplates();
    LegalTableRepository &legalTableRepository();
    DisputeSettings &disputeSettings();
    DunningSettings &dunningSettings();
    DunningHistory &dunningHistory();
    CsvImporter &csvImporter();
    UblImporter &ublImporter();
    DisputeReport &disputeReport();
    ReceivablesReport &receivablesReport();
    PaymentRepository &paymentRepository();
    AgingReport &aging();
    DashboardService &dashboard();
    // The cost-benefit assessment with the legal tables as they are now (the user may add periods
    // at any time, so they are read on each call), or with the tables the user chose.
    CaseAssessment caseAssessment();
    CaseAssessment caseAssessment(const InterestRateTable &rates, const CourtFeeTable &fees);
    // Bank statements and their matches; one per run, as it keeps what it proposed so far.
    BankReconciler bankReconciler();
    // Payments entered by hand (and their reversals, refunds), as actingUser() by clock(); one per use.
    PaymentService paymentService();
    // The dunning run, acting as actingUser() by `clock` (the session's when null); one per use.
    DunningRun dunningRun(const Clock *clock = nullptr);
    // Products complained about by several customers, read fresh on each call.
    ProactiveWarnings proactiveWarnings();
    // The generator of demo data for an empty database; a new one on each call.
    DemoDataGenerator demoData();
    // The long lists' queries: one per list, as each keeps the list's own filter and sort.
    std::unique_ptr<InvoiceListQuery> invoiceList();
    std::unique_ptr<CustomerListQuery> customerList();
    std::unique_ptr<DisputeListQuery> disputeList();

signals:
    // After a commit: everything it changed at once, then one typed signal per kind.
    void changed(dd::DataChanges what);
    void customersChanged();
    void invoicesChanged();
    void paymentsChanged();
    void casesChanged();
    void creditNotesChanged();
    void dunningChanged();
    void settingsChanged();
    void referenceDataChanged();
    void documentsChanged();
    void bankChanged();
    void asOfChanged(const QDate &asOf);
    void actingUserChanged(const QString &name);

private:
    void announce(DataChanges what);
    // Services that act as a user or by a clock are made again when either changes.
    void resetServices();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_systemClock;
    const Clock *m_clock = nullptr;
    QDate m_fixedAsOf;
    QString m_actingUser;
    std::unique_ptr<DisputeService> m_disputes;

    // The services and repositories (see creditNoteService()).
    template<typename T>
    T &made(std::unique_ptr<T> &slot);
    std::unique_ptr<CreditNoteService> m_creditNoteService;
    std::unique_ptr<LetterService> m_letterService;
    std::unique_ptr<CustomerService> m_customerService;
    std::unique_ptr<CustomerRepository> m_customerRepository;
    std::unique_ptr<CustomerContactRepository> m_customerContactRepository;
    std::unique_ptr<InvoiceRepository> m_invoiceRepository;
    std::unique_ptr<DisputeRepository> m_disputeRepository;
    std::unique_ptr<CreditNoteRepository> m_creditNoteRepository;
    std::unique_ptr<ExchangeRateRepository> m_exchangeRateRepository;
    std::unique_ptr<SettingsRepository> m_settingsRepository;
    std::unique_ptr<CompanySettingsService> m_companySettingsService;
    std::unique_ptr<DocumentTemplates> m_documentTemplates;
    std::unique_ptr<LegalTableRepository> m_legalTableRepository;
    std::unique_ptr<DisputeSettings> m_disputeSettings;
    std::unique_ptr<DunningSettings> m_dunningSettings;
    std::unique_ptr<DunningHistory> m_dunningHistory;
    std::unique_ptr<CsvImporter> m_csvImporter;
    std::unique_ptr<UblImporter> m_ublImporter;
    std::unique_ptr<DisputeReport> m_disputeReport;
    std::unique_ptr<ReceivablesReport> m_receivablesReport;
    std::unique_ptr<PaymentRepository> m_paymentRepository;
    std::unique_ptr<AgingReport> m_aging;
    std::unique_ptr<DashboardService> m_dashboard;
};

} // namespace dd
