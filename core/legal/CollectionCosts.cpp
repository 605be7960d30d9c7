#include "CollectionCosts.h"

#include "common/ValidationError.h"
#include "money/Rounding.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace dd {

namespace {

struct ScaleBracket
{
    qint64 upToCents; // 0: open-ended
    qint64 rateBasisPoints;
};

// Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2 lid 1: 15% over the first
// € 2,500, 10% over the next € 2,500, 5% over the next € 5,000, 1% over the next € 190,000 and
// 0.5% over the rest.
constexpr std::array<ScaleBracket, 5> scale{{
    {250000, 1500},
    {500000, 1000},
    {1000000, 500},
    {20000000, 100},
    {0, 50},
}};

} // namespace

CollectionCostsResult CollectionCosts::compute(const Money &principal, Debtor debtor, bool vatUplift, int lateInvoices,
                                               qint64 vatRateBasisPoints)
{
    if (principal.cents() <= 0)
        throw ValidationError(QCoreApplication::translate("dd::CollectionCosts", "the principal must be more than zero"));
    if (lateInvoices < 1)
        throw ValidationError(QCoreApplication::translate("dd::CollectionCosts", "at least one late invoice is needed"));

    const QString &currency = principal.currency();
    CollectionCostsResult result;
    result.principal = principal;
    result.debtor = debtor;

    // Only the bracket the principal ends in can have a fraction of a cent (the full brackets
    // give whole euros), so the rounded bracket amounts add up to the rounded exact sum. The
    // exact sum, in cents x basis points, decides whether the minimum or maximum applies.
    __extension__ typedef __int128 Wide;
    Wide exact = 0;
    qint64 scaleCents = 0;
    qint64 from = 0;
    for (const ScaleBracket &bracket : scale) {
        if (principal.cents() <= from)
            break;
        const qint64 to = bracket.upToCents == 0 ? principal.cents() : std::min(principal.cents(), bracket.upToCents);
        const qint64 base = to - from;
        CollectionCostBracket line;
        line.fromCents = from;
        if (bracket.upToCents != 0)
            line.toCents = bracket.upToCents;
        line.rateBasisPoints = bracket.rateBasisPoints;
        line.base = Money(base, currency);
        line.amount = Money(Rounding::scale(base, bracket.rateBasisPoints, 10000), currency);
        result.brackets.push_back(line);
        exact += Wide(base) * bracket.rateBasisPoints;
        scaleCents += line.amount.cents();
        from = bracket.upToCents;
    }
    result.scaleAmount = Money(scaleCents, currency);

    qint64 costs = scaleCents;
    if (exact < Wide(minimumCents) * 10000) { // Besluit art. 2 lid 1: minimum € 40
        result.minimumApplied = true;
        costs = minimumCents;
    } else if (exact > Wide(maximumCents) * 10000) { // Besluit art. 2 lid 1: maximum € 6,775
        result.maximumApplied = true;
        costs = maximumCents;
    }
    result.costs = Money(costs, currency);

    // Besluit art. 2 lid 3: VAT on top only for a creditor that cannot deduct it.
    result.vatUplift = vatUplift;
    result.vatRateBasisPoints = vatUplift ? vatRateBasisPoints : 0;
    result.vat = Money(vatUplift ? Rounding::scale(costs, vatRateBasisPoints, 10000) : 0, currency);
    result.total = result.costs + result.vat;

    if (debtor == Debtor::Business) {
        result.lateInvoices = lateInvoices;
        result.euCompensation = euCompensation(lateInvoices, currency);
    } else {
        result.euCompensation = Money::zero(currency);
    }
    return result;
}

Money CollectionCosts::euCompensation(int lateInvoices, const QString &currency)
{
    // Art. 6:96 lid 4 BW (Directive 2011/7/EU art. 6 lid 1): € 40 per late-paid invoice, without
    // a reminder; CJEU 20-10-2022, C-585/20 (BFF Finance Iberia): due for each invoice paid late.
    return Money(euCompensationCents * std::max(lateInvoices, 0), currency);
}

QString CollectionCosts::debtorCode(Debtor debtor)
{
    return debtor == Debtor::Consumer ? QStringLiteral("consumer") : QStringLiteral("business");
}

std::optional<CollectionCosts::Debtor> CollectionCosts::parseDebtor(QStringView code)
{
    if (code == u"consumer")
        return Debtor::Consumer;
    if (code == u"business")
        return Debtor::Business;
    return std::nullopt;
}

} // namespace dd
