#include "CustomerListView.h"

#include "CustomerDialog.h"
#include "CustomerTableModel.h"
#include "customers/CustomerRepository.h"
#include "storage/StorageError.h"
#include "common/TableViews.h"
#include "common/UiLocale.h"

#include <QHeaderView>
#include <QLineEdit>
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
    fitColumns();
    // The name takes the room that is left; amounts keep their width at the right.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerTableModel::Name, QHeaderView::Stretch);

    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &CustomerListView::applyFilter);
    connect(m_debounce, &QTimer::timeout, this, &CustomerListView::applyFilter);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { editCustomer(m_model->customerIdAt(index.row())); });
}

QString CustomerListView::labelAt(int row) const
{
    const QString number = m_model->index(row, CustomerTableModel::Number).data().toString();
    const QString name = m_model->index(row, CustomerTableModel::Name).data().toString();
    return number + QStringLiteral(" ") + name;
}

void CustomerListView::setDatabase(Database *database)
{
    if (database != m_database && m_dialog)
        m_dialog->close();
    m_database = database;
}

CustomerDialog *CustomerListView::customerDialog() const
{
    return m_dialog.data();
}

void CustomerListView::editCustomer(qint64 customerId)
{
    if (!m_database || customerId == 0)
        return;
    std::optional<Customer> customer;
    try {
        customer = CustomerRepository(*m_database).findById(customerId);
    } catch (const StorageError &error) {
        emit loadFailed(error.message());
        return;
    }
    if (!customer)
        return;
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new CustomerDialog(*m_database, *customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::customerSaved, this, [this](qint64 id) {
        m_model->refresh();
        emit customerChanged(id);
    });
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
