#pragma once

#include <QString>

namespace dd {

// Who we are, as printed in the letterhead of every document and in the supplier party of a UBL
// credit note (DOMAIN-NL.md §6: name, address, VAT number and KvK number are required on a credit
// note). Edited in the settings; stored by CompanySettingsRepository.
struct CompanySettings
{
    QString name = QStringLiteral("DisputeDesk B.V.");
    QString street;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("NL"); // ISO 3166-1 alpha-2
    QString email;
    QString phone;
    QString website;
    QString iban;
    QString bic;
    QString kvk;   // Chamber of Commerce (Kamer van Koophandel) number
    QString vatId; // e.g. NL123456789B01
    QString logoPath; // an image file for the letterhead; empty: none
    QString creditNotePrefix = QStringLiteral("CN"); // CN-2026-000001
    int letterPaymentDays = 14; // the payment term a rejection letter gives

    // "Street, 1234 AB City" on one line, leaving out what is empty.
    QString addressLine() const;
};

} // namespace dd
