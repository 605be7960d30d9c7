#include "WindowDialogs.h"

#include "common/Error.h"
#include "creditnotes/IssueCreditNoteDialog.h"
#include "customers/CustomerCardDialog.h"
#include "documents/LetterDialog.h"
#include "disputes/OpenDisputeDialog.h"
#include "invoices/InvoiceDetailDialog.h"
#include "reports/ReportDialog.h"
#include "session/Session.h"

namespace dd {

namespace {
// One dialog of a kind at a time: the one shown last replaces the previous one.
template<typename T>
void replace(QPointer<T> &slot, T *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (slot)
        slot->close();
    slot = dialog;
    dialog->show();
}
} // namespace

WindowDialogs::WindowDialogs(QWidget *window, DisputeEditor *disputeEditor)
    : QObject(window)
    , m_window(window)
    , m_disputeEditor(disputeEditor)
{
}

void WindowDialogs::setSession(Session *session)
{
    m_session = session;
}

void WindowDialogs::showInvoice(qint64 invoiceId)
{
    if (!m_session)
        return;
    try {
        auto *dialog = new InvoiceDetailDialog(*m_session, invoiceId, m_window);
        connect(dialog, &InvoiceDetailDialog::openDisputeRequested, this, &WindowDialogs::openDisputeFor);
        connect(dialog, &InvoiceDetailDialog::showDisputeRequested, this, &WindowDialogs::showDisputeNumberRequested);
        replace(m_detail, dialog);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void WindowDialogs::showCustomerCard(qint64 customerId)
{
    if (!m_session)
        return;
    try {
        auto *card = new CustomerCardDialog(*m_session, customerId, m_window);
        connect(card, &CustomerCardDialog::invoiceRequested, this, &WindowDialogs::showInvoice);
        connect(card, &CustomerCardDialog::caseRequested, this, &WindowDialogs::showDisputeNumberRequested);
        replace(m_card, card);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void WindowDialogs::openReport(bool disputes)
{
    if (!m_session)
        return;
    replace(m_report, new ReportDialog(*m_session, disputes ? ReportDialog::Kind::Disputes : ReportDialog::Kind::Receivables,
                                       m_window));
    m_report->updatePreview();
}

void WindowDialogs::openDisputeFor(qint64 invoiceId)
{
    if (!m_session)
        return;
    try {
        auto *dialog = new OpenDisputeDialog(*m_session, m_disputeEditor, invoiceId, m_window);
        connect(dialog, &OpenDisputeDialog::showDisputeRequested, this, &WindowDialogs::showDisputeRequested);
        // The detail read before the case existed: its hold line is out of date.
        connect(dialog, &OpenDisputeDialog::disputeOpened, this, &WindowDialogs::closeInvoiceDetail);
        replace(m_openDispute, dialog);
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

void WindowDialogs::issueCreditNote(qint64 disputeId, const QString &invoiceNumber)
{
    if (!m_session)
        return;
    auto *dialog = new IssueCreditNoteDialog(*m_session, m_window);
    dialog->setDispute(disputeId);
    if (!invoiceNumber.isEmpty())
        dialog->setInvoiceNumber(invoiceNumber);
    // The lists, the dashboard, the dunning preview and the case hear of the note from the
    // session; only the selection is the window's.
    connect(dialog, &IssueCreditNoteDialog::creditNoteIssued, this,
            [this](qint64 creditNoteId, qint64) { emit creditNoteIssued(creditNoteId); });
    replace(m_issueCreditNote, dialog);
}

void WindowDialogs::createLetter(qint64 disputeId)
{
    if (!m_session || disputeId == 0)
        return;
    // The case's contact log hears of the letter from the session.
    replace(m_letter, new LetterDialog(*m_session, disputeId, m_window));
}

InvoiceDetailDialog *WindowDialogs::invoiceDetail() const
{
    return m_detail.data();
}

CustomerCardDialog *WindowDialogs::customerCard() const
{
    return m_card.data();
}

ReportDialog *WindowDialogs::reportDialog() const
{
    return m_report.data();
}

OpenDisputeDialog *WindowDialogs::openDisputeDialog() const
{
    return m_openDispute.data();
}

IssueCreditNoteDialog *WindowDialogs::issueCreditNoteDialog() const
{
    return m_issueCreditNote.data();
}

LetterDialog *WindowDialogs::letterDialog() const
{
    return m_letter.data();
}

void WindowDialogs::closeInvoiceDetail()
{
    if (m_detail)
        m_detail->close();
}

void WindowDialogs::closeDialogs(bool report)
{
    for (QWidget *dialog : std::initializer_list<QWidget *>{m_detail, m_card, m_openDispute, m_issueCreditNote, m_letter}) {
        if (dialog)
            dialog->close();
    }
    if (report && m_report)
        m_report->close();
}

} // namespace dd
