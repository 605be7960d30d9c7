#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dd {

struct EmailAttachment
{
    QString fileName;
    QString mimeType = QStringLiteral("application/pdf");
    QByteArray content;
};

// A letter as an e-mail for the user's own mail program.
struct EmailMessage
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body; // plain text
    QDateTime date;
    QList<EmailAttachment> attachments;
};

// Writes an RFC 5322 message with MIME (RFC 2045-2047): multipart/mixed, the text as a UTF-8 part,
// each attachment base64-encoded; non-ASCII names and subjects as encoded words. Lines end in CRLF.
class EmlWriter
{
public:
    // Throws ValidationError (naming the company's e-mail setting) when the sender's address is
    // empty or not an address: a mail program would send the draft from nowhere or refuse it.
    static QByteArray write(const EmailMessage &message);
    // A plain addr-spec as mail programs accept it: local@domain.tld, no spaces or angle brackets.
    static bool isValidAddress(const QString &address);
    // Empty when `companyEmail` can be the From: of an .eml; else why not, naming the setting.
    static QString senderProblem(const QString &companyEmail);
    // "=?UTF-8?B?...?=" when the text is not plain printable ASCII; the text itself otherwise.
    static QByteArray encodeWord(const QString &text);
};

} // namespace dd
