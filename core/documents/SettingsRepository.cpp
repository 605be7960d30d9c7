#include "SettingsRepository.h"

#include "common/ValidationError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::SettingsRepository", text);
}

// The company fields by their key in the settings table.
struct Field
{
    const char *key;
    QString CompanySettings::*member;
};

const Field fields[] = {
    {"company.name", &CompanySettings::name},         {"company.street", &CompanySettings::street},
    {"company.postal_code", &CompanySettings::postalCode}, {"company.city", &CompanySettings::city},
    {"company.country", &CompanySettings::country},   {"company.email", &CompanySettings::email},
    {"company.phone", &CompanySettings::phone},       {"company.website", &CompanySettings::website},
    {"company.iban", &CompanySettings::iban},         {"company.bic", &CompanySettings::bic},
    {"company.kvk", &CompanySettings::kvk},           {"company.vat_id", &CompanySettings::vatId},
    {"company.logo", &CompanySettings::logoPath},     {"creditnote.prefix", &CompanySettings::creditNotePrefix},
};
} // namespace

SettingsRepository::SettingsRepository(Database &database)
    : m_database(database)
{
}

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    const QVariant found = m_database.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!found.isValid())
        return std::nullopt;
    return found.toString();
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    Transaction transaction(m_database, DataChange::Settings);
    m_database.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    m_database.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value});
    transaction.commit();
}

void SettingsRepository::remove(const QString &key)
{
    Transaction transaction(m_database, DataChange::Settings);
    m_database.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    transaction.commit();
}

CompanySettings SettingsRepository::company() const
{
    CompanySettings company;
    for (const Field &field : fields) {
        if (const auto stored = value(QString::fromLatin1(field.key)))
            company.*field.member = *stored;
    }
    if (const auto days = value(QStringLiteral("letter.payment_days")))
        company.letterPaymentDays = days->toInt();
    return company;
}

QString SettingsRepository::companyName() const
{
    return value(QStringLiteral("company.name")).value_or(QString()).trimmed();
}

void SettingsRepository::setCompany(const CompanySettings &company)
{
    if (company.name.trimmed().isEmpty())
        throw ValidationError(tr("The company needs a name: it heads every letter."));
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9-]{1,12}$"));
    if (!prefixPattern.match(company.creditNotePrefix).hasMatch())
        throw ValidationError(tr("The credit note prefix \"%1\" must be 1 to 12 letters, digits or '-'.")
                                  .arg(company.creditNotePrefix));
    if (company.letterPaymentDays < 1 || company.letterPaymentDays > 365)
        throw ValidationError(tr("The payment term of a letter must be 1 to 365 days."));
    Transaction transaction(m_database, DataChange::Settings);
    for (const Field &field : fields)
        setValue(QString::fromLatin1(field.key), (company.*field.member).trimmed());
    setValue(QStringLiteral("letter.payment_days"), QString::number(company.letterPaymentDays));
    transaction.commit();
}

} // namespace dd
