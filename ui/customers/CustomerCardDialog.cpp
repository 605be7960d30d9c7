#include "CustomerCardDialog.h"

#include "CustomerStatementTab.h"
#include "common/Error.h"
#include "common/ScreenFit.h"
#include "common/TableViews.h"
#include "common/UiLocale.h"
#include "customers/CustomerAccountQuery.h"
#include "customers/CustomerRepository.h"
#include "dunning/DunningHistory.h"
#include "dunning/DunningLevel.h"
#include "dunning/DunningSettings.h"
#include "payments/PaymentRepository.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QTableWidget *table(QWidget *parent, const char *objectName, const QStringList &headers)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setHorizontalHeaderLabels(headers);
    TableViews::setUpList(view);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionsMovable(false);
    return view;
}

// Fills `view` with `rows`, each a list of (text, right-aligned) cells; column `stretch` takes the room left.
void fill(QTableWidget *view, const QList<QList<std::pair<QString, bool>>> &rows, int stretch)
{
    view->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            const auto &[text, right] = rows.at(row).at(column);
            auto *cell = new QTableWidgetItem(text);
            cell->setTextAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            view->setItem(row, column, cell);
        }
    }
    view->resizeColumnsToContents();
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace

CustomerCardDialog::CustomerCardDialog(Session &session, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_contacts(table(this, "customerCardContacts", {tr("Contact"), tr("Role"), tr("E-mail"), tr("Phone")}))
    , m_tabs(new QTabWidget(this))
    , m_openItems(table(this, "customerCardOpenItems",
                        {tr("Invoice"), tr("Invoice date"), tr("Due date"), tr("Amount"), tr("Paid"), tr("Credited"), tr("Open")}))
    , m_totals(new QLabel(this))
    , m_cases(table(this, "customerCardCases", {tr("Case"), tr("Received"), tr("Step"), tr("Outcome"), tr("Handled by"), tr("Disputed")}))
    , m_letters(table(this, "customerCardLetters", {tr("Date"), tr("Level"), tr("Invoices"), tr("Total claimed"), tr("File")}))
    , m_payments(table(this, "customerCardPayments", {tr("Date"), tr("Kind"), tr("Reference"), tr("Amount"), tr("Entered")}))
{
    setObjectName(QStringLiteral("customerCardDialog"));
    const std::optional<Customer> customer = session.customerRepository().findById(customerId);
    m_valid = customer.has_value();
    const QString label = customer ? customer->number + u' ' + customer->name : QString();
    setWindowTitle(tr("Customer Card: %1").arg(label));

    auto *layout = new QVBoxLayout(this);
    m_title->setObjectName(QStringLiteral("customerCardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    auto *header = new QHBoxLayout;
    m_details->setObjectName(QStringLiteral("customerCardDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    header->addWidget(m_details, 1);
    m_contacts->setMaximumHeight(110);
    header->addWidget(m_contacts, 2);
    layout->addLayout(header);

    m_tabs->setObjectName(QStringLiteral("customerCardTabs"));
    auto *open = new QWidget(this);
    auto *openLayout = new QVBoxLayout(open);
    m_totals->setObjectName(QStringLiteral("customerCardTotals"));
    m_totals->setWordWrap(true);
    openLayout->addWidget(m_totals);
    openLayout->addWidget(m_openItems, 1);
    m_tabs->addTab(open, tr("Open Items"));
    m_tabs->addTab(m_cases, tr("Cases"));
    m_tabs->addTab(m_letters, tr("Letters Sent"));
    m_tabs->addTab(m_payments, tr("Payments"));
    m_statement = new CustomerStatementTab(session, customerId, label, this);
    m_tabs->addTab(m_statement, tr("Statement of Account"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_openItems, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem *cell = m_openItems->item(row, 0))
            emit invoiceRequested(cell->data(Qt::UserRole).toLongLong());
    });
    connect(m_cases, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem *cell = m_cases->item(row, 0))
            emit caseRequested(cell->text());
    });
    connect(&session, &Session::changed, this, [this](DataChanges what) {
        if (what.testAnyFlags(DataChange::Customers | DataChange::Invoices | DataChange::Payments | DataChange::CreditNotes
                              | DataChange::Cases | DataChange::Dunning))
            reload();
    });
    reload();
    ScreenFit::resize(this, QSize(980, 660));
}

void CustomerCardDialog::reload()
{
    try {
        showDetails();
        showOpenItems();
        showCases();
        showLetters();
        showPayments();
        m_statement->reload();
    } catch (const Error &error) {
        m_totals->setText(error.message());
    }
}

void CustomerCardDialog::showDetails()
{
    const std::optional<Customer> customer = m_session.customerRepository().findById(m_customerId);
    if (!customer) {
        m_title->setText(tr("This customer no longer exists."));
        return;
    }
    m_title->setText(customer->number + QStringLiteral("  ") + customer->name);
    QStringList lines;
    lines << customer->street << (customer->postalCode + QStringLiteral("  ") + customer->city).trimmed() << customer->country;
    if (!customer->email.isEmpty())
        lines << customer->email;
    if (!customer->vatId.isEmpty())
        lines << tr("VAT: %1").arg(customer->vatId);
    lines << tr("Payment term: %n day(s)", "", customer->paymentTermDays);
    lines.removeAll(QString());
    m_details->setText(lines.join(u'\n'));
    QList<QList<std::pair<QString, bool>>> rows;
    for (const Contact &contact : customer->contacts)
        rows.append({{contact.name, false}, {contact.role, false}, {contact.email, false}, {contact.phone, false}});
    fill(m_contacts, rows, 0);
    m_contacts->setVisible(!rows.isEmpty());
}

void CustomerCardDialog::showOpenItems()
{
    const QList<OpenItem> items = CustomerAccountQuery(m_session.database()).openItems(m_customerId);
    QList<QList<std::pair<QString, bool>>> rows;
    for (const OpenItem &item : items) {
        rows.append({{item.number, false},
                     {UiLocale::formatDate(item.issueDate), false},
                     {UiLocale::formatDate(item.dueDate), false},
                     {UiLocale::formatMoney(item.amountDue), true},
                     {UiLocale::formatMoney(item.paid), true},
                     {UiLocale::formatMoney(item.credited), true},
                     {item.open.cents() < 0 ? tr("%1 owed back").arg(UiLocale::formatMoney(-item.open)) : UiLocale::formatMoney(item.open), true}});
    }
    fill(m_openItems, rows, 0);
    for (int row = 0; row < items.size(); ++row)
        m_openItems->item(row, 0)->setData(Qt::UserRole, items.at(row).invoiceId);
    // One line per currency: amounts in different currencies are never added together.
    QStringList totals;
    for (const CurrencyTotals &total : CustomerAccountQuery::totals(items)) {
        QString line = tr("%1: open %2 (%n invoice(s))", "", total.items).arg(total.currency, UiLocale::formatMoney(total.open));
        if (!total.refundOwed.isZero())
            line += QStringLiteral(" · ") + tr("refund owed %1").arg(UiLocale::formatMoney(total.refundOwed));
        totals << line;
    }
    m_totals->setText(totals.isEmpty() ? tr("Nothing is open.") : totals.join(u'\n'));
}

void CustomerCardDialog::showCases()
{
    QList<QList<std::pair<QString, bool>>> rows;
    for (const CustomerCase &c : CustomerAccountQuery(m_session.database()).cases(m_customerId)) {
        rows.append({{c.number, false},
                     {UiLocale::formatDate(c.receivedOn), false},
                     {DisputeCodes::stepName(c.step), false},
                     {c.outcome == Outcome::None ? QString() : DisputeCodes::outcomeName(c.outcome), false},
                     {c.assignee, false},
                     {UiLocale::formatMoney(c.disputed), true}});
    }
    fill(m_cases, rows, 4);
}

void CustomerCardDialog::showLetters()
{
    QList<std::pair<QString, QString>> levelNames;
    for (const DunningLevel &level : m_session.dunningSettings().levels())
        levelNames.append({level.code, level.name});
    const auto levelName = [&levelNames](const QString &code) {
        for (const auto &[levelCode, name] : levelNames) {
            if (levelCode == code)
                return name;
        }
        return code;
    };
    QList<QList<std::pair<QString, bool>>> rows;
    for (const DunningLetterRecord &letter : m_session.dunningHistory().forCustomer(m_customerId)) {
        rows.append({{UiLocale::formatDate(letter.letterDate), false},
                     {levelName(letter.levelCode), false},
                     {UiLocale::formatCount(letter.invoices), true},
                     {UiLocale::formatMoney(letter.total), true},
                     {letter.fileName, false}});
    }
    fill(m_letters, rows, 4);
}

void CustomerCardDialog::showPayments()
{
    QList<QList<std::pair<QString, bool>>> rows;
    for (const Payment &payment : m_session.paymentRepository().forCustomer(m_customerId)) {
        QString kind = tr("Received");
        if (payment.kind == PaymentKind::Reversal)
            kind = tr("Reversal");
        else if (payment.kind == PaymentKind::Refund)
            kind = tr("Refund paid");
        else if (payment.openingBalance)
            kind = tr("Opening balance");
        else if (payment.reversedBy)
            kind = tr("Received, reversed");
        rows.append({{UiLocale::formatDate(payment.date), false},
                     {kind, false},
                     {payment.reference, false},
                     {UiLocale::formatMoney(payment.amount), true},
                     {payment.recordedBy.isEmpty() ? tr("imported") : tr("by %1").arg(payment.recordedBy), false}});
    }
    fill(m_payments, rows, 2);
}

} // namespace dd
