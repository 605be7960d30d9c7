#pragma once

#include "calendar/IsoDate.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace dd {

class Session;

// One invoice in full: who, when, the lines, the payments against it, what is still open and how
// late it is as of the list's date. Read once when opened; it does not follow later changes.
class InvoiceDetailDialog : public QDialog
{
    Q_OBJECT
public:
    // Throws StorageError when the database cannot be read.
    // "Days overdue" counts to the session's as-of date.
    InvoiceDetailDialog(Session &session, qint64 invoiceId, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    QString invoiceNumber() const { return m_number; }

signals:
    // The "Open dispute…" button: start a case about this invoice.
    void openDisputeRequested(qint64 invoiceId);
    // The invoice is in an open case: show it.
    void showDisputeRequested(const QString &disputeNumber);

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &value, const QString &objectName);

    bool m_valid = false;
    QString m_number;
};

} // namespace dd
