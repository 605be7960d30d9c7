#include "InvoiceListView.h"

#include "InvoiceTableModel.h"
#include "session/Session.h"
#include "common/ListColumnFit.h"
#include "common/ListOutput.h"
#include "common/TableViews.h"
#include "exporters/ListCsvExport.h"
#include "invoices/InvoiceListQuery.h"
#include "common/UiLocale.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QCoreApplication>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd {

namespace {
// Long enough that typing a word runs one query, short enough to feel immediate.
constexpr int debounceMs = 300;
} // namespace

InvoiceListView::InvoiceListView(InvoiceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_overdueOnly(new QCheckBox(tr("&Overdue only"), this))
    , m_customerLabel(new QLabel(this))
    , m_clearCustomer(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("invoiceListView"));
    m_filter->setObjectName(QStringLiteral("invoiceFilter"));
    m_filter->setPlaceholderText(tr("Search invoice number, customer number or name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search invoices"));
    m_overdueOnly->setObjectName(QStringLiteral("invoiceOverdueOnly"));
    m_customerLabel->setObjectName(QStringLiteral("invoiceCustomerFilterLabel"));
    m_clearCustomer->setObjectName(QStringLiteral("invoiceClearCustomerFilter"));
    m_clearCustomer->setText(tr("Show all customers"));
    m_customerLabel->hide();
    m_clearCustomer->hide();
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setAccessibleName(tr("Invoices"));
    m_debounce->setObjectName(QStringLiteral("invoiceFilterDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_customerLabel);
    filterRow->addWidget(m_clearCustomer);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_overdueOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    // Newest invoices first: what a controller works on.
    m_model->sort(InvoiceTableModel::Number, Qt::DescendingOrder);
    m_table->setModel(m_model);
    TableViews::setUpList(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(InvoiceTableModel::Number, Qt::DescendingOrder);
    TableViews::keepSortIndicatorOnSortable(m_table, &InvoiceTableModel::isSortable);
    TableViews::keepPlaceWhenCounted(m_table, m_model);
    fitColumns();
    // The name takes the room that is left; amounts keep their width at the right.
    ListColumnFit::fitAndRemember(m_table, InvoiceTableModel::Customer, QStringLiteral("invoices"));
    m_output = new ListOutput(
        m_table, tr("Invoices"), [this] { return m_model->session(); },
        [this] {
            return ListOutput::queryWriter(&Session::invoiceList, [filter = m_model->filter(), sort = m_model->sortKey(),
                                                                   descending = m_model->sortDescending()](InvoiceListQuery &query) {
                query.setFilter(filter);
                query.setSort(sort, descending);
            });
        },
        this);

    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &InvoiceListView::applyFilter);
    connect(m_debounce, &QTimer::timeout, this, &InvoiceListView::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this](bool checked) {
        m_model->setOverdueOnly(checked);
        emit filterApplied();
    });
    connect(m_clearCustomer, &QToolButton::clicked, this, [this] { showCustomer(0, QString()); });
    // activated covers double-click and Enter, as the platform defines them.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->invoiceIdAt(index.row()))
            emit invoiceActivated(id);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &InvoiceListView::showContextMenu);
}

void InvoiceListView::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    // Read again after every commit that touches what the rows show, also while another area is
    // in front: the status bar's totals come from this model. Paged, so it costs one page.
    const DataChanges shown = DataChange::Invoices | DataChange::Payments | DataChange::CreditNotes | DataChange::Cases
                              | DataChange::Customers;
    connect(session, &Session::changed, this, [this, shown](DataChanges what) {
        if (!(what & shown))
            return;
        m_model->refresh();
        emit filterApplied();
    });
    m_model->setAsOf(session->asOf());
    connect(session, &Session::asOfChanged, this, [this](const QDate &asOf) {
        m_model->setAsOf(asOf);
        emit filterApplied();
    });
}

// The menu's texts keep the translation context they had in the main window, where the
// catalogues have them.
void InvoiceListView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const qint64 invoiceId = m_model->invoiceIdAt(index.row());
    const QString openCase = m_model->openDisputeAt(index.row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("invoiceContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *show = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Show Invoice"));
    show->setObjectName(QStringLiteral("showInvoiceAction"));
    connect(show, &QAction::triggered, this, [this, invoiceId] { emit invoiceActivated(invoiceId); });
    menu->addSeparator();
    if (openCase.isEmpty()) {
        QAction *open = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Open Dispute…"));
        open->setObjectName(QStringLiteral("openDisputeAction"));
        connect(open, &QAction::triggered, this, [this, invoiceId] { emit openDisputeRequested(invoiceId); });
    } else {
        QAction *open = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Show Dispute %1").arg(openCase));
        open->setObjectName(QStringLiteral("showDisputeAction"));
        connect(open, &QAction::triggered, this, [this, openCase] { emit showDisputeRequested(openCase); });
    }
    const QString invoiceNumber = index.siblingAtColumn(InvoiceTableModel::Number).data().toString();
    QAction *credit = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Issue Credit Note…"));
    credit->setObjectName(QStringLiteral("invoiceIssueCreditNoteAction"));
    connect(credit, &QAction::triggered, this, [this, invoiceNumber] { emit issueCreditNoteRequested(invoiceNumber); });
    QAction *dunning = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Dunning History…"));
    dunning->setObjectName(QStringLiteral("invoiceDunningHistoryAction"));
    connect(dunning, &QAction::triggered, this, [this, invoiceId] { emit dunningHistoryRequested(invoiceId); });
    menu->addSeparator();
    m_output->addActionsTo(menu);
    // popup, not exec: no nested event loop (tests drive the menu like a user).
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void InvoiceListView::applyFilter()
{
    m_debounce->stop();
    m_model->setFilterText(m_filter->text());
    emit filterApplied();
}

void InvoiceListView::showCustomer(qint64 customerId, const QString &label)
{
    m_customerLabel->setText(tr("Customer: %1").arg(label));
    m_customerLabel->setVisible(customerId != 0);
    m_clearCustomer->setVisible(customerId != 0);
    m_model->setCustomerFilter(customerId);
    emit filterApplied();
}

void InvoiceListView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void InvoiceListView::fitColumns()
{
    const QString amount = UiLocale::formatMoney(Money(-123456789, QStringLiteral("EUR")));
    const QString date = UiLocale::formatDate(QDate(2026, 12, 31));
    TableViews::fitColumns(m_table, {{QStringLiteral("F2026-0000000")},
                                     {QStringLiteral("Installatiebedrijf van den Berg B.V. xx")},
                                     {date},
                                     {date},
                                     {amount},
                                     {amount},
                                     {tr("Partly paid, overdue")},
                                     {QStringLiteral("0000")}});
}

} // namespace dd
