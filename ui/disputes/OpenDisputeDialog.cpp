#include "OpenDisputeDialog.h"

#include "DisputeEditor.h"
#include "calendar/BusinessCalendar.h"
#include "common/DateEdits.h"
#include "common/ScreenFit.h"
#include "common/UiLocale.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeRepository.h"
#include "disputes/DisputeService.h"
#include "disputes/DisputeSettings.h"
#include "disputes/ReasonTaxonomy.h"
#include "disputes/undo/DisputeCommandFactory.h"
#include "disputes/undo/OpenCaseCommand.h"
#include "invoices/InvoiceRepository.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

OpenDisputeDialog::OpenDisputeDialog(Session &session, DisputeEditor *editor, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_responseBusinessDays(session.disputeSettings().rules().responseBusinessDays)
{
    setObjectName(QStringLiteral("openDisputeDialog"));
    setWindowTitle(tr("Open Dispute"));
    auto *layout = new QVBoxLayout(this);
    const auto invoice = session.invoiceRepository().findById(invoiceId);
    if (!invoice) {
        layout->addWidget(new QLabel(tr("This invoice no longer exists."), this));
        return;
    }
    m_valid = true;
    m_invoiceNumber = invoice->number;
    m_currency = invoice->currency;
    const auto customer = session.customerRepository().findById(invoice->customerId);
    const auto openCase = session.disputeRepository().openDisputeOf(invoiceId);

    auto *title = new QLabel(tr("Dispute about invoice %1").arg(invoice->number), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Hear the customer out: write down why they do not pay, in their own words. "
                                "The case starts with an acknowledgement that promises an answer by a date."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #5f6b76;"));
    layout->addWidget(intro);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 6, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *customerLabel = new QLabel(customer ? QStringLiteral("%1  %2").arg(customer->number, customer->name) : QString(), m_form);
    customerLabel->setObjectName(QStringLiteral("openCustomer"));
    form->addRow(tr("Customer:"), customerLabel);
    auto *openLabel = new QLabel(tr("%1 of %2, due %3")
                                     .arg(UiLocale::formatMoney(invoice->openAmount()), UiLocale::formatMoney(invoice->totalInclVat),
                                          UiLocale::formatDate(invoice->dueDate)),
                                 m_form);
    form->addRow(tr("Open:"), openLabel);

    m_reason = new QComboBox(m_form);
    m_reason->setObjectName(QStringLiteral("openReason"));
    for (const Reason &reason : ReasonTaxonomy::all())
        m_reason->addItem(QStringLiteral("%1 (%2)").arg(reason.name, ReasonTaxonomy::className(reason.reasonClass)), reason.code);
    form->addRow(tr("&Reason:"), m_reason);
    // Why the customer does not pay is the user's decision: no reason is pre-selected.
    m_reason->setPlaceholderText(tr("— choose —"));
    m_reason->setCurrentIndex(-1);

    m_channel = new QComboBox(m_form);
    m_channel->setObjectName(QStringLiteral("openChannel"));
    for (Channel channel : {Channel::Phone, Channel::Email, Channel::Letter, Channel::Portal, Channel::Visit, Channel::SocialMedia})
        m_channel->addItem(DisputeCodes::channelName(channel), int(channel));
    form->addRow(tr("C&hannel:"), m_channel);

    m_contact = new QLineEdit(m_form);
    m_contact->setObjectName(QStringLiteral("openContact"));
    m_contact->setPlaceholderText(tr("Who complained"));
    form->addRow(tr("Contact &person:"), m_contact);

    m_story = new QPlainTextEdit(m_form);
    m_story->setObjectName(QStringLiteral("openStory"));
    m_story->setTabChangesFocus(true);
    m_story->setPlaceholderText(tr("Why does the customer not pay? Their own words, unedited."));
    m_story->setMinimumHeight(m_story->fontMetrics().lineSpacing() * 4 + 14);
    form->addRow(tr("&Story:"), m_story);

    m_amount = new QLineEdit(invoice->openAmount().formatNumber(UiLocale::numberStyle()), m_form);
    m_amount->setObjectName(QStringLiteral("openAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMaximumWidth(160);
    form->addRow(tr("Disputed &amount (%1):").arg(Money::symbol(invoice->currency)), m_amount);

    m_received = new QDateEdit(session.asOf(), m_form);
    m_received->setObjectName(QStringLiteral("openReceived"));
    m_received->setCalendarPopup(true);
    DateEdits::limitToAcceptedRange(m_received);
    m_received->setDisplayFormat(UiLocale::languageCode() == u"nl" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    m_received->setMaximumWidth(160);
    form->addRow(tr("Received &on:"), m_received);
    m_promised = new QLabel(m_form);
    m_promised->setObjectName(QStringLiteral("openPromised"));
    form->addRow(tr("Answer promised by:"), m_promised);
    layout->addWidget(m_form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("openError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("openResult"));
    m_result->setWordWrap(true);
    m_result->setStyleSheet(
        QStringLiteral("QLabel { background: #e6f2ea; color: #1e4d30; border: 1px solid #3c8d5a; border-radius: 4px; padding: 8px; }"));
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open Case"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openDisputeButton"));
    m_buttons = buttons;
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeOpenDisputeButton"));
    layout->addWidget(buttons);
    connect(m_open, &QPushButton::clicked, this, &OpenDisputeDialog::openCase);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_received, &QDateEdit::dateChanged, this, &OpenDisputeDialog::updatePromised);
    updatePromised();
    m_open->setEnabled(false);
    connect(m_reason, &QComboBox::currentIndexChanged, m_open, [this] { m_open->setEnabled(m_reason->currentIndex() >= 0); });

    if (openCase) {
        m_form->setEnabled(false);
        m_open->setEnabled(false);
        m_error->setText(tr("Invoice %1 is already disputed in open case %2.").arg(invoice->number, *openCase));
        m_error->show();
    } else if (invoice->openAmount().cents() <= 0) {
        m_form->setEnabled(false);
        m_open->setEnabled(false);
        m_error->setText(tr("Invoice %1 has nothing open to dispute.").arg(invoice->number));
        m_error->show();
    }
    ScreenFit::resize(this, QSize(560, 520));
}

void OpenDisputeDialog::updatePromised()
{
    const Date promised = BusinessCalendar::addBusinessDays(IsoDate::fromQDate(m_received->date()), m_responseBusinessDays);
    m_promised->setText(tr("%1 (%2 business days)").arg(UiLocale::formatDate(promised)).arg(m_responseBusinessDays));
}

void OpenDisputeDialog::openCase()
{
    m_error->hide();
    QString why;
    const auto amount = Money::parse(m_amount->text(), m_currency, UiLocale::numberStyle(), &why);
    if (!amount) {
        m_error->setText(tr("The disputed amount is not an amount: %1").arg(why.isEmpty() ? m_amount->text() : why));
        m_error->show();
        m_amount->setFocus();
        return;
    }
    OpenDisputeRequest request;
    request.invoices = {DisputeInvoiceRequest{m_invoiceNumber, *amount}};
    request.reasonCode = m_reason->currentData().toString();
    request.channel = Channel(m_channel->currentData().toInt());
    request.contactPerson = m_contact->text().trimmed();
    request.story = m_story->toPlainText();
    request.receivedOn = IsoDate::fromQDate(m_received->date());
    request.responseBusinessDays = m_responseBusinessDays;

    // Opening a case cannot be undone (nothing is deleted); it is closed through the tree.
    QString failure;
    std::shared_ptr<const Dispute> opened;
    const auto make = [&](const DisputeCommandFactory &factory) -> std::unique_ptr<DisputeUndoCommand> {
        auto command = factory.openCase(request);
        opened = command->opened();
        return command;
    };
    if (!m_editor->perform(make, &failure)) {
        m_error->setText(failure);
        m_error->show();
        return;
    }
    m_disputeId = opened->id;
    m_disputeNumber = opened->number;
    m_result->setText(tr("Case %1 opened. Invoice %2 is on dunning hold while the case is open; the customer was promised an answer by %3.")
                          .arg(opened->number, m_invoiceNumber, UiLocale::formatDate(opened->promisedOn)));
    m_result->show();
    m_form->setEnabled(false);
    m_open->hide();
    // Only now: a button box shows every button it holds.
    m_show = m_buttons->addButton(tr("Show Case"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(QStringLiteral("showDisputeButton"));
    m_show->setDefault(true);
    m_show->setFocus();
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit showDisputeRequested(m_disputeId);
        accept();
    });
    m_close->setText(tr("Close"));
    emit disputeOpened(m_disputeId);
}

} // namespace dd
