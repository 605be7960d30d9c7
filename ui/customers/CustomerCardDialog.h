#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace dd {

class CustomerStatementTab;
class Session;

// Everything about one customer on one card (issue 19): its details and contacts, the open
// items with their totals per currency (what is owed back apart), its cases, the letters sent
// (the dunning history), its payments and the statement of account. Reads through the session's
// repositories and CustomerAccountQuery, and reads again when the session says customers,
// invoices, payments, credit notes, cases or dunning changed.
class CustomerCardDialog : public QDialog
{
    Q_OBJECT
public:
    // `session` must outlive the dialog.
    CustomerCardDialog(Session &session, qint64 customerId, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    QTabWidget *tabs() const { return m_tabs; }
    CustomerStatementTab *statementTab() const { return m_statement; }

signals:
    // Double-click on an open item: show that invoice.
    void invoiceRequested(qint64 invoiceId);
    // Double-click on a case: show it in the Disputes area.
    void caseRequested(const QString &disputeNumber);

private:
    void reload();
    void showDetails();
    void showOpenItems();
    void showCases();
    void showLetters();
    void showPayments();

    Session &m_session;
    const qint64 m_customerId;
    bool m_valid = false;
    QLabel *m_title;
    QLabel *m_details;
    QTableWidget *m_contacts;
    QTabWidget *m_tabs;
    QTableWidget *m_openItems;
    QLabel *m_totals;
    QTableWidget *m_cases;
    QTableWidget *m_letters;
    QTableWidget *m_payments;
    CustomerStatementTab *m_statement = nullptr;
};

} // namespace dd
