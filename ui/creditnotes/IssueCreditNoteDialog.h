#pragma once

#include "creditnotes/CreditNote.h"
#include "creditnotes/CreditNoteService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace dd {

class Clock;
class CreditNoteFileSaver;
class Session;

// Issues a credit note against one invoice: the whole invoice, some of its lines, or an amount.
// The note is shown as it will be printed (CreditNoteService::preview, which writes nothing) and
// only Confirm issues it; Cancel leaves no trace. After issuing, the PDF and the UBL file can be
// saved.
class IssueCreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { WholeInvoice, Amount, Lines };

    // Credit notes are issued as the session's acting user, at the time of its clock.
    explicit IssueCreditNoteDialog(Session &session, QWidget *parent = nullptr);

    void setInvoiceNumber(const QString &number);
    // The case the credit comes from (0: none); its invoice is filled in.
    void setDispute(qint64 disputeId);

    // Renders the preview now (edits do it after a short pause). False when the request is refused;
    // the reason is shown.
    bool updatePreview();
    // Issues the note; false (and the reason shown) when refused.
    bool confirm();
    const std::optional<CreditNote> &issued() const { return m_issued; }
    QString previewHtml() const;

    bool savePdf(const QString &path);
    bool saveUbl(const QString &path);
    CreditNoteFileSaver *fileSaver() const { return m_saver; }

signals:
    void creditNoteIssued(qint64 creditNoteId, qint64 invoiceId);

private:
    void loadInvoice();
    void updateMode();
    void schedulePreview();
    void showError(const QString &message);
    std::optional<CreditNoteRequest> request();
    void chooseAndSavePdf();
    void chooseAndSaveUbl();

    Session &m_session;
    qint64 m_disputeId = 0;
    qint64 m_invoiceId = 0;
    QString m_currency = QStringLiteral("EUR");
    std::optional<CreditNote> m_issued;

    QLabel *m_case;
    QLineEdit *m_invoice;
    QLabel *m_invoiceInfo;
    QComboBox *m_mode;
    QLineEdit *m_amount;
    QListWidget *m_lines;
    QPlainTextEdit *m_reason;
    QTextBrowser *m_preview;
    QLabel *m_error;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QPushButton *m_savePdf;
    QPushButton *m_saveUbl;
    QTimer *m_previewTimer;
    CreditNoteFileSaver *m_saver;
};

} // namespace dd
