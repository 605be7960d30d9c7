#pragma once

#include <QString>
#include <QStringView>

namespace dd {

// How long a value in an imported file may be. Without limits a file can put a 10 MB customer
// number into the database, and every list, letter and report after it; the limits are generous
// for anything a real accounting package or bank writes (Peppol and CAMT allow 35 to 140
// characters where we allow 64 to 4000) and refuse the rest with the field's name.
class FieldLimits
{
public:
    // Numbers, codes, dates, amounts, identifiers and references.
    static constexpr int codeChars = 64;
    // Names, addresses, e-mail addresses, a payment's reference.
    static constexpr int nameChars = 255;
    // Free text: line descriptions, remittance information, lists of invoice numbers.
    static constexpr int textChars = 4000;

    // The limit of a CSV import field ("number", "name", "description"...).
    static int csvField(const QString &field);
    // The limit of a UBL or CAMT element with text, by its local name ("ID", "Name", "Ustrd").
    static int xmlElement(QStringView localName);
    // "number is 300 characters long; at most 64 are accepted".
    static QString tooLong(const QString &what, qsizetype length, int limit);
    // The position of the first control character (U+0000 to U+001F, U+007F to U+009F), or -1.
    static qsizetype controlCharacter(QStringView text);
};

} // namespace dd
