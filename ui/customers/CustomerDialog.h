#pragma once

#include "customers/Customer.h"
#include "customers/CustomerService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dd {

class Session;
class PeppolParticipantEdit;

// A customer's details and its Peppol participant id, edited and written on Save in one
// transaction (CustomerService); Cancel writes nothing. There is no undo for customer edits (the
// undo stack holds dispute steps), so nothing is written before Save. The number is the key of
// re-imports and stays as it is.
//
// `session` must outlive the dialog.
class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerDialog(Session &session, const Customer &customer, QWidget *parent = nullptr);

    qint64 customerId() const { return m_original.id; }
    // The details as they are in the fields.
    Customer customer() const;

    // Writes the details; stays open, naming the fields, when a rule refuses them.
    void accept() override;

signals:
    void customerSaved(qint64 customerId);
    // "Show Invoices": the customer's invoices in the invoice list.
    void showInvoicesRequested(qint64 customerId, const QString &label);

private:
    void load(const Customer &customer);
    void updatePeppolFallback();
    QWidget *fieldWidget(CustomerField field) const;
    void showProblems(const QList<CustomerProblem> &problems);

    Session &m_session;
    Customer m_original;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLineEdit *m_street;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QLineEdit *m_country;
    QLineEdit *m_vatId;
    QLineEdit *m_email;
    QSpinBox *m_paymentTerm;
    PeppolParticipantEdit *m_peppol;
    QLabel *m_error;
};

} // namespace dd
