#pragma once

#include "calendar/IsoDate.h"
#include "customers/Customer.h"
#include "money/Money.h"

#include <QString>

namespace dd {

// How dates, amounts and percentages read in a document of the customer's language:
// "9 maart 2026", "€ 1.234,56", "21%" in Dutch; "9 March 2026", "€1,234.56" in English.
class DocumentFormat
{
public:
    static QString date(const Date &date, Language language);
    static QString money(const Money &amount, Language language);
    static QString rate(int basisPoints, Language language);
    // Quantity in thousandths, without needless decimals: 2500 -> "2,5" / "2.5".
    static QString quantity(qint64 thousandths, Language language);
    static NumberStyle numberStyle(Language language)
    {
        return language == Language::Dutch ? NumberStyle::Dutch : NumberStyle::English;
    }
    // The customer's address as lines: street, postal code and city, country when not NL.
    static QString customerAddress(const Customer &customer);
};

} // namespace dd
