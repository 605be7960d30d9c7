#include "ProductWarningContacts.h"

#include "common/CsvField.h"
#include "common/ValidationError.h"
#include "customers/CustomerContactRepository.h"
#include "disputes/ProactiveWarnings.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ProductWarningContacts", text);
}
} // namespace

ProductWarningContacts::ProductWarningContacts(Database &database)
    : m_database(database)
{
}

QList<QStringList> ProductWarningContacts::rows(const std::vector<ProductWarning> &warnings)
{
    // Stable column names, like the exporter's headers, so a mail merge can rely on them.
    QList<QStringList> rows{{QStringLiteral("product_code"), QStringLiteral("product_name"),
                             QStringLiteral("complaining_customers"), QStringLiteral("customer_number"),
                             QStringLiteral("customer_name"), QStringLiteral("email"), QStringLiteral("last_purchase")}};
    for (const ProductWarning &warning : warnings) {
        for (const CustomerAtRisk &customer : warning.otherCustomers)
            rows.append({warning.productCode, warning.productName, QString::number(warning.complainingCustomers),
                         customer.number, customer.name, customer.email, IsoDate::format(customer.lastPurchase)});
    }
    return rows;
}

qint64 ProductWarningContacts::writeCsv(const std::vector<ProductWarning> &warnings, const QString &path)
{
    const QList<QStringList> all = rows(warnings);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ValidationError(tr("%1: cannot be written: %2").arg(path, file.errorString()));
    for (const QStringList &row : all)
        file.write((CsvField::join(row) + QStringLiteral("\r\n")).toUtf8());
    if (!file.commit())
        throw ValidationError(tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return all.size() - 1;
}

int ProductWarningContacts::markWarned(const std::vector<ProductWarning> &warnings, const Date &on)
{
    // A customer who bought several of the products is warned once, about all of them.
    QList<qint64> order;
    QHash<qint64, QStringList> productsOf;
    QHash<qint64, bool> hasEmail;
    for (const ProductWarning &warning : warnings) {
        for (const CustomerAtRisk &customer : warning.otherCustomers) {
            if (!productsOf.contains(customer.customerId))
                order << customer.customerId;
            productsOf[customer.customerId] << QStringLiteral("%1 %2").arg(warning.productCode, warning.productName);
            hasEmail[customer.customerId] = !customer.email.isEmpty();
        }
    }
    QList<CustomerContact> contacts;
    contacts.reserve(order.size());
    for (qint64 customerId : order) {
        CustomerContact contact;
        contact.customerId = customerId;
        contact.date = on;
        contact.channel = hasEmail.value(customerId) ? Channel::Email : Channel::Phone;
        contact.direction = ContactDirection::Outbound;
        contact.summary = tr("Warned about complaints from other customers over %1").arg(productsOf.value(customerId).join(QStringLiteral(", ")));
        contacts << contact;
    }
    Transaction transaction(m_database, DataChange::Customers);
    CustomerContactRepository(m_database).add(contacts);
    transaction.commit();
    return int(contacts.size());
}

} // namespace dd
