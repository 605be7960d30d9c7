#include "CompanySettings.h"

#include <QCoreApplication>
#include <QStringList>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CompanySettings", text);
}

void requireField(QStringList &missing, const QString &value, const char *label)
{
    if (value.trimmed().isEmpty())
        missing << tr(label);
}

} // namespace

PeppolParticipant CompanySettings::peppolEndpoint() const
{
    if (const PeppolParticipant byKvk = PeppolParticipant::fromKvk(kvk); !byKvk.isEmpty())
        return byKvk;
    return PeppolParticipant::fromVatId(vatId);
}

QString CompanySettings::addressLine() const
{
    QStringList parts;
    if (!street.trimmed().isEmpty())
        parts << street.trimmed();
    const QString place = (postalCode.trimmed() + u' ' + city.trimmed()).trimmed();
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}

QStringList CompanySettings::missingForCreditNote() const
{
    QStringList missing;
    requireField(missing, name, QT_TR_NOOP("name"));
    requireField(missing, street, QT_TR_NOOP("street"));
    requireField(missing, postalCode, QT_TR_NOOP("postal code"));
    requireField(missing, city, QT_TR_NOOP("city"));
    requireField(missing, country, QT_TR_NOOP("country"));
    requireField(missing, vatId, QT_TR_NOOP("VAT number"));
    if (country.trimmed().compare(QStringLiteral("NL"), Qt::CaseInsensitive) == 0)
        requireField(missing, kvk, QT_TR_NOOP("KvK number"));
    return missing;
}

QStringList CompanySettings::missingForLetter(bool asksForPayment) const
{
    QStringList missing;
    requireField(missing, name, QT_TR_NOOP("name"));
    requireField(missing, street, QT_TR_NOOP("street"));
    requireField(missing, postalCode, QT_TR_NOOP("postal code"));
    requireField(missing, city, QT_TR_NOOP("city"));
    if (asksForPayment)
        requireField(missing, iban, QT_TR_NOOP("IBAN"));
    return missing;
}

QString CompanySettings::missingMessage(const QString &what, const QStringList &missing)
{
    return tr("%1 needs the company's %2, which are not filled in. Fill them in under Settings ▸ Company and Letters "
              "in the program, or with disputedesk-cli company, then try again; nothing was issued or recorded.")
        .arg(what, missing.join(QStringLiteral(", ")));
}

} // namespace dd
