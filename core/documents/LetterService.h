#pragma once

#include "customers/Customer.h"
#include "disputes/Dispute.h"
#include "documents/DocumentKind.h"
#include "documents/EmlWriter.h"
#include "documents/KeptDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dd {

class Clock;
class Database;

// A case letter, rendered and ready to send.
struct Letter
{
    DocumentKind kind = DocumentKind::Acknowledgement;
    qint64 disputeId = 0;
    QString disputeNumber;
    Language language = Language::Dutch;
    QString subject;
    QString html;      // the body as rendered from the template
    QString plainText; // the same, as the text of an e-mail
    QByteArray pdf;
    QString fileName;  // DSP-2026-000001-acknowledgement.pdf
    QString toName;    // the customer's contact, or the customer
    QString toAddress; // e-mail address; empty when none is known
    QList<EmailAttachment> attachments; // besides the letter: the credit note of a "justified" letter
};

// The letters of the decision tree (DESIGN.md §3-4): acknowledgement (Hear), "you are right" with
// the credit note (justified), substantiated rejection (unjustified, amicable), payment
// arrangement confirmation and goodwill letter. compose() is the preview; send() records the
// letter in the case's contact log and keeps its PDF with the case, in one transaction.
class LetterService
{
public:
    LetterService(Database &database, const Clock &clock, QString actor);

    // Throws ValidationError when the case is not where the letter belongs (a goodwill letter
    // before goodwill was granted, a "justified" letter before a credit note was issued, ...).
    Letter compose(qint64 disputeId, DocumentKind kind) const;
    // compose(), then record().
    Letter send(qint64 disputeId, DocumentKind kind);
    // Records a composed letter as sent: the contact log entry (letter, outbound, with the letter
    // kind) and the kept PDF, in one transaction. For the GUI: preview with compose(), then record().
    void record(const Letter &letter);

    // The letter as an e-mail from the company to the customer's contact, the PDF attached.
    // Throws ValidationError when no e-mail address of the customer is known.
    QByteArray eml(const Letter &letter) const;

private:
    Database &m_database;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace dd
