#pragma once

#include "einvoicing/PeppolParticipant.h"

#include <QString>
#include <QStringList>

namespace dd {

// Who we are, as printed in the letterhead of every document and in the supplier party of a UBL
// credit note (DOMAIN-NL.md §6: name, address, VAT number and KvK number are required on a credit
// note). Edited in the settings; stored by CompanySettingsRepository.
struct CompanySettings
{
    QString name; // no default: a document must never name a company that is not the user's
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

    // Where we receive e-invoices over Peppol: the KvK number (0106), else the VAT number's
    // scheme (9944 for a Dutch one); empty when neither gives one.
    PeppolParticipant peppolEndpoint() const;

    // "Street, 1234 AB City" on one line, leaving out what is empty.
    QString addressLine() const;

    // The details a credit note cannot go without, by name, that are empty: the supplier's name,
    // full address and VAT number (VAT Directive 2006/112/EC art. 226 points 3 and 5) and, for a
    // Dutch company, its KvK number (Handelsregisterbesluit 2008 art. 20).
    QStringList missingForCreditNote() const;
    // Likewise for a letter: who writes, from where (the place before the date) and, for a letter
    // that asks for payment, the account to pay into.
    QStringList missingForLetter(bool asksForPayment) const;
    // "<what> needs the company's X, Y …": where to fill them in, and that nothing happened.
    static QString missingMessage(const QString &what, const QStringList &missing);
};

} // namespace dd
