#include "CustomerDialog.h"

#include "common/ErrorLabel.h"
#include "common/FormFields.h"
#include "common/Error.h"
#include "common/ScreenFit.h"
#include "session/Session.h"

#include "einvoicing/PeppolParticipantEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

CustomerDialog::CustomerDialog(Session &session, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(customer)
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("Customer %1").arg(customer.number));

    auto *details = new QGroupBox(tr("Details"), this);
    auto *number = new QLabel(customer.number, details);
    number->setObjectName(QStringLiteral("customerNumber"));
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    number->setToolTip(tr("The customer number is the key of imports and cannot be changed here."));
    m_name = FormFields::lineEdit(details, "customerName");
    m_kind = new QComboBox(details);
    m_kind->setObjectName(QStringLiteral("customerKind"));
    m_kind->addItem(tr("Business"), int(CustomerKind::Business));
    m_kind->addItem(tr("Consumer"), int(CustomerKind::Consumer));
    m_kind->setToolTip(tr("Consumers fall under other rules for collection costs and interest"));
    m_language = new QComboBox(details);
    m_language->setObjectName(QStringLiteral("customerLanguage"));
    m_language->addItem(tr("Dutch"), int(Language::Dutch));
    m_language->addItem(tr("English"), int(Language::English));
    m_language->setToolTip(tr("The language of the customer's letters and credit notes"));
    m_street = FormFields::lineEdit(details, "customerStreet");
    m_postalCode = FormFields::lineEdit(details, "customerPostalCode");
    m_city = FormFields::lineEdit(details, "customerCity");
    m_country = FormFields::lineEdit(details, "customerCountry");
    m_country->setMaxLength(2);
    m_country->setToolTip(tr("Two letters (ISO 3166), e.g. NL"));
    m_vatId = FormFields::lineEdit(details, "customerVatId");
    m_vatId->setPlaceholderText(QStringLiteral("NL123456789B01"));
    m_email = FormFields::lineEdit(details, "customerEmail");
    m_email->setToolTip(tr("Several addresses separated by ';'"));
    m_paymentTerm = new QSpinBox(details);
    m_paymentTerm->setObjectName(QStringLiteral("customerPaymentTerm"));
    m_paymentTerm->setRange(0, 3650);
    m_paymentTerm->setSuffix(tr(" days"));

    auto *form = new QFormLayout(details);
    form->addRow(tr("Number:"), number);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(tr("&VAT number:"), m_vatId);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Pa&yment term:"), m_paymentTerm);

    auto *einvoicing = new QGroupBox(tr("E-invoicing (Peppol)"), this);
    m_peppol = new PeppolParticipantEdit(einvoicing);
    auto *peppolForm = new QFormLayout(einvoicing);
    peppolForm->addRow(tr("Participant &id:"), m_peppol);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("customerError"));
    ErrorLabel::setUp(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("customerSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("customerCancel"));
    // On its own at the left: it leaves the dialog without saving, unlike the buttons at the right.
    auto *invoices = new QPushButton(tr("Show &Invoices"), this);
    invoices->setObjectName(QStringLiteral("customerShowInvoices"));
    invoices->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(invoices, &QPushButton::clicked, this, [this] {
        emit showInvoicesRequested(m_original.id, m_original.number + QLatin1Char(' ') + m_original.name);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(details);
    layout->addWidget(einvoicing);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(invoices);
    buttonRow->addWidget(buttons, 1);
    layout->addLayout(buttonRow);

    // The endpoint derived from the VAT number follows the kind and the VAT number as they are typed.
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerDialog::updatePeppolFallback);
    connect(m_vatId, &QLineEdit::textChanged, this, &CustomerDialog::updatePeppolFallback);
    load(customer);
    ScreenFit::resize(this, QSize(620, sizeHint().height()));
}

void CustomerDialog::load(const Customer &customer)
{
    m_name->setText(customer.name);
    m_kind->setCurrentIndex(m_kind->findData(int(customer.kind)));
    m_language->setCurrentIndex(m_language->findData(int(customer.language)));
    m_street->setText(customer.street);
    m_postalCode->setText(customer.postalCode);
    m_city->setText(customer.city);
    m_country->setText(customer.country);
    m_vatId->setText(customer.vatId);
    m_email->setText(customer.email);
    m_paymentTerm->setValue(customer.paymentTermDays);
    m_peppol->setParticipant(customer.peppol);
    updatePeppolFallback();
}

Customer CustomerDialog::customer() const
{
    Customer c = m_original;
    c.name = m_name->text().trimmed();
    c.kind = CustomerKind(m_kind->currentData().toInt());
    c.language = Language(m_language->currentData().toInt());
    c.street = m_street->text().trimmed();
    c.postalCode = m_postalCode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.country = m_country->text().trimmed().toUpper();
    c.vatId = m_vatId->text().trimmed();
    c.email = m_email->text().trimmed();
    c.paymentTermDays = m_paymentTerm->value();
    c.peppol = m_peppol->participant();
    return c;
}

void CustomerDialog::updatePeppolFallback()
{
    Customer c = customer();
    c.peppol = {};
    const PeppolParticipant derived = c.peppolEndpoint();
    if (!derived.isEmpty())
        m_peppol->setFallbackText(tr("None entered: derived from the VAT number, %1.").arg(derived.toString()));
    else if (c.kind == CustomerKind::Consumer)
        m_peppol->setFallbackText(tr("None entered: a consumer receives credit notes as PDF, not over Peppol."));
    else
        m_peppol->setFallbackText(tr("None entered, and the VAT number gives none: credit notes cannot go over Peppol."));
}

QWidget *CustomerDialog::fieldWidget(CustomerField field) const
{
    switch (field) {
    case CustomerField::Name: return m_name;
    case CustomerField::Street: return m_street;
    case CustomerField::PostalCode: return m_postalCode;
    case CustomerField::City: return m_city;
    case CustomerField::Country: return m_country;
    case CustomerField::VatId: return m_vatId;
    case CustomerField::Email: return m_email;
    case CustomerField::PaymentTerm: return m_paymentTerm;
    case CustomerField::Peppol: return m_peppol->idEdit();
    }
    return nullptr;
}

void CustomerDialog::showProblems(const QList<CustomerProblem> &problems)
{
    QStringList messages;
    for (const CustomerProblem &problem : problems)
        messages << problem.message;
    m_error->setText(messages.join(QLatin1Char('\n')));
    m_error->setVisible(!messages.isEmpty());
    if (!problems.isEmpty()) {
        if (QWidget *field = fieldWidget(problems.first().field))
            field->setFocus(Qt::OtherFocusReason);
    }
}

void CustomerDialog::accept()
{
    const Customer edited = customer();
    const QList<CustomerProblem> problems = CustomerService::problems(edited);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    try {
        m_session.customerService().save(edited);
    } catch (const Error &error) {
        m_error->setText(error.message());
        m_error->show();
        return;
    }
    emit customerSaved(edited.id);
    QDialog::accept();
}

} // namespace dd
