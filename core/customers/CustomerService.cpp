#include "CustomerService.h"

#include "common/ValidationError.h"
#include "customers/CustomerRepository.h"
#include "importers/FieldLimits.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CustomerService", text);
}

// The payment term the CSV import accepts (ten years): longer is a typing error.
constexpr int maximumPaymentTermDays = 3650;
} // namespace

CustomerService::CustomerService(Database &database)
    : m_database(database)
{
}

QString CustomerService::fieldLabel(CustomerField field)
{
    switch (field) {
    case CustomerField::Name: return tr("Name");
    case CustomerField::Street: return tr("Street");
    case CustomerField::PostalCode: return tr("Postal code");
    case CustomerField::City: return tr("City");
    case CustomerField::Country: return tr("Country");
    case CustomerField::VatId: return tr("VAT number");
    case CustomerField::Email: return tr("E-mail");
    case CustomerField::PaymentTerm: return tr("Payment term");
    case CustomerField::Peppol: return tr("Peppol participant id");
    }
    return {};
}

QList<CustomerProblem> CustomerService::problems(const Customer &customer)
{
    QList<CustomerProblem> found;
    const auto add = [&found](CustomerField field, const QString &reason) {
        found.append({field, tr("%1: %2").arg(fieldLabel(field), reason)});
    };
    // Lengths and control characters as the import limits them: a name heads every letter.
    const auto checkText = [&add](CustomerField field, const QString &text, int limit) {
        if (text.size() > limit)
            add(field, FieldLimits::tooLong(tr("the text"), text.size(), limit));
        else if (FieldLimits::controlCharacter(text) >= 0)
            add(field, tr("contains a control character (a tab or line break pasted in?)"));
    };
    if (customer.name.trimmed().isEmpty())
        add(CustomerField::Name, tr("a customer needs a name: it heads every letter"));
    checkText(CustomerField::Name, customer.name, FieldLimits::nameChars);
    checkText(CustomerField::Street, customer.street, FieldLimits::nameChars);
    checkText(CustomerField::PostalCode, customer.postalCode, FieldLimits::codeChars);
    checkText(CustomerField::City, customer.city, FieldLimits::nameChars);
    if (!QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(customer.country).hasMatch())
        add(CustomerField::Country, tr("\"%1\" is not a two-letter country code (ISO 3166), e.g. NL").arg(customer.country));
    checkText(CustomerField::VatId, customer.vatId, FieldLimits::codeChars);
    checkText(CustomerField::Email, customer.email, FieldLimits::nameChars);
    // Several addresses may be listed for the invoices, as accounting packages export them.
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const QString &part : customer.email.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        if (!address.match(part.trimmed()).hasMatch()) {
            add(CustomerField::Email, tr("\"%1\" is not an e-mail address").arg(part.trimmed()));
            break;
        }
    }
    if (customer.paymentTermDays < 0 || customer.paymentTermDays > maximumPaymentTermDays)
        add(CustomerField::PaymentTerm, tr("%1 days is not a payment term (0 to %2 days)").arg(customer.paymentTermDays).arg(maximumPaymentTermDays));
    if (!customer.peppol.scheme.isEmpty() || !customer.peppol.id.isEmpty()) {
        if (const QString reason = PeppolParticipant::problem(customer.peppol.scheme, customer.peppol.id); !reason.isEmpty())
            add(CustomerField::Peppol, reason);
    }
    return found;
}

void CustomerService::save(const Customer &customer)
{
    if (const QList<CustomerProblem> found = problems(customer); !found.isEmpty())
        throw ValidationError(found.first().message);
    Transaction transaction(m_database, DataChange::Customers);
    if (!CustomerRepository(m_database).update(customer))
        throw ValidationError(tr("Customer %1 no longer exists: it was not saved.").arg(customer.number));
    transaction.commit();
}

} // namespace dd
