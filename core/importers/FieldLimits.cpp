#include "FieldLimits.h"

#include <QCoreApplication>

namespace dd {

int FieldLimits::csvField(const QString &field)
{
    static const QStringList names = {QStringLiteral("name"),   QStringLiteral("street"),    QStringLiteral("city"),
                                      QStringLiteral("email"),  QStringLiteral("reference")};
    static const QStringList texts = {QStringLiteral("description"), QStringLiteral("invoice"), QStringLiteral("invoices"),
                                      // A dispute case's words, as the export writes them.
                                      QStringLiteral("story"), QStringLiteral("rationale"), QStringLiteral("arrangement"),
                                      QStringLiteral("lesson_what"), QStringLiteral("lesson_department"), QStringLiteral("lesson_action"),
                                      QStringLiteral("contact_person"), QStringLiteral("assignee"), QStringLiteral("credit_reason"),
                                      QStringLiteral("vat_exemption_reason")};
    if (names.contains(field))
        return nameChars;
    if (texts.contains(field))
        return textChars;
    return codeChars;
}

int FieldLimits::xmlElement(QStringView localName)
{
    static const QStringList names = {QStringLiteral("Name"),     QStringLiteral("RegistrationName"), QStringLiteral("StreetName"),
                                      QStringLiteral("CityName"), QStringLiteral("ElectronicMail"),   QStringLiteral("Nm")};
    static const QStringList texts = {QStringLiteral("Description"), QStringLiteral("AllowanceChargeReason"),
                                      QStringLiteral("Ustrd"), QStringLiteral("Note"), QStringLiteral("AddtlTxInf"),
                                      QStringLiteral("AddtlNtryInf")};
    if (names.contains(localName))
        return nameChars;
    if (texts.contains(localName))
        return textChars;
    return codeChars;
}

QString FieldLimits::tooLong(const QString &what, qsizetype length, int limit)
{
    return QCoreApplication::translate("dd::FieldLimits", "%1 is %2 characters long; at most %3 are accepted")
        .arg(what)
        .arg(length)
        .arg(limit);
}

qsizetype FieldLimits::controlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return i;
    }
    return -1;
}

} // namespace dd
