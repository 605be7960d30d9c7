#pragma once

#include "calendar/IsoDate.h"

#include <QString>

namespace dd {

// The term of the statutory 14-day letter (art. 6:96 lid 6 BW, DOMAIN-NL.md §2): the debtor has
// fourteen days starting the day after *receipt*. The creditor cannot know the day of receipt, and
// a letter that names a date inside the real term misleads the debtor about it (HR 25-11-2016,
// ECLI:NL:HR:2016:2704), so the program assumes the latest ordinary receipt: a letter by post no
// earlier than 2 business days after posting, an e-mail the next business day. Letters, the
// dunning run and the cost-benefit assessment all count with these dates.
class FourteenDayLetter
{
public:
    enum class Delivery { Post, Email };

    // The day the letter is assumed received at the earliest.
    static Date assumedReceipt(const Date &sent, Delivery delivery);
    // The last day of the term: receipt + 14 days.
    static Date termEnds(const Date &sent, Delivery delivery);
    // The first day the collection costs may be charged: the day after the term.
    static Date costsChargeableFrom(const Date &sent, Delivery delivery);

    // Why a 14-day letter cannot be sent on `sent` for an invoice due on `dueDate`: it gives notice
    // of a debt that is already overdue, so it is sent after the due date. Empty when it can.
    static QString refusal(const Date &sent, const Date &dueDate);
    // A letter dated on a weekend or public holiday is not posted that day; the program warns.
    static bool isPostingDay(const Date &sent);
};

} // namespace dd
