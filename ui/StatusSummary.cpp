#include "StatusSummary.h"

#include "LedgerOutstanding.h"
#include "MainWindow.h"
#include "common/Error.h"
#include "common/UiLocale.h"
#include "common/ViewRefresh.h"
#include "creditnotes/CreditNoteListView.h"
#include "creditnotes/CreditNoteTableModel.h"
#include "customers/CustomerListView.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerTableModel.h"
#include "disputes/DisputeListQuery.h"
#include "disputes/DisputeListView.h"
#include "disputes/DisputeTableModel.h"
#include "invoices/InvoiceListQuery.h"
#include "invoices/InvoiceListView.h"
#include "invoices/InvoiceRepository.h"
#include "invoices/InvoiceTableModel.h"
#include "session/Session.h"
#include "storage/DatabaseLocation.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace dd {

namespace {
const QString separator = QStringLiteral("   ·   ");
} // namespace

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
    , m_ledger(new LedgerOutstanding(this))
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
    connect(m_ledger, &LedgerOutstanding::computed, this, &StatusSummary::updateOpenTotals);
    // A long list shows its first page before it has counted the rest.
    connect(m_invoices, &PagedTableModel::counted, this, [this] {
        if (!m_invoices->isFiltered())
            m_totalInvoices = m_invoices->rowCount();
        update();
        updateOpenTotals();
    });
    connect(m_customers, &PagedTableModel::counted, this, [this] {
        if (m_customers->filterText().trimmed().isEmpty())
            m_totalCustomers = m_customers->rowCount();
        update();
        updateOpenTotals();
        emit totalsCounted(); // whether the database is empty is known now
    });
    connect(m_ledger, &LedgerOutstanding::failed, this, [this](const QString &message) {
        m_open->clear();
        emit loadFailed(message);
    });
}

void StatusSummary::setSession(Session *session)
{
    m_session = session;
    m_ledger->setSession(session);
    m_refresh->follow(session, DataChange::Invoices | DataChange::Customers | DataChange::Cases);
    countTotals();
}

void StatusSummary::follow(QTabWidget *tabs)
{
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] { showTab(tabs->currentWidget()); });
    showTab(tabs->currentWidget());
}

void StatusSummary::showTab(QWidget *tab)
{
    disconnect(m_listReset);
    m_list = List::None;
    m_cases = nullptr;
    m_creditNotes = nullptr;
    if (qobject_cast<InvoiceListView *>(tab)) {
        m_list = List::Invoices; // the main window reports the invoice filter and its totals
    } else if (qobject_cast<CustomerListView *>(tab)) {
        m_list = List::Customers;
        m_listReset = connect(m_customers, &QAbstractItemModel::modelReset, this, [this] {
            QTimer::singleShot(0, this, &StatusSummary::updateOpenTotals);
        });
    } else if (auto *cases = tab ? tab->findChild<DisputeListView *>() : nullptr) {
        m_list = List::Cases;
        m_cases = cases->model();
        m_listReset = connect(m_cases, &QAbstractItemModel::modelReset, this, [this] {
            update();
            QTimer::singleShot(0, this, &StatusSummary::updateOpenTotals);
        });
    } else if (auto *notes = qobject_cast<CreditNoteListView *>(tab)) {
        m_list = List::CreditNotes;
        m_creditNotes = notes->model();
        m_listReset = connect(m_creditNotes, &QAbstractItemModel::modelReset, this, [this] {
            update();
            updateOpenTotals();
        });
    }
    update();
    // The amounts need a second pass over the rows: after the tab has painted.
    QTimer::singleShot(0, this, &StatusSummary::updateOpenTotals);
}

bool StatusSummary::isEmptyDatabase() const
{
    return m_session && m_totalCustomers == 0;
}

void StatusSummary::countTotals()
{
    try {
        // Unfiltered, the invoice and customer lists have just counted all their rows: their
        // views follow the session's changes before this does (MainWindow::setSession,
        // InvoiceListView, CustomerListView). Counting again took 0.7 s of opening the window on
        // a server with ten million invoices.
        m_totalInvoices = 0;
        m_totalCustomers = 0;
        if (m_session) {
            Database &db = m_session->database();
            // A long list counts on a worker: its count comes with counted() (see the constructor).
            if (m_invoices->isFiltered())
                m_totalInvoices = InvoiceRepository(db).count();
            else
                m_totalInvoices = m_invoices->isCounted() ? m_invoices->rowCount() : -1;
            if (!m_customers->filterText().trimmed().isEmpty())
                m_totalCustomers = CustomerRepository(db).count();
            else
                m_totalCustomers = m_customers->isCounted() ? m_customers->rowCount() : -1;
        }
        m_totalCases = m_session ? m_session->disputeList()->count() : 0;
    } catch (const Error &error) {
        emit loadFailed(error.message());
    }
    emit totalsCounted();
}

QString StatusSummary::countsOf(List list) const
{
    const auto counted = [](qint64 shown, qint64 total, const QString &of, const QString &all) {
        return shown != total ? of.arg(UiLocale::formatCount(shown), UiLocale::formatCount(total)) : all.arg(UiLocale::formatCount(total));
    };
    switch (list) {
    case List::Invoices:
        if (!m_invoices->isCounted() || m_totalInvoices < 0)
            return MainWindow::tr("Invoices: counting…");
        return counted(m_invoices->rowCount(), m_totalInvoices, MainWindow::tr("Invoices: %1 of %2"), MainWindow::tr("Invoices: %1"));
    case List::Customers:
        if (!m_customers->isCounted() || m_totalCustomers < 0)
            return MainWindow::tr("Customers: counting…");
        return counted(m_customers->rowCount(), m_totalCustomers, MainWindow::tr("Customers: %1 of %2"),
                       MainWindow::tr("Customers: %1"));
    case List::Cases:
        return counted(m_cases->rowCount(), m_totalCases, MainWindow::tr("Cases: %1 of %2"), MainWindow::tr("Cases: %1"));
    case List::CreditNotes:
        return MainWindow::tr("Credit notes: %1").arg(UiLocale::formatCount(m_creditNotes->rowCount()));
    case List::None:
        break;
    }
    // No list in front: the size of the database.
    const QString invoices = m_totalInvoices < 0 ? MainWindow::tr("Invoices: counting…")
                                                 : MainWindow::tr("Invoices: %1").arg(UiLocale::formatCount(m_totalInvoices));
    const QString customers = m_totalCustomers < 0 ? MainWindow::tr("Customers: counting…")
                                                   : MainWindow::tr("Customers: %1").arg(UiLocale::formatCount(m_totalCustomers));
    return invoices + separator + customers;
}

void StatusSummary::update()
{
    if (!m_session) {
        m_counts->setText(MainWindow::tr("No database open"));
        m_open->clear();
        m_file->clear();
        return;
    }
    m_counts->setText(countsOf(m_list));
    m_file->setText(DatabaseLocation::displayName(m_session->location()));
}

QString StatusSummary::amounts(const QMap<QString, qint64> &centsByCurrency)
{
    QStringList parts;
    for (auto it = centsByCurrency.cbegin(); it != centsByCurrency.cend(); ++it)
        parts << UiLocale::formatMoney(it.value(), it.key());
    return parts.join(QStringLiteral("  ·  "));
}

void StatusSummary::updateOpenTotals()
{
    if (!m_session) {
        m_open->clear();
        return;
    }
    QString text;
    const auto outstanding = [](const QString &open) {
        return MainWindow::tr("Outstanding: %1").arg(open.isEmpty() ? MainWindow::tr("Nothing outstanding") : open);
    };
    // Unfiltered, the invoice and customer lists hold every open invoice: their total is the
    // ledger's, computed on a worker (LedgerOutstanding). Filtered, they add up their own rows.
    const auto ledger = [&] {
        const auto known = m_ledger->openCents();
        return known ? outstanding(amounts(*known)) : MainWindow::tr("Outstanding: calculating…");
    };
    switch (m_list) {
    case List::Invoices:
        if (!m_invoices->isFiltered()) {
            text = ledger();
        } else if (const auto open = m_invoices->openCentsByCurrency()) {
            text = outstanding(amounts(*open));
        } else {
            text = MainWindow::tr("Outstanding: calculating…"); // counted on a worker, counted() follows
        }
        break;
    case List::Customers:
        if (m_customers->filterText().trimmed().isEmpty())
            text = ledger();
        else if (const auto open = m_customers->openCentsByCurrency())
            text = outstanding(amounts(*open));
        else
            text = MainWindow::tr("Outstanding: calculating…");
        break;
    case List::Cases: {
        const QString disputed = amounts(m_cases->disputedCentsByCurrency());
        // The amounts as the cases recorded them when opened; the dashboard's "Disputed amount" is
        // what of that is still open today, so the two must not carry the same name.
        text = MainWindow::tr("Disputed when opened: %1").arg(disputed.isEmpty() ? MainWindow::tr("nothing") : disputed);
        break;
    }
    case List::CreditNotes: {
        QMap<QString, qint64> credited;
        for (int row = 0; row < m_creditNotes->rowCount(); ++row) {
            const CreditNote &note = m_creditNotes->noteAt(row);
            credited[note.currency] += note.totalInclVat.cents();
        }
        const QString total = amounts(credited);
        text = MainWindow::tr("Credited: %1").arg(total.isEmpty() ? MainWindow::tr("nothing") : total);
        break;
    }
    case List::None:
        // No list in front: what the whole ledger has outstanding.
        text = ledger();
        break;
    }
    m_open->setText(separator + text);
}

} // namespace dd
