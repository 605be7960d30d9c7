#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace dd {

class CustomerCardDialog;
class DisputeEditor;
class InvoiceDetailDialog;
class IssueCreditNoteDialog;
class LetterDialog;
class OpenDisputeDialog;
class ReportDialog;
class Session;

// The work dialogs the main window opens beside itself on the open session, one of each kind at
// a time (opening another closes the previous one): an invoice's detail, the reports, a new case,
// a credit note and a case letter. They act through the session, whose change signals refresh
// the views; what they ask of the window itself (show a case) they ask by signal.
class WindowDialogs : public QObject
{
    Q_OBJECT
public:
    WindowDialogs(QWidget *window, DisputeEditor *disputeEditor);

    void setSession(Session *session);

    void showInvoice(qint64 invoiceId);
    void showCustomerCard(qint64 customerId);
    // The disputes report (`disputes`) or the receivables report, with its preview.
    void openReport(bool disputes);
    void openDisputeFor(qint64 invoiceId);
    void issueCreditNote(qint64 disputeId, const QString &invoiceNumber);
    void createLetter(qint64 disputeId);

    // The dialogs opened last, while they are open.
    InvoiceDetailDialog *invoiceDetail() const;
    CustomerCardDialog *customerCard() const;
    ReportDialog *reportDialog() const;
    OpenDisputeDialog *openDisputeDialog() const;
    IssueCreditNoteDialog *issueCreditNoteDialog() const;
    LetterDialog *letterDialog() const;

    // Closes the invoice's detail, which read the invoice before a change it does not follow.
    void closeInvoiceDetail();
    // Before another database is opened or the window closes (the report too when `report`).
    void closeDialogs(bool report);

signals:
    void showDisputeRequested(qint64 disputeId);
    void showDisputeNumberRequested(const QString &number);
    void creditNoteIssued(qint64 creditNoteId);
    void failed(const QString &message);

private:
    QWidget *m_window;
    DisputeEditor *m_disputeEditor;
    Session *m_session = nullptr;
    QPointer<InvoiceDetailDialog> m_detail;
    QPointer<CustomerCardDialog> m_card;
    QPointer<ReportDialog> m_report;
    QPointer<OpenDisputeDialog> m_openDispute;
    QPointer<IssueCreditNoteDialog> m_issueCreditNote;
    QPointer<LetterDialog> m_letter;
};

} // namespace dd
