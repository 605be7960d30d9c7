#pragma once

#include "Money.h"

namespace dd {

// The amounts of one invoice line.
struct LineAmounts
{
    Money net;   // quantity x unit price, rounded to the cent
    Money vat;   // net x rate, rounded to the cent
    Money gross; // net + vat
};

// VAT per invoice line, as Dutch invoices compute it: the line's net amount is rounded first,
// then the VAT of that net amount (art. 226 VAT Directive asks for VAT per rate; rounding per
// line is accepted by the Belastingdienst as long as it is done consistently).
class VatCalculator
{
public:
    // quantityThousandths: quantity x 1000 (2.5 hours = 2500); rateBasisPoints: 21% = 2100.
    static LineAmounts line(qint64 quantityThousandths, const Money &unitPrice, int rateBasisPoints);
    static Money vatOf(const Money &net, int rateBasisPoints);
};

} // namespace dd
