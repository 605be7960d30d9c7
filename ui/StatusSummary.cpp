#include "StatusSummary.h"

#include "MainWindow.h"
#include "common/Error.h"
#include "common/UiLocale.h"
#include "common/ViewRefresh.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceTableModel.h"
#include "session/Session.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace dd {

// The texts are translated under the main window's context, where the catalogues have them.
StatusSummary::StatusSummary(QStatusBar *bar, InvoiceTableModel *invoices, CustomerTableModel *customers, QWidget *window)
    : QObject(window)
    , m_invoices(invoices)
    , m_customers(customers)
    , m_refresh(new ViewRefresh(window, [this] {
        countTotals();
        update();
        updateOpenTotals();
    }))
    , m_counts(new QLabel(bar))
    , m_open(new QLabel(bar))
    , m_file(new QLabel(bar))
{
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_open->setObjectName(QStringLiteral("statusOpen"));
    m_file->setObjectName(QStringLiteral("statusFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_counts);
    bar->addWidget(m_open, 1);
    bar->addPermanentWidget(m_file);
}

void StatusSummary::setSession(Session *session)
{
    m_session = session;
    m_refresh->follow(session, DataChange::Invoices | DataChange::Customers);
    countTotals();
}

bool StatusSummary::isEmptyDatabase() const
{
    return m_session && m_totalCustomers == 0;
}

void StatusSummary::countTotals()
{
    try {
        m_totalInvoices = m_session ? InvoiceRepository(m_session->database()).count() : 0;
        m_totalCustomers = m_session ? CustomerRepository(m_session->database()).count() : 0;
    } catch (const Error &error) {
        emit loadFailed(error.message());
    }
    emit totalsCounted();
}

void StatusSummary::update()
{
    if (!m_session) {
        m_counts->setText(MainWindow::tr("No database open"));
        m_open->clear();
        m_file->clear();
        return;
    }
    const bool invoicesFiltered = m_invoices->rowCount() != m_totalInvoices;
    const bool customersFiltered = m_customers->rowCount() != m_totalCustomers;
    const QString invoices = invoicesFiltered ? MainWindow::tr("Invoices: %1 of %2")
                                                    .arg(UiLocale::formatCount(m_invoices->rowCount()),
                                                         UiLocale::formatCount(m_totalInvoices))
                                              : MainWindow::tr("Invoices: %1").arg(UiLocale::formatCount(m_totalInvoices));
    const QString customers = customersFiltered ? MainWindow::tr("Customers: %1 of %2")
                                                      .arg(UiLocale::formatCount(m_customers->rowCount()),
                                                           UiLocale::formatCount(m_totalCustomers))
                                                : MainWindow::tr("Customers: %1").arg(UiLocale::formatCount(m_totalCustomers));
    m_counts->setText(invoices + QStringLiteral("   ·   ") + customers);
    m_file->setText(QDir::toNativeSeparators(m_session->location()));
}

void StatusSummary::updateOpenTotals()
{
    if (!m_session) {
        m_open->clear();
        return;
    }
    const QMap<QString, qint64> open = m_invoices->openCentsByCurrency();
    QStringList amounts;
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        amounts << UiLocale::formatMoney(it.value(), it.key());
    const QString text = amounts.isEmpty() ? MainWindow::tr("Nothing outstanding") : amounts.join(QStringLiteral("  ·  "));
    m_open->setText(QStringLiteral("   ·   ") + MainWindow::tr("Outstanding: %1").arg(text));
}

} // namespace dd
