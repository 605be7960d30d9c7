#include "CustomerListView.h"

#include "session/Session.h"

#include "CustomerDialog.h"
#include "CustomerTableModel.h"
#include "customers/CustomerRepository.h"
#include "dunning/DunningSettings.h"
#include "storage/StorageError.h"
#include "common/ListColumnFit.h"
#include "common/ListOutput.h"
#include "common/TableViews.h"
#include "customers/CustomerListQuery.h"
#include "exporters/ListCsvExport.h"
#include "common/UiLocale.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QCoreApplication>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dd {

namespace {
constexpr int debounceMs = 300;
} // namespace

CustomerListView::CustomerListView(CustomerTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("customerListView"));
    m_filter->setObjectName(QStringLiteral("customerFilter"));
    m_filter->setPlaceholderText(tr("Search customer number, name or city…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search customers"));
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setToolTip(tr("Double-click a customer to edit its details; its invoices are in the context menu."));
    m_debounce->setObjectName(QStringLiteral("customerFilterDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_model);
    TableViews::setUpList(m_table);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CustomerTableModel::Number, Qt::AscendingOrder);
    TableViews::keepSortIndicatorOnSortable(m_table, &CustomerTableModel::isSortable);
    TableViews::keepPlaceWhenCounted(m_table, m_model);
    fitColumns();
    // The name takes the room that is left; amounts keep their width at the right.
    ListColumnFit::fitAndRemember(m_table, CustomerTableModel::Name, QStringLiteral("customers"));
    m_output = new ListOutput(
        m_table, tr("Customers"), [this] { return m_model->session(); },
        [this] {
            return ListOutput::queryWriter(&Session::customerList, [text = m_model->filterText(), sort = m_model->sortKey(),
                                                                    descending = m_model->sortDescending()](CustomerListQuery &query) {
                query.setFilterText(text);
                query.setSort(sort, descending);
            });
        },
        this);

    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &CustomerListView::applyFilter);
    connect(m_debounce, &QTimer::timeout, this, &CustomerListView::applyFilter);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { editCustomer(m_model->customerIdAt(index.row())); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CustomerListView::showContextMenu);
}

// The menu's texts keep the translation context they had in the main window, where the
// catalogues have them.
void CustomerListView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid() || !m_session)
        return;
    m_table->setCurrentIndex(index);
    const qint64 customerId = m_model->customerIdAt(index.row());
    bool doNotDun = false;
    try {
        doNotDun = m_session->dunningSettings().doNotDun(customerId);
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("customerContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *edit = menu->addAction(QCoreApplication::translate("dd::MainWindow", "&Edit Customer…"));
    edit->setObjectName(QStringLiteral("customerEditAction"));
    menu->setDefaultAction(edit); // what double-click and Enter do
    connect(edit, &QAction::triggered, this, [this, customerId] { editCustomer(customerId); });
    QAction *invoices = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Show &Invoices"));
    invoices->setObjectName(QStringLiteral("customerShowInvoicesAction"));
    const QString label = labelAt(index.row());
    connect(invoices, &QAction::triggered, this, [this, customerId, label] { emit customerActivated(customerId, label); });
    menu->addSeparator();
    QAction *history = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Dunning History…"));
    history->setObjectName(QStringLiteral("customerDunningHistoryAction"));
    connect(history, &QAction::triggered, this, [this, customerId] { emit dunningHistoryRequested(customerId); });
    QAction *mark = menu->addAction(QCoreApplication::translate("dd::MainWindow", "Do Not Dun"));
    mark->setObjectName(QStringLiteral("customerDoNotDunAction"));
    mark->setCheckable(true);
    mark->setChecked(doNotDun);
    connect(mark, &QAction::toggled, this, [this, customerId](bool on) { emit doNotDunRequested(customerId, on); });
    menu->addSeparator();
    m_output->addActionsTo(menu);
    // popup, not exec: no nested event loop (tests drive the menu like a user).
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

QString CustomerListView::labelAt(int row) const
{
    const QString number = m_model->index(row, CustomerTableModel::Number).data().toString();
    const QString name = m_model->index(row, CustomerTableModel::Name).data().toString();
    return number + QStringLiteral(" ") + name;
}

void CustomerListView::setSession(Session *session)
{
    if (session != m_session && m_dialog)
        m_dialog->close();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // Names, addresses and terms change by this view's dialog, an import or the bank's booking.
    // Read again also while another area is in front: the status bar counts this model's rows.
    if (session) {
        connect(session, &Session::changed, this, [this](DataChanges what) {
            if (what & DataChange::Customers)
                m_model->refresh();
        });
    }
}

CustomerDialog *CustomerListView::customerDialog() const
{
    return m_dialog.data();
}

void CustomerListView::editCustomer(qint64 customerId)
{
    if (!m_session || customerId == 0)
        return;
    std::optional<Customer> customer;
    try {
        customer = m_session->customerRepository().findById(customerId);
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
        return;
    }
    if (!customer)
        return;
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new CustomerDialog(*m_session, *customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::customerSaved, this, &CustomerListView::customerChanged);
    connect(dialog, &CustomerDialog::showInvoicesRequested, this, [this, dialog](qint64 id, const QString &label) {
        dialog->close();
        emit customerActivated(id, label);
    });
    m_dialog = dialog;
    dialog->show();
}

void CustomerListView::applyFilter()
{
    m_debounce->stop();
    m_model->setFilterText(m_filter->text());
    emit filterApplied();
}

void CustomerListView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CustomerListView::fitColumns()
{
    TableViews::fitColumns(m_table, {{QStringLiteral("D000000")},
                                     {QStringLiteral("Installatiebedrijf van den Berg B.V. xx")},
                                     {tr("Consumer"), tr("Business")},
                                     {QStringLiteral("Hoogezand-Sappemeer")},
                                     {QStringLiteral("NL")},
                                     {tr("%1 days").arg(30)},
                                     {QStringLiteral("000")},
                                     {UiLocale::formatMoney(Money(-123456789, QStringLiteral("EUR")))}});
}

} // namespace dd
