#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// Where a party receives e-invoices over Peppol: an identifier scheme from the Electronic Address
// Scheme (EAS) code list and the identifier within it, written "0106:12345678". Peppol BIS 3.0
// needs one for the seller and the buyer (cbc:EndpointID, PEPPOL-EN16931-R010/R020) and accepts
// only EAS codes there (PEPPOL-EN16931-CL008), so never the e-mail scheme "EM".
struct PeppolParticipant
{
    QString scheme; // e.g. 0106 KvK, 9944 NL VAT, 0208 Belgian enterprise number, 9930 DE VAT, 0088 GLN
    QString id;

    bool isEmpty() const { return scheme.isEmpty() || id.isEmpty(); }
    QString toString() const { return isEmpty() ? QString() : scheme + u':' + id; }
    bool operator==(const PeppolParticipant &other) const = default;

    // "0106:12345678" (spaces ignored). Empty text gives an empty participant; text that is not a
    // known scheme with a well-formed identifier gives nullopt and, in `why`, the reason.
    static std::optional<PeppolParticipant> parse(const QString &text, QString *why);
    // Checks a scheme and identifier as parse does; empty when they are fine, else the reason.
    static QString problem(const QString &scheme, const QString &id);
    // The VAT number scheme of the number's country prefix (NL123456789B01 -> 9944), if the EAS
    // list has one; empty otherwise.
    static PeppolParticipant fromVatId(const QString &vatId);
    // A Dutch Chamber of Commerce (KvK) number: scheme 0106.
    static PeppolParticipant fromKvk(const QString &kvk);
    static bool knownScheme(const QString &scheme);
    // Every EAS code Peppol accepts, in code order: what a scheme picker offers.
    static QStringList schemes();
    // What the scheme's identifiers are ("KvK number (NL)", "VAT number DE"), for the common
    // schemes; empty for the others.
    static QString schemeName(const QString &scheme);
};

} // namespace dd
