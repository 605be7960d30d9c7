#pragma once

#include "money/Money.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace dd {

// One bracket of the scale and what it contributes: `base` is the part of the principal that
// falls in [from, to], `amount` the bracket's rate applied to it.
struct CollectionCostBracket
{
    qint64 fromCents = 0;
    std::optional<qint64> toCents; // none: open-ended
    qint64 rateBasisPoints = 0;
    Money base;
    Money amount;
};

struct CollectionCostsResult
{
    enum class Debtor { Consumer, Business };

    Money principal;
    Debtor debtor = Debtor::Consumer;
    std::vector<CollectionCostBracket> brackets; // only the brackets the principal reaches
    Money scaleAmount;                            // the sum of the brackets, rounded once
    bool minimumApplied = false;
    bool maximumApplied = false;
    Money costs;                                  // after minimum and maximum
    bool vatUplift = false;
    qint64 vatRateBasisPoints = 0;
    Money vat;
    Money total;                                  // costs + vat
    // Businesses only: the fixed EU compensation as the alternative claim.
    int lateInvoices = 0;
    Money euCompensation;
};

// Statutory extrajudicial collection costs (buitengerechtelijke incassokosten).
//
// Art. 6:96 lid 2 sub c and lid 5 BW with the Besluit vergoeding voor buitengerechtelijke
// incassokosten (Stb. 2012, 141), art. 2: a degressive scale over the principal, minimum € 40,
// maximum € 6,775. The scale has been unchanged since 1 July 2012, so it is coded here rather
// than shipped as a dated table. Art. 2 lid 3 of the Besluit: a creditor that cannot deduct VAT
// may add VAT to the amount.
class CollectionCosts
{
public:
    using Debtor = CollectionCostsResult::Debtor;

    static constexpr qint64 minimumCents = 4000;     // Besluit art. 2 lid 1: at least € 40
    static constexpr qint64 maximumCents = 677500;   // Besluit art. 2 lid 1: at most € 6,775
    static constexpr qint64 euCompensationCents = 4000; // Directive 2011/7/EU art. 6 lid 1
    static constexpr qint64 defaultVatRateBasisPoints = 2100;

    // Costs over `principal` (more than zero; the unpaid amount without interest). For a
    // business debtor the result also carries the alternative of art. 6:96 lid 4 BW: € 40 per
    // late-paid invoice. Throws ValidationError for a principal of zero or less.
    static CollectionCostsResult compute(const Money &principal, Debtor debtor, bool vatUplift, int lateInvoices = 1,
                                         qint64 vatRateBasisPoints = defaultVatRateBasisPoints);

    // Directive 2011/7/EU art. 6 (art. 6:96 lid 4 BW): € 40 per late-paid invoice, due without
    // reminder; CJEU C-585/20 (BFF Finance Iberia): per invoice, not per claim.
    static Money euCompensation(int lateInvoices, const QString &currency);

    static QString debtorCode(Debtor debtor);
    static std::optional<Debtor> parseDebtor(QStringView code);
};

} // namespace dd
