#include "EmlWriter.h"

#include "common/ValidationError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::EmlWriter", text);
}

const QByteArray crlf("\r\n");

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return !text.contains(QStringLiteral("=?"));
}

// Base64 in lines of 76 characters (RFC 2045 §6.8).
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray result;
    result.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        result += encoded.mid(i, 76) + crlf;
    return result;
}

QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray addr = address.trimmed().toUtf8();
    if (name.trimmed().isEmpty())
        return addr;
    QByteArray display;
    if (isPlainAscii(name)) {
        QString quoted = name.trimmed();
        quoted.replace(u'\\', QStringLiteral("\\\\"));
        quoted.replace(u'"', QStringLiteral("\\\""));
        display = '"' + quoted.toLatin1() + '"';
    } else {
        display = EmlWriter::encodeWord(name.trimmed());
    }
    return display + " <" + addr + '>';
}

QByteArray fileNameParameter(const QString &fileName)
{
    if (isPlainAscii(fileName) && !fileName.contains(u'"'))
        return "\"" + fileName.toLatin1() + "\"";
    return "\"" + EmlWriter::encodeWord(fileName) + "\"";
}
} // namespace

QByteArray EmlWriter::encodeWord(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

bool EmlWriter::isValidAddress(const QString &address)
{
    // Deliberately the common form only (RFC 5322 §3.4.1 allows more, such as quoted local parts,
    // that mail programs and servers often refuse): a dot-atom local part and a domain of labels
    // with a dot in it.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return pattern.match(address.trimmed()).hasMatch();
}

QString EmlWriter::senderProblem(const QString &companyEmail)
{
    if (companyEmail.trimmed().isEmpty())
        return tr("An e-mail (.eml) is sent from the company's e-mail address, which is not filled in. Fill it in under "
                  "Settings ▸ Company and Letters ▸ E-mail (or disputedesk-cli company --email), then try again; "
                  "nothing was written.");
    if (!isValidAddress(companyEmail))
        return tr("The company's e-mail address \"%1\" (Settings ▸ Company and Letters ▸ E-mail) is not a valid address, "
                  "so an e-mail (.eml) cannot be sent from it. Correct it, then try again; nothing was written.")
            .arg(companyEmail.trimmed());
    return QString();
}

QByteArray EmlWriter::write(const EmailMessage &message)
{
    if (const QString problem = senderProblem(message.fromAddress); !problem.isEmpty())
        throw ValidationError(problem);
    // A boundary that cannot occur in base64 or in the headers: derived from the content.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(message.subject.toUtf8());
    hash.addData(message.body.toUtf8());
    for (const EmailAttachment &attachment : message.attachments)
        hash.addData(attachment.content);
    const QByteArray digest = hash.result().toHex();
    const QByteArray boundary = "=_DisputeDesk_" + digest.left(24);
    const QString domain = message.fromAddress.contains(u'@') ? message.fromAddress.section(u'@', 1) : QStringLiteral("disputedesk.local");
    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTimeUtc();

    QByteArray out;
    out += "From: " + mailbox(message.fromName, message.fromAddress) + crlf;
    out += "To: " + mailbox(message.toName, message.toAddress) + crlf;
    out += "Subject: " + encodeWord(message.subject.simplified()) + crlf;
    out += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000" + crlf;
    out += "Message-ID: <" + digest.mid(24, 32) + '@' + domain.toUtf8() + '>' + crlf;
    out += "MIME-Version: 1.0" + crlf;
    out += "X-Unsent: 1" + crlf; // opens as a draft to send in Outlook and others
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + '"' + crlf;
    out += crlf;
    out += "This is a multi-part message in MIME format." + crlf;

    out += "--" + boundary + crlf;
    out += "Content-Type: text/plain; charset=UTF-8" + crlf;
    out += "Content-Transfer-Encoding: base64" + crlf;
    out += crlf;
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(u'\n', QStringLiteral("\r\n"));
    out += base64Lines(body.toUtf8());

    for (const EmailAttachment &attachment : message.attachments) {
        out += "--" + boundary + crlf;
        out += "Content-Type: " + attachment.mimeType.toLatin1() + "; name=" + fileNameParameter(attachment.fileName) + crlf;
        out += "Content-Transfer-Encoding: base64" + crlf;
        out += "Content-Disposition: attachment; filename=" + fileNameParameter(attachment.fileName) + crlf;
        out += crlf;
        out += base64Lines(attachment.content);
    }
    out += "--" + boundary + "--" + crlf;
    return out;
}

} // namespace dd
