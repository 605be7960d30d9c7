#pragma once

#include "dunning/DunningPreview.h"
#include "legal/StatutoryInterest.h"

#include <QString>

namespace dd {

class Database;

// The figures of a letter whose invoices, total and level are settled: interest per invoice,
// collection costs, the 14-day letter's costs date and the file name. The preview and a partly
// ticked plan (DunningRun::selectedPart) share it, so a letter says the same whichever made it.
//
// The collection-cost scale and the € 40 per invoice are euro amounts (Besluit BIK art. 2;
// art. 6:96 lid 4 BW). A letter in another currency gets them computed on its total converted at
// the euro rate of the letter date (the latest on or before it, ExchangeRateRepository); without
// such a rate its costs cannot be stated and `eurRate` stays empty.
class DunningPlanCalculator
{
public:
    explicit DunningPlanCalculator(Database &database);

    void complete(DunningLetterPlan &plan, const Date &asOf, bool multiCurrency) const;

    // A customer number as part of a file name: anything but letters, digits, '-' and '.' becomes '_'.
    static QString fileSafe(const QString &text);
    // The start of a letter's file name, "C-100-ingebrekestelling": the customer and the level in the
    // letter's language (the program's own levels; a level the user added keeps its code).
    static QString fileBase(const DunningLetterPlan &plan);

private:
    Database &m_database;
    StatutoryInterest m_interest;
    bool m_addVatConsumer = false; // Besluit BIK art. 2 lid 3: the creditor cannot deduct the VAT
    bool m_addVatBusiness = false;
    int m_costsDelay = 0;
};

} // namespace dd
