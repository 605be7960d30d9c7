#include "PaymentEntryDialog.h"

#include "common/Clock.h"
#include "common/DateEdits.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/FormFields.h"
#include "common/ScreenFit.h"
#include "common/UiLocale.h"
#include "payments/PaymentService.h"
#include "session/Session.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {

PaymentEntryDialog::PaymentEntryDialog(Session &session, const Invoice &invoice, const Payment &payment, QWidget *parent)
    : PaymentEntryDialog(session, invoice, Mode::Reverse, payment, parent)
{
}

PaymentEntryDialog::PaymentEntryDialog(Session &session, const Invoice &invoice, Mode mode, QWidget *parent)
    : PaymentEntryDialog(session, invoice, mode, Payment(), parent)
{
}

PaymentEntryDialog::PaymentEntryDialog(Session &session, const Invoice &invoice, Mode mode, const Payment &reversed, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoice(invoice)
    , m_mode(mode)
    , m_reversed(reversed)
    , m_amount(FormFields::lineEdit(this, "paymentAmount"))
    , m_date(new QDateEdit(this))
    , m_reference(FormFields::lineEdit(this, "paymentReference"))
    , m_notice(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentEntryDialog"));
    const Money open = invoice.openAmount();
    QString intro;
    switch (mode) {
    case Mode::Receive:
        setWindowTitle(tr("Record Payment on Invoice %1").arg(invoice.number));
        intro = tr("Open on invoice %1: %2").arg(invoice.number, UiLocale::formatMoney(open));
        break;
    case Mode::Refund:
        setWindowTitle(tr("Pay Refund on Invoice %1").arg(invoice.number));
        intro = tr("Owed back to the customer on invoice %1: %2").arg(invoice.number, UiLocale::formatMoney(PaymentService::refundOwed(invoice)));
        break;
    case Mode::Reverse:
        setWindowTitle(tr("Reverse Payment of %1").arg(UiLocale::formatDate(reversed.date)));
        intro = tr("The payment of %1 on %2 is taken back: a reversal is recorded beside it and the invoices it paid are open again.")
                    .arg(UiLocale::formatMoney(reversed.amount), UiLocale::formatDate(reversed.date));
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("paymentIntro"));
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto *form = new QFormLayout;
    // The amount proposed is what settles the invoice: what is open, or the whole refund owed.
    // A reversal takes back the whole payment: its amount is not for the user to change.
    Money proposed = PaymentService::refundOwed(invoice);
    if (mode == Mode::Receive)
        proposed = open.cents() > 0 ? open : Money::zero(invoice.currency);
    else if (mode == Mode::Reverse)
        proposed = reversed.amount;
    m_amount->setText(proposed.formatNumber(UiLocale::numberStyle()));
    m_amount->setReadOnly(mode == Mode::Reverse);
    form->addRow(tr("Amount (%1):").arg(invoice.currency), m_amount);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    DateEdits::limitToAcceptedRange(m_date);
    m_date->setCalendarPopup(true);
    const QDate today = session.clock().now().toLocalTime().date();
    m_date->setMaximumDate(today);
    m_date->setDate(std::min(session.asOf(), today));
    form->addRow(tr("Date:"), m_date);
    m_reference->setMaxLength(200);
    if (mode == Mode::Reverse) {
        m_reference->setPlaceholderText(tr("why: returned by the bank, entered twice…"));
        form->addRow(tr("Reason:"), m_reference);
    } else {
        m_reference->setPlaceholderText(mode == Mode::Receive ? tr("bank reference, cheque number…") : tr("transfer reference"));
        form->addRow(tr("Reference:"), m_reference);
    }
    layout->addLayout(form);

    m_notice->setObjectName(QStringLiteral("paymentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5500;"));
    layout->addWidget(m_notice);
    m_error->setObjectName(QStringLiteral("paymentError"));
    ErrorLabel::setUp(m_error);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    const QString ok[] = {tr("Record Payment"), tr("Record Refund"), tr("Reverse Payment")};
    buttons->button(QDialogButtonBox::Ok)->setText(ok[int(mode)]);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentEntryDialog::updateNotice);
    updateNotice();
    ScreenFit::resize(this, QSize(460, 260));
}

void PaymentEntryDialog::updateNotice()
{
    m_notice->clear();
    m_notice->hide();
    if (m_mode != Mode::Receive)
        return;
    const auto amount = Money::parse(m_amount->text(), m_invoice.currency, UiLocale::numberStyle());
    if (!amount)
        return;
    const qint64 open = std::max<qint64>(m_invoice.openAmount().cents(), 0);
    const Money beyond(std::max<qint64>(amount->cents() - open, 0), m_invoice.currency);
    if (beyond.isZero())
        return;
    // Accepted, but never silently: the excess becomes a refund owed on this invoice.
    m_notice->setText(tr("This is %1 more than is open: the invoice will be overpaid and the excess shown as a refund owed.")
                          .arg(UiLocale::formatMoney(beyond)));
    m_notice->show();
}

void PaymentEntryDialog::accept()
{
    ErrorLabel::show(m_error, QString());
    QString why;
    const auto amount = Money::parse(m_amount->text(), m_invoice.currency, UiLocale::numberStyle(), &why);
    if (!amount) {
        ErrorLabel::show(m_error, tr("Amount: not an amount: %1").arg(why.isEmpty() ? m_amount->text() : why));
        m_amount->setFocus();
        return;
    }
    try {
        PaymentService service = m_session.paymentService();
        const Date date = IsoDate::fromQDate(m_date->date());
        if (m_mode == Mode::Receive)
            m_recorded = service.receive(m_invoice.id, *amount, date, m_reference->text());
        else if (m_mode == Mode::Refund)
            m_recorded = service.payRefund(m_invoice.id, *amount, date, m_reference->text());
        else
            m_recorded = service.reverse(m_reversed.id, date, m_reference->text());
    } catch (const Error &error) {
        ErrorLabel::show(m_error, error.message());
        return;
    }
    QDialog::accept();
}

} // namespace dd
