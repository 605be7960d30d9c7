#pragma once

#include "customers/CustomerAccount.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTextBrowser;

namespace dd {

class Session;

// The statement of account of one customer over a period: per currency the balance before it,
// every invoice, credit note and payment in it, and the balance at its end
// (CustomerAccountQuery). Saved as a PDF as shown.
class CustomerStatementTab : public QWidget
{
    Q_OBJECT
public:
    CustomerStatementTab(Session &session, qint64 customerId, const QString &customerLabel, QWidget *parent = nullptr);

    // Reads the statement again for the period in the fields.
    void reload();
    const QList<Statement> &statements() const { return m_statements; }
    // Writes the statement as shown to `path`; false, with the reason shown, when it cannot.
    bool savePdf(const QString &path);

private:
    QString html() const;
    void chooseFileAndSave();

    Session &m_session;
    const qint64 m_customerId;
    const QString m_customerLabel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTextBrowser *m_view;
    QLabel *m_status;
    QList<Statement> m_statements;
};

} // namespace dd
