#include "Mt940Details.h"

#include <QList>
#include <QRegularExpression>

namespace dd {

namespace {

// The sub-field codes of the Dutch banks' structured :86: (ING's "Mijn ING Zakelijk MT940
// Structured" and Rabobank's "MT940 Structured" format descriptions, ABN AMRO's SEPA layout).
// Only these start a sub-field: a '/' inside a value (a date, a name) does not.
const QRegularExpression &subFieldCode()
{
    static const QRegularExpression code(QStringLiteral(
        "/(EREF|PREF|MARF|CSID|CNTP|REMI|NAME|IBAN|BIC|ADDR|ORDP|BENM|ULTC|ULTD|ULTB|PURP|RTRN|ISDT|TRTP|TRCD|SUM|BUSP|EXCH|CHGS|OCMT|SVCL)/"));
    return code;
}

bool isIban(const QString &text)
{
    static const QRegularExpression iban(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$"));
    return iban.match(text).hasMatch();
}

QString ibanOf(const QString &text)
{
    const QString compact = QString(text).remove(u' ').toUpper();
    return isIban(compact) ? compact : QString();
}

// ISO 13616's check: the first four characters moved to the end, letters as 10 to 35, the
// number modulo 97 is 1.
bool hasIbanChecksum(const QString &iban)
{
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
    }
    return remainder == 1;
}

// Free text has no end marker after the IBAN: it is the first word, or the first words of
// four characters and a last one of at most four (the printed form, "NL91 ABNA 0417 1643 00"),
// with a valid checksum.
QString ibanInText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    if (isIban(words.constFirst()) && hasIbanChecksum(words.constFirst()))
        return words.constFirst();
    QString grouped, found;
    for (const QString &word : words) {
        if (word.size() > 4)
            break;
        grouped += word;
        if (isIban(grouped) && hasIbanChecksum(grouped))
            found = grouped;
        if (word.size() < 4)
            break;
    }
    return found;
}

QString trimSlashes(QString value)
{
    while (value.endsWith(u'/'))
        value.chop(1);
    return value.trimmed();
}

// "/EREF/123//CNTP/NL..../REMI/USTD//F-1/": the sub-fields in order, codes with their values.
QList<std::pair<QString, QString>> subFields(const QString &text)
{
    QList<std::pair<QString, QString>> fields;
    auto it = subFieldCode().globalMatch(text);
    QString code;
    qsizetype valueStart = -1;
    while (it.hasNext()) {
        const auto m = it.next();
        if (valueStart >= 0)
            fields.append({code, text.mid(valueStart, m.capturedStart() - valueStart)});
        code = m.captured(1);
        valueStart = m.capturedEnd();
    }
    if (valueStart >= 0)
        fields.append({code, text.mid(valueStart)});
    return fields;
}

Mt940Details structured(const QString &text)
{
    Mt940Details details;
    for (const auto &[code, raw] : subFields(text)) {
        if (code == u"EREF") {
            const QString value = trimSlashes(raw);
            if (value != u"NOTPROVIDED")
                details.endToEndId = value;
        } else if (code == u"CNTP") {
            // ING: /CNTP/account/BIC/name/city/
            const QStringList parts = raw.split(u'/');
            if (details.iban.isEmpty() && !parts.isEmpty())
                details.iban = ibanOf(parts.at(0));
            if (details.name.isEmpty() && parts.size() > 2)
                details.name = parts.at(2).trimmed();
        } else if (code == u"IBAN" && details.iban.isEmpty()) {
            details.iban = ibanOf(trimSlashes(raw));
        } else if (code == u"NAME" && details.name.isEmpty()) {
            details.name = trimSlashes(raw);
        } else if (code == u"REMI") {
            // ING writes USTD//text (unstructured) or STRD/CUR/reference (structured, the
            // Currence payment reference); Rabobank and ABN AMRO the text itself.
            QString value = trimSlashes(raw);
            static const QRegularExpression kind(QStringLiteral("^(USTD//|STRD/[A-Z]{3}/)"));
            value.remove(kind);
            details.remittance = value;
        }
    }
    return details;
}

// ABN AMRO's free text: labels ("IBAN:", "NAAM:") followed by their values, or just a
// description ("GIRO 428428 KPN - DIGITENNE BETALINGSKENM. 000000042188659 ...").
Mt940Details freeText(const QString &text)
{
    Mt940Details details;
    static const QRegularExpression label(QStringLiteral("\\b(IBAN|BIC|NAAM|OMSCHRIJVING|KENMERK|MACHTIGING|INCASSANT):\\s*"));
    QStringList described;
    auto it = label.globalMatch(text);
    QString name;
    qsizetype valueStart = -1;
    auto take = [&](qsizetype end) {
        if (valueStart < 0)
            return;
        const QString value = text.mid(valueStart, end - valueStart).trimmed();
        if (name == u"IBAN")
            details.iban = ibanInText(value.toUpper());
        else if (name == u"NAAM")
            details.name = value;
        else if (name == u"OMSCHRIJVING" || name == u"KENMERK")
            described << value;
    };
    while (it.hasNext()) {
        const auto m = it.next();
        take(m.capturedStart());
        name = m.captured(1);
        valueStart = m.capturedEnd();
    }
    take(text.size());
    details.remittance = described.isEmpty() ? text : described.join(u' ');
    return details;
}

} // namespace

Mt940Details Mt940Details::parse(const QString &lines, const QString &supplementary)
{
    // Structured fields are cut into lines of 65 characters anywhere, even inside a word;
    // free text is written line by line.
    const QString joined = QString(lines).remove(u'\n');
    const auto first = subFieldCode().match(joined);
    const bool isStructured = first.hasMatch() && first.capturedStart() == 0;
    Mt940Details details = isStructured ? structured(joined) : freeText(QString(lines).replace(u'\n', u' ').simplified());
    details.remittance = details.remittance.simplified();
    details.name = details.name.simplified();
    if (details.iban.isEmpty())
        details.iban = ibanOf(supplementary.trimmed());
    return details;
}

} // namespace dd
