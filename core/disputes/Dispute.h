#pragma once

#include "calendar/IsoDate.h"
#include "disputes/DisputeCodes.h"
#include "money/Money.h"

#include <QList>
#include <QString>

namespace dd {

// One invoice (or the part of it) that a dispute is about.
struct DisputedInvoice
{
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money disputed;
};

// A customer's complaint about what they were invoiced, and how far it got through the decision
// tree. The current state only; how it got there is in the audit trail.
struct Dispute
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QList<DisputedInvoice> invoices;
    QList<qint64> productIds;
    QString reasonCode;
    Channel channel = Channel::Phone;
    QString contactPerson;
    QString story; // the customer's own words, unedited
    Date receivedOn;
    Date promisedOn; // the answer promised in the acknowledgement
    Date answeredOn; // when the verdict was given; not-a-date while unanswered
    QString assignee;
    DisputeStep step = DisputeStep::Hear;

    Verdict verdict = Verdict::None;
    Money justified; // the part of the claim found justified
    QString rationale;

    bool creditDecided = false;
    UnjustifiedPath path = UnjustifiedPath::None;
    AmicableState amicable = AmicableState::None;
    QString arrangement; // instalments agreed, in words
    Money goodwill;      // written off as goodwill

    QString lessonWhat;
    QString lessonDepartment;
    QString lessonAction;

    Outcome outcome = Outcome::None;
    Date closedOn;

    QString currency() const { return invoices.isEmpty() ? QStringLiteral("EUR") : invoices.constFirst().disputed.currency(); }
    Money disputedTotal() const;
    // The part that follows the unjustified branch: all of it, the rest after a partial verdict, or none.
    Money unjustifiedPart() const;
    bool isOpen() const { return step != DisputeStep::Closed; }
    // Unanswered after the promised date.
    bool isResponseOverdue(const Date &asOf) const;
};

} // namespace dd
