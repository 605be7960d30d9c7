#include "PeppolParticipant.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::PeppolParticipant", text);
}

// The schemes Peppol BIS Billing 3.0.19 accepts in cbc:EndpointID (variable $eaid of the official
// rule set PEPPOL-EN16931-UBL.sch, rule PEPPOL-EN16931-CL008).
const QSet<QString> &easCodes()
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        const QString list = QStringLiteral(
            "0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0151 0177 0183 0184 0188 0190 0191 0192 0193 0195 "
            "0196 0198 0199 0200 0201 0202 0204 0208 0209 0210 0211 0212 0213 0215 0216 0218 0221 0230 0235 9910 9913 9914 "
            "9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 "
            "9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 9952 9953 9957 9959 0147 0154 0158 0170 0194 0203 "
            "0205 0217 0225 0240");
        for (const QString &code : list.split(u' ', Qt::SkipEmptyParts))
            set.insert(code);
        return set;
    }();
    return codes;
}

// VAT number prefix -> the EAS scheme for that country's VAT numbers (EAS code list, "<country>
// VAT number" entries; Greece's VAT numbers start with EL).
const QHash<QString, QString> &vatSchemes()
{
    static const QHash<QString, QString> schemes = {
        {QStringLiteral("AT"), QStringLiteral("9914")}, {QStringLiteral("ES"), QStringLiteral("9920")},
        {QStringLiteral("AD"), QStringLiteral("9922")}, {QStringLiteral("AL"), QStringLiteral("9923")},
        {QStringLiteral("BA"), QStringLiteral("9924")}, {QStringLiteral("BE"), QStringLiteral("9925")},
        {QStringLiteral("BG"), QStringLiteral("9926")}, {QStringLiteral("CH"), QStringLiteral("9927")},
        {QStringLiteral("CY"), QStringLiteral("9928")}, {QStringLiteral("CZ"), QStringLiteral("9929")},
        {QStringLiteral("DE"), QStringLiteral("9930")}, {QStringLiteral("EE"), QStringLiteral("9931")},
        {QStringLiteral("GB"), QStringLiteral("9932")}, {QStringLiteral("EL"), QStringLiteral("9933")},
        {QStringLiteral("HR"), QStringLiteral("9934")}, {QStringLiteral("IE"), QStringLiteral("9935")},
        {QStringLiteral("LI"), QStringLiteral("9936")}, {QStringLiteral("LT"), QStringLiteral("9937")},
        {QStringLiteral("LU"), QStringLiteral("9938")}, {QStringLiteral("LV"), QStringLiteral("9939")},
        {QStringLiteral("MC"), QStringLiteral("9940")}, {QStringLiteral("ME"), QStringLiteral("9941")},
        {QStringLiteral("MK"), QStringLiteral("9942")}, {QStringLiteral("MT"), QStringLiteral("9943")},
        {QStringLiteral("NL"), QStringLiteral("9944")}, {QStringLiteral("PL"), QStringLiteral("9945")},
        {QStringLiteral("PT"), QStringLiteral("9946")}, {QStringLiteral("RO"), QStringLiteral("9947")},
        {QStringLiteral("RS"), QStringLiteral("9948")}, {QStringLiteral("SI"), QStringLiteral("9949")},
        {QStringLiteral("SK"), QStringLiteral("9950")}, {QStringLiteral("SM"), QStringLiteral("9951")},
        {QStringLiteral("TR"), QStringLiteral("9952")}, {QStringLiteral("VA"), QStringLiteral("9953")},
        {QStringLiteral("FR"), QStringLiteral("9957")}, {QStringLiteral("HU"), QStringLiteral("9910")},
    };
    return schemes;
}

// GS1 check digit (mod 10, weights 3 and 1 from the right), as PEPPOL-COMMON-R040 checks a GLN.
bool glnValid(const QString &gln)
{
    if (gln.size() != 13 || !QRegularExpression(QStringLiteral("^[0-9]{13}$")).match(gln).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (gln.at(11 - i).digitValue()) * (i % 2 == 0 ? 3 : 1);
    return (10 - sum % 10) % 10 == gln.at(12).digitValue();
}

// A Belgian enterprise number: 10 digits starting 0 or 1, the last two 97 - (first eight mod 97)
// (PEPPOL-COMMON-R043).
bool belgianEnterpriseNumberValid(const QString &number)
{
    if (!QRegularExpression(QStringLiteral("^[01][0-9]{9}$")).match(number).hasMatch())
        return false;
    return 97 - number.left(8).toLongLong() % 97 == number.right(2).toInt();
}
} // namespace

bool PeppolParticipant::knownScheme(const QString &scheme)
{
    return easCodes().contains(scheme);
}

QString PeppolParticipant::problem(const QString &scheme, const QString &id)
{
    if (!knownScheme(scheme))
        return tr("%1 is not a Peppol identifier scheme (EAS code, e.g. 0106 KvK, 9944 Dutch VAT, 0208 Belgian enterprise "
                  "number, 9930 German VAT, 0088 GLN)")
            .arg(scheme);
    if (id.isEmpty())
        return tr("the identifier after scheme %1 is missing").arg(scheme);
    if (scheme == u"0106" && !QRegularExpression(QStringLiteral("^[0-9]{8}$")).match(id).hasMatch())
        return tr("a KvK number (0106) has 8 digits, not %1").arg(id);
    if (scheme == u"0088" && !glnValid(id))
        return tr("%1 is not a GLN (0088): 13 digits with a valid check digit").arg(id);
    if (scheme == u"0208" && !belgianEnterpriseNumberValid(id))
        return tr("%1 is not a Belgian enterprise number (0208): 10 digits with a valid check number").arg(id);
    if (scheme.startsWith(u"99") && vatSchemes().key(scheme).size() == 2 && !id.startsWith(vatSchemes().key(scheme)))
        return tr("a VAT number for scheme %1 starts with %2").arg(scheme, vatSchemes().key(scheme));
    return QString();
}

std::optional<PeppolParticipant> PeppolParticipant::parse(const QString &text, QString *why)
{
    const QString compact = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.isEmpty())
        return PeppolParticipant();
    const qsizetype colon = compact.indexOf(u':');
    if (colon < 0) {
        if (why)
            *why = tr("\"%1\" is not a Peppol participant id: write scheme:identifier, e.g. 0106:12345678").arg(text);
        return std::nullopt;
    }
    PeppolParticipant participant{compact.left(colon), compact.mid(colon + 1).toUpper()};
    if (const QString reason = problem(participant.scheme, participant.id); !reason.isEmpty()) {
        if (why)
            *why = reason;
        return std::nullopt;
    }
    return participant;
}

QStringList PeppolParticipant::schemes()
{
    QStringList list = easCodes().values();
    list.sort();
    return list;
}

QString PeppolParticipant::schemeName(const QString &scheme)
{
    // Names after the EAS code list (CEF eDelivery "Electronic Address Scheme", as used by Peppol
    // BIS 3.0), shortened to what a credit controller recognises.
    static const QHash<QString, const char *> names = {
        {QStringLiteral("0002"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "SIRENE number (FR)")},
        {QStringLiteral("0007"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "organisation number (SE)")},
        {QStringLiteral("0009"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "SIRET code (FR)")},
        {QStringLiteral("0037"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "LY-tunnus (FI)")},
        {QStringLiteral("0060"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "DUNS number")},
        {QStringLiteral("0088"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "GLN (GS1 location number)")},
        {QStringLiteral("0106"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "KvK number (NL)")},
        {QStringLiteral("0184"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "CVR number (DK)")},
        {QStringLiteral("0190"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "OIN, Dutch government body (NL)")},
        {QStringLiteral("0192"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "organisation number (NO)")},
        {QStringLiteral("0204"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "Leitweg-ID (DE)")},
        {QStringLiteral("0208"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "enterprise number (BE)")},
        {QStringLiteral("0211"), QT_TRANSLATE_NOOP("dd::PeppolParticipant", "partita IVA (IT)")},
    };
    if (const auto it = names.constFind(scheme); it != names.cend())
        return QCoreApplication::translate("dd::PeppolParticipant", it.value());
    if (const QString country = vatSchemes().key(scheme); !country.isEmpty())
        return tr("VAT number %1").arg(country);
    return QString();
}

PeppolParticipant PeppolParticipant::fromVatId(const QString &vatId)
{
    const QString compact = QString(vatId).remove(u' ').remove(u'.').toUpper();
    const QString scheme = vatSchemes().value(compact.left(2));
    if (scheme.isEmpty() || compact.size() < 4)
        return {};
    return {scheme, compact};
}

PeppolParticipant PeppolParticipant::fromKvk(const QString &kvk)
{
    const QString compact = QString(kvk).remove(u' ');
    if (problem(QStringLiteral("0106"), compact).isEmpty())
        return {QStringLiteral("0106"), compact};
    return {};
}

} // namespace dd
