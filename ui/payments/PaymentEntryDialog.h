#pragma once

#include "invoices/Invoice.h"
#include "payments/Payment.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace dd {

class Session;

// The form of a payment entered by hand on one invoice: money received, a refund paid out of the
// invoice's credit balance, or the reversal of a payment received (its amount fixed, the
// reference field then holding the reason). Amount in the invoice's currency, date (the as-of date by default,
// never after today), reference. What an amount received pays beyond what is open is said before
// it is recorded. OK records through the session's PaymentService; a refusal is shown under the
// form, which stays open with nothing written.
class PaymentEntryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Receive, Refund, Reverse };
    PaymentEntryDialog(Session &session, const Invoice &invoice, Mode mode, QWidget *parent = nullptr);
    // Reverses `payment` (a payment received that settles this invoice).
    PaymentEntryDialog(Session &session, const Invoice &invoice, const Payment &payment, QWidget *parent = nullptr);

    // The payment recorded; id 0 while none was.
    const Payment &recorded() const { return m_recorded; }

    void accept() override;

private:
    PaymentEntryDialog(Session &session, const Invoice &invoice, Mode mode, const Payment &reversed, QWidget *parent);
    void updateNotice();

    Session &m_session;
    const Invoice m_invoice;
    const Mode m_mode;
    const Payment m_reversed;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QLineEdit *m_reference;
    QLabel *m_notice;
    QLabel *m_error;
    Payment m_recorded;
};

} // namespace dd
