#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dd {

// A document as it was sent (a letter or a credit note PDF), kept with its case for the file of
// the case and the 7-year retention of credit notes. Never changed once kept.
struct KeptDocument
{
    qint64 id = 0;
    qint64 disputeId = 0;    // 0: not kept with a case
    qint64 creditNoteId = 0; // 0: not a credit note
    QString kind;            // DocumentKinds::code
    QString language;        // nl / en
    QDateTime createdAt;
    QString actor;
    QString fileName;
    QString mimeType = QStringLiteral("application/pdf");
    QString sha256;
    QByteArray content; // empty when only the description was loaded
};

} // namespace dd
