#pragma once

#include "calendar/IsoDate.h"
#include "payments/Payment.h"

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace dd {

class PaymentEntryDialog;
class Session;

// One invoice in full: who, when, the lines, the payments against it (reversals and refunds
// among them), what is still open or owed back and how late it is as of the list's date. Payments
// are entered here by hand (Record Payment…, Reverse Payment…, Pay Refund…), each through the
// session's PaymentService; the dialog reads the invoice again whenever the session says payments,
// invoices or credit notes changed.
class InvoiceDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws StorageError when the database cannot be read.
    // "Days overdue" counts to the session's as-of date.
    InvoiceDetailDialog(Session &session, qint64 invoiceId, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    QString invoiceNumber() const { return m_number; }
    // The payment form opened last by a button, while it is open (for the tests).
    PaymentEntryDialog *paymentForm() const;

signals:
    // The "Open dispute…" button: start a case about this invoice.
    void openDisputeRequested(qint64 invoiceId);
    // The invoice is in an open case: show it.
    void showDisputeRequested(const QString &disputeNumber);

private:
    // Reads the invoice and builds everything shown anew.
    void build();
    void buildPayments(QWidget *content, QVBoxLayout *layout);
    void openForm(PaymentEntryDialog *form);
    void reverseSelected();
    QLabel *addValue(QWidget *content, QFormLayout *form, const QString &label, const QString &value, const QString &objectName);

    Session &m_session;
    const qint64 m_invoiceId;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QTableWidget *m_paymentTable = nullptr;
    QList<Payment> m_payments;
    QPointer<PaymentEntryDialog> m_form;
    bool m_valid = false;
    QString m_number;
};

} // namespace dd
