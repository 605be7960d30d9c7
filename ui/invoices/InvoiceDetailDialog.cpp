#include "InvoiceDetailDialog.h"

#include "calendar/DueDates.h"
#include "common/ScreenFit.h"
#include "common/TableViews.h"
#include "common/UiLocale.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentEntryDialog.h"
#include "payments/PaymentRepository.h"
#include "payments/PaymentService.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    return cell;
}

QString quantityText(qint64 thousandths)
{
    const QLocale locale = UiLocale::locale();
    if (thousandths % 1000 == 0)
        return locale.toString(thousandths / 1000);
    QString text = locale.toString(double(thousandths) / 1000.0, 'f', 3);
    // 1,500 → 1,5: no trailing zeros after the decimal sign.
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

QString vatRateText(int basisPoints)
{
    const QLocale locale = UiLocale::locale();
    if (basisPoints % 100 == 0)
        return locale.toString(basisPoints / 100) + QStringLiteral("%");
    return locale.toString(double(basisPoints) / 100.0, 'f', 2) + QStringLiteral("%");
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

InvoiceDetailDialog::InvoiceDetailDialog(Session &session, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoiceId(invoiceId)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("invoiceDetailDialog"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    build();
    // A payment entered here, or anywhere else, changes what is open: read the invoice again.
    connect(&session, &Session::changed, this, [this](DataChanges what) {
        if (what.testAnyFlags(DataChange::Payments | DataChange::Invoices | DataChange::CreditNotes))
            build();
    });
    ScreenFit::resize(this, QSize(760, 560));
}

void InvoiceDetailDialog::build()
{
    if (m_content) {
        // Taken out at once so that nothing finds the old widgets; deleted once the event that
        // asked for the rebuild (a click on one of them) is over.
        m_content->hide();
        m_content->setParent(nullptr);
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    m_layout->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    QWidget *content = m_content;
    m_paymentTable = nullptr;
    m_payments.clear();

    const Date asOf = IsoDate::fromQDate(m_session.asOf());
    const auto invoice = m_session.invoiceRepository().findById(m_invoiceId);
    m_valid = invoice.has_value();
    if (!invoice) {
        layout->addWidget(new QLabel(tr("This invoice no longer exists."), content));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, content);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        m_content->show();
        return;
    }
    m_number = invoice->number;
    setWindowTitle(tr("Invoice %1").arg(invoice->number));

    const auto customer = m_session.customerRepository().findById(invoice->customerId);
    m_payments = m_session.paymentRepository().forInvoice(m_invoiceId);
    const int daysOverdue = invoice->openAmount().cents() <= 0 ? 0 : DueDates::daysOverdue(invoice->dueDate, asOf);
    const Money refundOwed = PaymentService::refundOwed(*invoice);

    auto *title = new QLabel(tr("Invoice %1").arg(invoice->number), content);
    title->setObjectName(QStringLiteral("invoiceDetailNumber"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);

    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setLabelAlignment(Qt::AlignLeft);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    }
    addValue(content, left, tr("Customer:"), customer ? customer->number + QStringLiteral("  ") + customer->name : QString(),
             QStringLiteral("invoiceDetailCustomer"));
    addValue(content, left, tr("Invoice date:"), UiLocale::formatDate(invoice->issueDate), QStringLiteral("invoiceDetailIssueDate"));
    addValue(content, left, tr("Due date:"), UiLocale::formatDate(invoice->dueDate), QStringLiteral("invoiceDetailDueDate"));
    QString status;
    switch (invoice->status()) {
    case InvoiceStatus::Open:
        status = tr("Open");
        break;
    case InvoiceStatus::PartlyPaid:
        status = tr("Partly paid");
        break;
    case InvoiceStatus::Paid:
        status = tr("Paid");
        break;
    case InvoiceStatus::Credited:
        status = tr("Credited");
        break;
    }
    addValue(content, left, tr("Status:"), status, QStringLiteral("invoiceDetailStatus"));
    QLabel *overdue = addValue(content, left, tr("Days overdue:"),
                               daysOverdue > 0 ? tr("%1 (as of %2)").arg(UiLocale::formatCount(daysOverdue), UiLocale::formatDate(asOf))
                                               : tr("Not overdue"),
                               QStringLiteral("invoiceDetailDaysOverdue"));
    // Disputed invoices are left out of dunning while the case is open.
    const auto openCase = m_session.disputes().repository().openDisputeOf(m_invoiceId);
    QLabel *hold = addValue(content, left, tr("Dunning:"),
                            openCase ? tr("On hold: disputed in case %1").arg(*openCase) : tr("Normal"),
                            QStringLiteral("invoiceDetailHold"));
    if (openCase)
        hold->setStyleSheet(QStringLiteral("color: #8a5500; font-weight: bold;"));

    const Qt::Alignment amount = Qt::AlignRight;
    auto addAmount = [this, content, right, amount](const QString &label, const Money &value, const QString &name) {
        QLabel *field = addValue(content, right, label, UiLocale::formatMoney(value), name);
        field->setAlignment(amount | Qt::AlignVCenter);
        return field;
    };
    addAmount(tr("Total excl. VAT:"), invoice->totalExclVat, QStringLiteral("invoiceDetailTotalExcl"));
    addAmount(tr("VAT:"), invoice->vat, QStringLiteral("invoiceDetailVat"));
    addAmount(tr("Total incl. VAT:"), invoice->totalInclVat, QStringLiteral("invoiceDetailTotal"));
    addAmount(tr("Paid:"), invoice->paid, QStringLiteral("invoiceDetailPaid"));
    if (!invoice->credited.isZero())
        addAmount(tr("Credited:"), invoice->credited, QStringLiteral("invoiceDetailCredited"));
    // A credit balance is not "−100 open": it is money the customer is owed back.
    QLabel *open = refundOwed.isZero() ? addAmount(tr("Open:"), invoice->openAmount(), QStringLiteral("invoiceDetailOpen"))
                                       : addAmount(tr("Refund owed:"), refundOwed, QStringLiteral("invoiceDetailRefundOwed"));
    QFont bold = open->font();
    bold.setBold(true);
    open->setFont(bold);
    if (!refundOwed.isZero())
        open->setStyleSheet(QStringLiteral("color: #8a5500;"));
    if (daysOverdue > 0) {
        const QString red = QStringLiteral("color: #a61b1b;");
        open->setStyleSheet(red);
        overdue->setStyleSheet(red);
    }

    auto *header = new QHBoxLayout;
    header->addLayout(left);
    header->addSpacing(32);
    header->addLayout(right);
    header->addStretch(1);
    layout->addLayout(header);

    layout->addSpacing(8);
    layout->addWidget(heading(tr("Lines"), content));
    auto *lines = new QTableWidget(int(invoice->lines.size()), 6, content);
    lines->setObjectName(QStringLiteral("invoiceLinesTable"));
    lines->setHorizontalHeaderLabels({tr("Code"), tr("Description"), tr("Quantity"), tr("Unit price"), tr("VAT"), tr("Net")});
    for (int row = 0; row < lines->rowCount(); ++row) {
        const InvoiceLine &line = invoice->lines[row];
        lines->setItem(row, 0, item(line.productCode));
        lines->setItem(row, 1, item(line.description));
        lines->setItem(row, 2, item(quantityText(line.quantityThousandths), Qt::AlignRight));
        lines->setItem(row, 3, item(UiLocale::formatMoney(line.unitPrice), Qt::AlignRight));
        lines->setItem(row, 4, item(vatRateText(line.vatRateBasisPoints), Qt::AlignRight));
        lines->setItem(row, 5, item(UiLocale::formatMoney(line.net), Qt::AlignRight));
    }
    layout->addWidget(lines, 2);
    buildPayments(content, layout);

    for (QTableWidget *table : {lines, m_paymentTable}) {
        TableViews::setUpList(table);
        table->horizontalHeader()->setSectionsMovable(false);
        table->resizeColumnsToContents();
        for (int column = 0; column < table->columnCount(); ++column) {
            const Qt::Alignment cell = table->item(0, column) ? Qt::Alignment(table->item(0, column)->textAlignment())
                                                              : Qt::Alignment(Qt::AlignLeft);
            table->horizontalHeaderItem(column)->setTextAlignment((cell & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter);
            table->horizontalHeader()->resizeSection(column, table->horizontalHeader()->sectionSize(column) + 16);
        }
    }
    lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_paymentTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, content);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *record = buttons->addButton(tr("Record Payment…"), QDialogButtonBox::ActionRole);
    record->setObjectName(QStringLiteral("invoiceRecordPaymentButton"));
    connect(record, &QPushButton::clicked, this, [this, invoice] {
        openForm(new PaymentEntryDialog(m_session, *invoice, PaymentEntryDialog::Mode::Receive, this));
    });
    QPushButton *reverse = buttons->addButton(tr("Reverse Payment…"), QDialogButtonBox::ActionRole);
    reverse->setObjectName(QStringLiteral("invoiceReversePaymentButton"));
    reverse->setEnabled(false);
    connect(reverse, &QPushButton::clicked, this, &InvoiceDetailDialog::reverseSelected);
    // Only a payment received that was not reversed yet can be taken back.
    connect(m_paymentTable, &QTableWidget::itemSelectionChanged, reverse, [this, reverse] {
        const int row = m_paymentTable->currentRow();
        reverse->setEnabled(row >= 0 && row < m_payments.size() && m_payments.at(row).kind == PaymentKind::Received
                            && !m_payments.at(row).reversedBy && !m_payments.at(row).openingBalance);
    });
    if (!refundOwed.isZero()) {
        QPushButton *refund = buttons->addButton(tr("Pay Refund…"), QDialogButtonBox::ActionRole);
        refund->setObjectName(QStringLiteral("invoicePayRefundButton"));
        connect(refund, &QPushButton::clicked, this, [this, invoice] {
            openForm(new PaymentEntryDialog(m_session, *invoice, PaymentEntryDialog::Mode::Refund, this));
        });
    }
    if (openCase) {
        QPushButton *show = buttons->addButton(tr("Show Dispute %1").arg(*openCase), QDialogButtonBox::ActionRole);
        show->setObjectName(QStringLiteral("invoiceShowDisputeButton"));
        const QString number = *openCase;
        connect(show, &QPushButton::clicked, this, [this, number] { emit showDisputeRequested(number); });
    } else {
        QPushButton *openDispute = buttons->addButton(tr("Open Dispute…"), QDialogButtonBox::ActionRole);
        openDispute->setObjectName(QStringLiteral("invoiceOpenDisputeButton"));
        openDispute->setEnabled(invoice->openAmount().cents() > 0);
        const qint64 invoiceId = m_invoiceId;
        connect(openDispute, &QPushButton::clicked, this, [this, invoiceId] { emit openDisputeRequested(invoiceId); });
    }
    layout->addWidget(buttons);
    // Widgets added to a dialog already on screen stay hidden until shown.
    m_content->show();
}

void InvoiceDetailDialog::buildPayments(QWidget *content, QVBoxLayout *layout)
{
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Payments"), content));
    m_paymentTable = new QTableWidget(int(m_payments.size()), 4, content);
    m_paymentTable->setObjectName(QStringLiteral("invoicePaymentsTable"));
    m_paymentTable->setHorizontalHeaderLabels({tr("Date"), tr("Reference"), tr("Amount"), tr("Entered")});
    for (int row = 0; row < m_paymentTable->rowCount(); ++row) {
        const Payment &payment = m_payments[row];
        const Money allocated = payment.allocations.isEmpty() ? payment.amount : payment.allocations.first().amount;
        QString reference = payment.reference;
        if (payment.kind == PaymentKind::Reversal)
            reference = tr("Reversal: %1").arg(reference);
        else if (payment.kind == PaymentKind::Refund)
            reference = tr("Refund paid: %1").arg(reference);
        else if (payment.reversedBy)
            reference = tr("%1 (reversed)").arg(reference);
        m_paymentTable->setItem(row, 0, item(UiLocale::formatDate(payment.date)));
        m_paymentTable->setItem(row, 1, item(reference));
        m_paymentTable->setItem(row, 2, item(UiLocale::formatMoney(allocated), Qt::AlignRight));
        m_paymentTable->setItem(row, 3, item(payment.recordedBy.isEmpty() ? tr("imported") : tr("by %1").arg(payment.recordedBy)));
    }
    auto *noPayments = new QLabel(tr("No payments received."), content);
    noPayments->setObjectName(QStringLiteral("invoiceNoPayments"));
    noPayments->setVisible(m_payments.isEmpty());
    m_paymentTable->setVisible(!m_payments.isEmpty());
    layout->addWidget(m_paymentTable, 1);
    layout->addWidget(noPayments);
}

PaymentEntryDialog *InvoiceDetailDialog::paymentForm() const
{
    return m_form.data();
}

void InvoiceDetailDialog::openForm(PaymentEntryDialog *form)
{
    if (m_form)
        m_form->close();
    m_form = form;
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
}

void InvoiceDetailDialog::reverseSelected()
{
    const int row = m_paymentTable ? m_paymentTable->currentRow() : -1;
    const auto invoice = m_session.invoiceRepository().findById(m_invoiceId);
    if (row < 0 || row >= m_payments.size() || !invoice)
        return;
    openForm(new PaymentEntryDialog(m_session, *invoice, m_payments.at(row), this));
}

QLabel *InvoiceDetailDialog::addValue(QWidget *content, QFormLayout *form, const QString &label, const QString &value, const QString &objectName)
{
    auto *field = new QLabel(value, content);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
    return field;
}

} // namespace dd
