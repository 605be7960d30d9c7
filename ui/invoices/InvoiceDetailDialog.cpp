#include "InvoiceDetailDialog.h"

#include "calendar/DueDates.h"
#include "common/ScreenFit.h"
#include "common/TableViews.h"
#include "common/UiLocale.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
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
{
    const Date asOf = IsoDate::fromQDate(session.asOf());
    setObjectName(QStringLiteral("invoiceDetailDialog"));
    const auto invoice = session.invoiceRepository().findById(invoiceId);
    auto *layout = new QVBoxLayout(this);
    if (!invoice) {
        layout->addWidget(new QLabel(tr("This invoice no longer exists."), this));
        return;
    }
    m_valid = true;
    m_number = invoice->number;
    setWindowTitle(tr("Invoice %1").arg(invoice->number));

    const auto customer = session.customerRepository().findById(invoice->customerId);
    const QList<Payment> payments = session.paymentRepository().forInvoice(invoiceId);
    const int daysOverdue = invoice->openAmount().isZero() ? 0 : DueDates::daysOverdue(invoice->dueDate, asOf);

    auto *title = new QLabel(tr("Invoice %1").arg(invoice->number), this);
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
    addValue(left, tr("Customer:"), customer ? customer->number + QStringLiteral("  ") + customer->name : QString(),
             QStringLiteral("invoiceDetailCustomer"));
    addValue(left, tr("Invoice date:"), UiLocale::formatDate(invoice->issueDate), QStringLiteral("invoiceDetailIssueDate"));
    addValue(left, tr("Due date:"), UiLocale::formatDate(invoice->dueDate), QStringLiteral("invoiceDetailDueDate"));
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
    addValue(left, tr("Status:"), status, QStringLiteral("invoiceDetailStatus"));
    QLabel *overdue = addValue(left, tr("Days overdue:"),
                               daysOverdue > 0 ? tr("%1 (as of %2)").arg(UiLocale::formatCount(daysOverdue), UiLocale::formatDate(asOf))
                                               : tr("Not overdue"),
                               QStringLiteral("invoiceDetailDaysOverdue"));
    // Disputed invoices are left out of dunning while the case is open.
    const auto openCase = session.disputes().repository().openDisputeOf(invoiceId);
    QLabel *hold = addValue(left, tr("Dunning:"),
                            openCase ? tr("On hold: disputed in case %1").arg(*openCase) : tr("Normal"),
                            QStringLiteral("invoiceDetailHold"));
    if (openCase)
        hold->setStyleSheet(QStringLiteral("color: #8a5500; font-weight: bold;"));

    const Qt::Alignment amount = Qt::AlignRight;
    auto addAmount = [this, right, amount](const QString &label, const Money &value, const QString &name) {
        QLabel *field = addValue(right, label, UiLocale::formatMoney(value), name);
        field->setAlignment(amount | Qt::AlignVCenter);
        return field;
    };
    addAmount(tr("Total excl. VAT:"), invoice->totalExclVat, QStringLiteral("invoiceDetailTotalExcl"));
    addAmount(tr("VAT:"), invoice->vat, QStringLiteral("invoiceDetailVat"));
    addAmount(tr("Total incl. VAT:"), invoice->totalInclVat, QStringLiteral("invoiceDetailTotal"));
    addAmount(tr("Paid:"), invoice->paid, QStringLiteral("invoiceDetailPaid"));
    QLabel *open = addAmount(tr("Open:"), invoice->openAmount(), QStringLiteral("invoiceDetailOpen"));
    QFont bold = open->font();
    bold.setBold(true);
    open->setFont(bold);
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
    layout->addWidget(heading(tr("Lines"), this));
    auto *lines = new QTableWidget(int(invoice->lines.size()), 6, this);
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

    layout->addSpacing(8);
    layout->addWidget(heading(tr("Payments"), this));
    auto *paymentTable = new QTableWidget(int(payments.size()), 3, this);
    paymentTable->setObjectName(QStringLiteral("invoicePaymentsTable"));
    paymentTable->setHorizontalHeaderLabels({tr("Date"), tr("Reference"), tr("Amount")});
    for (int row = 0; row < paymentTable->rowCount(); ++row) {
        const Payment &payment = payments[row];
        const Money allocated = payment.allocations.isEmpty() ? payment.amount : payment.allocations.first().amount;
        paymentTable->setItem(row, 0, item(UiLocale::formatDate(payment.date)));
        paymentTable->setItem(row, 1, item(payment.reference));
        paymentTable->setItem(row, 2, item(UiLocale::formatMoney(allocated), Qt::AlignRight));
    }
    auto *noPayments = new QLabel(tr("No payments received."), this);
    noPayments->setObjectName(QStringLiteral("invoiceNoPayments"));
    noPayments->setVisible(payments.isEmpty());
    paymentTable->setVisible(!payments.isEmpty());
    layout->addWidget(paymentTable, 1);
    layout->addWidget(noPayments);

    for (QTableWidget *table : {lines, paymentTable}) {
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
    paymentTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (openCase) {
        QPushButton *show = buttons->addButton(tr("Show Dispute %1").arg(*openCase), QDialogButtonBox::ActionRole);
        show->setObjectName(QStringLiteral("invoiceShowDisputeButton"));
        const QString number = *openCase;
        connect(show, &QPushButton::clicked, this, [this, number] { emit showDisputeRequested(number); });
    } else {
        QPushButton *openDispute = buttons->addButton(tr("Open Dispute…"), QDialogButtonBox::ActionRole);
        openDispute->setObjectName(QStringLiteral("invoiceOpenDisputeButton"));
        openDispute->setEnabled(invoice->openAmount().cents() > 0);
        connect(openDispute, &QPushButton::clicked, this, [this, invoiceId] { emit openDisputeRequested(invoiceId); });
    }
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(760, 520));
}

QLabel *InvoiceDetailDialog::addValue(QFormLayout *form, const QString &label, const QString &value, const QString &objectName)
{
    auto *field = new QLabel(value, this);
    field->setObjectName(objectName);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
    return field;
}

} // namespace dd
