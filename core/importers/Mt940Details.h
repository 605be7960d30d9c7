#pragma once

#include <QString>

namespace dd {

// What an MT940 statement line's information to account owner (:86:) says about the
// counterparty and the payment. Banks fill the field in two ways:
// - structured sub-fields, "/CODE/value": ING (/EREF/, /CNTP/IBAN/BIC/name/city/, /REMI/USTD//text/),
//   Rabobank (/EREF/, /ORDP//NAME/, /REMI/) and ABN AMRO's SEPA lines (/TRTP/, /IBAN/, /NAME/, /REMI/);
// - free text, ABN AMRO's older layout ("SEPA OVERBOEKING IBAN: ... NAAM: ... OMSCHRIJVING: ...").
// Rabobank puts the counterparty's account in the :61: line's supplementary details instead.
struct Mt940Details
{
    QString name;
    QString iban;
    QString remittance;
    QString endToEndId;

    // `lines` are the :86: field's lines as in the file, joined by '\n'; `supplementary` the
    // :61: field's second line (or empty).
    static Mt940Details parse(const QString &lines, const QString &supplementary);
};

} // namespace dd
