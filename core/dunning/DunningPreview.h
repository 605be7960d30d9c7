#pragma once

#include "calendar/IsoDate.h"
#include "customers/Customer.h"
#include "dunning/DunningLevel.h"
#include "exchangerates/ExchangeRate.h"
#include "money/Money.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// One overdue invoice as a letter lists it.
struct DunningInvoiceLine
{
    qint64 invoiceId = 0;
    QString number;
    Date issueDate;
    Date dueDate;
    Money open;
    int daysOverdue = 0;
    int previousLevel = 0; // the highest level it had before this run (0: none)
    int level = 0;         // its level after this letter: previousLevel + 1 when it moves up, else previousLevel
    bool movesUp = false;  // false: listed as still overdue, its level stays
    std::optional<Money> interest; // interest to date, when the level shows it and the rate table covers the days
    bool selected = true;  // the GUI unticks; an unticked invoice is left out of the letter and of the history
};

// One letter (or hand-over file) for one customer in one currency.
struct DunningLetterPlan
{
    qint64 customerId = 0;
    QString customerNumber;
    QString customerName;
    CustomerKind customerKind = CustomerKind::Business;
    Language language = Language::Dutch;
    QString currency;
    DunningLevel level;    // the highest level any of its invoices reaches
    bool selected = true;  // the GUI unticks; a hand-over starts unticked (a human decision)
    QList<DunningInvoiceLine> invoices;
    Money total;           // open amount of all listed invoices
    // Interest: shown when the level says so. When the rate table does not cover the days the
    // interest is "not available" and interestNote says why; the run does not fail.
    bool showsInterest = false;
    std::optional<Money> interest;
    QString interestNote;
    bool interestRatesToVerify = false; // a rate used is marked "to verify" in the interest table
    // Collection costs over the total (art. 6:96 BW with the Besluit BIK), when the level shows them.
    // They and the EU compensation are euro amounts whatever the letter's currency: a letter in
    // another currency has them computed on its total converted at `eurRate` (totalInEur).
    bool showsCosts = false;
    std::optional<ExchangeRate> eurRate; // letters in another currency than EUR that show costs
    Money totalInEur;
    Money costs;
    Money costsVat;        // zero unless VAT is added (Besluit BIK art. 2 lid 3)
    bool costsVatAdded = false;
    int costsVatRateBasisPoints = 0;
    Money euCompensation;  // businesses: € 40 per invoice (art. 6:96 lid 4 BW, Directive 2011/7/EU)
    // The 14-day letter: the earliest day the costs may be charged (letter date + the costs delay).
    std::optional<Date> costsChargeableFrom;
    QString fileName;      // C-100-ingebrekestelling.pdf (a Dutch letter), C-300-notice.pdf, C-100-overdracht.csv
    // The letter's text as the user edited it for this customer before sending (HTML with the
    // figures still as {{dunning.…}} fields, filled in when written); empty: the level's template.
    QString ownText;

    bool isFourteenDayLetter() const { return level.statutoryNotice && customerKind == CustomerKind::Consumer; }
};

enum class DunningSkipReason { DisputeHold, Arrangement, BelowMinimum, DoNotDun, NoExchangeRate };

// An overdue invoice the run leaves alone, and why.
struct DunningSkip
{
    qint64 customerId = 0;
    QString customerNumber;
    QString customerName;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    Money open;
    int wouldBeLevel = 0; // the level it would have reached (0: none yet)
    DunningSkipReason reason = DunningSkipReason::DisputeHold;
    QString detail;       // the case number, the minimum, the currency without a euro rate, ...

    static QString reasonCode(DunningSkipReason reason);
    QString reasonText() const;
};

// What a run would do on a date. Making it records nothing.
struct DunningPreview
{
    Date asOf;
    qint64 lastRunId = 0; // the newest committed run when the preview was made: commit refuses a stale preview
    QList<DunningLetterPlan> letters;
    QList<DunningSkip> skipped;
    int overdueInvoices = 0; // open and past due, on hold or not
    // What to know before sending (a date without post, interest the letters cannot state): the
    // CLI prints them, the program shows them and asks before it sends.
    QStringList warnings;
};

} // namespace dd
