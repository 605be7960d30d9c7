#include "CoreTestSupport.h"

#include "common/ValidationError.h"
#include "legal/CollectionCosts.h"

using namespace dd;
using dd::test::eur;

namespace {

Money costsOf(qint64 cents)
{
    return CollectionCosts::compute(eur(cents), CollectionCosts::Debtor::Consumer, false).costs;
}

} // namespace

TEST_CASE("collection costs: the worked examples of DOMAIN-NL.md", "[legal][collection-costs]")
{
    CHECK(costsOf(100000) == eur(15000));     // 15% of 1,000
    CHECK(costsOf(300000) == eur(42500));     // 375 + 10% of 500
    CHECK(costsOf(1200000) == eur(89500));    // 375 + 250 + 250 + 1% of 2,000
    CHECK(costsOf(30000000) == eur(327500));  // 375 + 250 + 250 + 1,900 + 0.5% of 100,000
    CHECK(costsOf(20000) == eur(4000));       // 15% of 200 = 30: the minimum of 40
}

TEST_CASE("collection costs: every bracket boundary, exact to the cent", "[legal][collection-costs]")
{
    struct Case
    {
        qint64 principal;
        qint64 costs;
        std::size_t brackets;
        bool minimum;
        bool maximum;
    };
    const Case cases[] = {
        {26666, 4000, 1, true, false},       // 15% = 39.999: below 40, the minimum applies
        {26667, 4000, 1, false, false},      // 15% = 40.0005: rounds to 40.00 by the scale itself
        {250000, 37500, 1, false, false},    // 15% of 2,500
        {250001, 37500, 2, false, false},    // 375 + 10% of 0.01 = 375.001
        {500000, 62500, 2, false, false},    // 375 + 250
        {500001, 62500, 3, false, false},    // 625 + 5% of 0.01 = 625.0005 -> 625.00
        {1000000, 87500, 3, false, false},   // 375 + 250 + 250
        {1000001, 87500, 4, false, false},   // 875 + 1% of 0.01
        {20000000, 277500, 4, false, false}, // 875 + 1,900
        {20000001, 277500, 5, false, false}, // 2,775 + 0.5% of 0.01
        {100000000, 677500, 5, false, false}, // 2,775 + 0.5% of 800,000 = 6,775: exactly the maximum
        {100000100, 677500, 5, false, true},  // 6,775.005: capped
        {500000000, 677500, 5, false, true},  // 5,000,000: capped at the maximum
    };
    for (const Case &c : cases) {
        INFO("principal " << eur(c.principal).toPlain().toStdString());
        const auto result = CollectionCosts::compute(eur(c.principal), CollectionCosts::Debtor::Consumer, false);
        CHECK(result.costs == eur(c.costs));
        CHECK(result.brackets.size() == c.brackets);
        CHECK(result.minimumApplied == c.minimum);
        CHECK(result.maximumApplied == c.maximum);
        qint64 sum = 0;
        for (const auto &bracket : result.brackets)
            sum += bracket.amount.cents();
        CHECK(sum == result.scaleAmount.cents());
        CHECK(result.total == result.costs); // no VAT asked
    }
}

TEST_CASE("collection costs: the breakdown per bracket", "[legal][collection-costs]")
{
    // 12,345.67: 15% x 2,500 = 375.00; 10% x 2,500 = 250.00; 5% x 5,000 = 250.00;
    // 1% x 2,345.67 = 23.4567 -> 23.46; total 898.46.
    const auto result = CollectionCosts::compute(eur(1234567), CollectionCosts::Debtor::Consumer, false);
    REQUIRE(result.brackets.size() == 4);
    CHECK(result.brackets[0].fromCents == 0);
    CHECK(result.brackets[0].toCents == 250000);
    CHECK(result.brackets[0].rateBasisPoints == 1500);
    CHECK(result.brackets[0].base == eur(250000));
    CHECK(result.brackets[0].amount == eur(37500));
    CHECK(result.brackets[1].amount == eur(25000));
    CHECK(result.brackets[2].amount == eur(25000));
    CHECK(result.brackets[3].fromCents == 1000000);
    CHECK(result.brackets[3].base == eur(234567));
    CHECK(result.brackets[3].rateBasisPoints == 100);
    CHECK(result.brackets[3].amount == eur(2346));
    CHECK(result.costs == eur(89846));
}

TEST_CASE("collection costs: the VAT uplift and the business alternative", "[legal][collection-costs]")
{
    // 21% of 150.00 = 31.50
    const auto withVat = CollectionCosts::compute(eur(100000), CollectionCosts::Debtor::Consumer, true);
    CHECK(withVat.costs == eur(15000));
    CHECK(withVat.vat == eur(3150));
    CHECK(withVat.total == eur(18150));
    CHECK(withVat.euCompensation == eur(0));

    // 21% of 185.184 -> costs 185.18, VAT 21% of 185.18 = 38.8878 -> 38.89
    const auto rounded = CollectionCosts::compute(eur(123456), CollectionCosts::Debtor::Consumer, true);
    CHECK(rounded.costs == eur(18518));
    CHECK(rounded.vat == eur(3889));

    // Maximum with VAT: 6,775 + 1,422.75
    const auto maximum = CollectionCosts::compute(eur(200000000), CollectionCosts::Debtor::Business, true, 3);
    CHECK(maximum.total == eur(677500 + 142275));
    // CJEU C-585/20 (BFF Finance Iberia): € 40 per late invoice.
    CHECK(maximum.euCompensation == eur(12000));
    CHECK(maximum.lateInvoices == 3);
    CHECK(CollectionCosts::euCompensation(1, QStringLiteral("EUR")) == eur(4000));
}

TEST_CASE("collection costs: refuse a principal of zero or less", "[legal][collection-costs]")
{
    CHECK_THROWS_AS(CollectionCosts::compute(eur(0), CollectionCosts::Debtor::Consumer, false), ValidationError);
    CHECK_THROWS_AS(CollectionCosts::compute(eur(-100), CollectionCosts::Debtor::Consumer, false), ValidationError);
    CHECK(CollectionCosts::parseDebtor(u"business") == CollectionCosts::Debtor::Business);
    CHECK_FALSE(CollectionCosts::parseDebtor(u"company").has_value());
}
