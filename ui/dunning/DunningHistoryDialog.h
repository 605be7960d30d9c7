#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace dd {

class Session;

// The dunning history of one customer (every letter and hand-over sent, newest first, the
// invoices of the selected one, and the customer's contact log) or of one invoice (every letter that listed it, and the level it
// reached). Read once when opened.
class DunningHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Subject { Customer, Invoice };

    // Throws StorageError when the database cannot be read.
    DunningHistoryDialog(Session &session, Subject subject, qint64 id, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Customer: the invoices of the letter selected in table().
    QTableWidget *invoiceTable() const { return m_invoices; }
    // Customer: its contact log, newest first; null for an invoice.
    QTableWidget *contactTable() const { return m_contacts; }

private:
    void showLetterInvoices();
    QString levelName(const QString &code) const;

    Session &m_session;
    QList<QPair<QString, QString>> m_levelNames; // code, name
    QLabel *m_title;
    QTableWidget *m_table;
    QTableWidget *m_invoices = nullptr;
    QTableWidget *m_contacts = nullptr;
};

} // namespace dd
