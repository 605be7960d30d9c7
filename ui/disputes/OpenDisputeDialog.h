#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dd {

class DisputeEditor;
class Session;

// Step 1 of the decision tree, Hear, from an invoice: the customer's own story, the reason, the
// channel and contact, the disputed amount (all that is open unless less is disputed) and the
// date received. Creating the case shows its number; the invoice is then on dunning hold.
class OpenDisputeDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws StorageError when the invoice cannot be read. The day received starts on the
    // session's as-of date.
    OpenDisputeDialog(Session &session, DisputeEditor *editor, qint64 invoiceId, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    // The case made, once made.
    qint64 disputeId() const { return m_disputeId; }
    QString disputeNumber() const { return m_disputeNumber; }

signals:
    void disputeOpened(qint64 disputeId);
    void showDisputeRequested(qint64 disputeId);

private:
    void openCase();
    void updatePromised();

    DisputeEditor *m_editor;
    int m_responseBusinessDays; // the database's dispute rules
    bool m_valid = false;
    QString m_invoiceNumber;
    QString m_currency;
    qint64 m_disputeId = 0;
    QString m_disputeNumber;

    QComboBox *m_reason = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_contact = nullptr;
    QPlainTextEdit *m_story = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_received = nullptr;
    QLabel *m_promised = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_show = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_close = nullptr;
    QWidget *m_form = nullptr;
};

} // namespace dd
