// Money: parsing in both number styles, formatting, currency rules, the one rounding rule and
// VAT per invoice line. Every expected value is worked out by hand in the comment next to it.

#include "CoreTestSupport.h"

#include "money/Money.h"
#include "money/Rounding.h"
#include "money/VatCalculator.h"

#include <limits>
#include <stdexcept>

using namespace dd;
using dd::test::eur;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

// The parsed cents, or a sentinel that no test expects, with the reason in `error`.
std::optional<qint64> parseCents(const QString &text, NumberStyle style, QString *error = nullptr)
{
    const auto money = Money::parse(text, QStringLiteral("EUR"), style, error);
    if (!money)
        return std::nullopt;
    return money->cents();
}

} // namespace

TEST_CASE("Money parses amounts written in either style", "[money][parse]")
{
    struct Case
    {
        const char16_t *text;
        qint64 cents;
    };
    // Where both separators appear, or the digits after the only separator cannot be a group of
    // three, the text is unambiguous and the style does not matter.
    const Case cases[] = {
        {u"1.234,56", 123456},     {u"1,234.56", 123456},     {u"1234.56", 123456},
        {u"1234,56", 123456},      {u"-12,50", -1250},        {u"-12.50", -1250},
        {u"€ 12,50", 1250},        {u"€12.50", 1250},         {u"12,50 €", 1250},
        {u"EUR 12,50", 1250},      {u"1.234.567,89", 123456789}, {u"1,234,567.89", 123456789},
        {u"12", 1200},             {u"12,5", 1250},           {u"0,05", 5},
        {u"-0,01", -1},            {u"+3", 300},              {u"  7,00  ", 700},
        {u"\u22125,25", -525},     {u"1.234.567", 123456700}, {u"1,234,567", 123456700},
        {u"0", 0},                 {u"007,10", 710},
        // The sign before or after the currency, as format() writes English and Dutch.
        {u"-€12.50", -1250},       {u"-€ 12,50", -1250},      {u"€ -12,50", -1250},
        {u"-12,50 €", -1250},      {u"+€5", 500},
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        for (NumberStyle style : {NumberStyle::Dutch, NumberStyle::English}) {
            INFO("text " << text.toStdString() << (style == NumberStyle::Dutch ? " (nl)" : " (en)"));
            QString error;
            const auto cents = parseCents(text, style, &error);
            INFO("error: " << error.toStdString());
            REQUIRE(cents.has_value());
            CHECK(*cents == c.cents);
        }
    }
}

TEST_CASE("A lone separator before three digits is decided by the style", "[money][parse]")
{
    // "1.234": Dutch thousands separator -> 1234.00; in English a decimal point with three
    // decimals, which is refused rather than rounded.
    CHECK(parseCents(QStringLiteral("1.234"), NumberStyle::Dutch) == 123400);
    QString error;
    CHECK_FALSE(parseCents(QStringLiteral("1.234"), NumberStyle::English, &error).has_value());
    CHECK(error.contains(QStringLiteral("decimals")));

    // "1,234": the mirror image.
    CHECK(parseCents(QStringLiteral("1,234"), NumberStyle::English) == 123400);
    error.clear();
    CHECK_FALSE(parseCents(QStringLiteral("1,234"), NumberStyle::Dutch, &error).has_value());
    CHECK(error.contains(QStringLiteral("decimals")));

    // Not ambiguous: two digits after the separator are always decimals.
    CHECK(parseCents(QStringLiteral("1.23"), NumberStyle::Dutch) == 123);
    CHECK(parseCents(QStringLiteral("1,23"), NumberStyle::English) == 123);
}

TEST_CASE("Money refuses what is not an amount, and says why", "[money][parse]")
{
    struct Case
    {
        const char16_t *text;
        NumberStyle style;
        const char16_t *reasonPart; // a word the reason must contain
    };
    const Case cases[] = {
        {u"", NumberStyle::Dutch, u"no amount"},
        {u"   ", NumberStyle::English, u"no amount"},
        {u"€", NumberStyle::Dutch, u"no amount"},
        {u"-", NumberStyle::Dutch, u"no amount"},
        {u"12,345", NumberStyle::Dutch, u"more than two decimals"},
        {u"12.345", NumberStyle::English, u"more than two decimals"},
        {u"1,5678", NumberStyle::English, u"more than two decimals"},
        {u"1,23,4", NumberStyle::Dutch, u"not an amount"},
        {u"1,23,4", NumberStyle::English, u"not an amount"},
        {u"1.2345,00", NumberStyle::Dutch, u"not an amount"},
        {u"12a", NumberStyle::Dutch, u"not an amount"},
        {u"abc", NumberStyle::English, u"not an amount"},
        {u"12,-", NumberStyle::Dutch, u"not an amount"},
        {u"12.", NumberStyle::English, u"not an amount"},
        {u"1 234,56", NumberStyle::Dutch, u"not an amount"},
        {u"--5", NumberStyle::Dutch, u"not an amount"},
        {u"-€-5", NumberStyle::Dutch, u"not an amount"},
        {u"-€", NumberStyle::English, u"no amount"},
        {u"\u0661\u0662", NumberStyle::Dutch, u"not an amount"}, // Arabic-Indic digits
        {u"99999999999999999999", NumberStyle::Dutch, u"too large"},
        {u"92233720368547758", NumberStyle::English, u"too large"},
    };
    for (const Case &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        INFO("text '" << text.toStdString() << "'");
        QString error;
        CHECK_FALSE(parseCents(text, c.style, &error).has_value());
        CHECK(error.contains(QString::fromUtf16(c.reasonPart)));
        // Without an error pointer it must still refuse (and not crash).
        CHECK_FALSE(Money::parse(text, QStringLiteral("EUR"), c.style).has_value());
    }
}

TEST_CASE("The largest amounts parse up to the limit", "[money][parse]")
{
    // 17 digits of whole euros still fit.
    CHECK(parseCents(QStringLiteral("92233720368547757,99"), NumberStyle::Dutch) == 9223372036854775799);
    CHECK(parseCents(QStringLiteral("-92.233.720.368.547.757,99"), NumberStyle::Dutch) == -9223372036854775799);
}

TEST_CASE("Parsing keeps the currency it was given", "[money][parse]")
{
    const auto usd = Money::parse(u"$1,234.50", QStringLiteral("USD"), NumberStyle::English);
    REQUIRE(usd.has_value());
    CHECK(usd->currency() == QStringLiteral("USD"));
    CHECK(usd->cents() == 123450);
    const auto chf = Money::parse(u"CHF 10,00", QStringLiteral("CHF"), NumberStyle::Dutch);
    REQUIRE(chf.has_value());
    CHECK(*chf == Money(1000, QStringLiteral("CHF")));
}

TEST_CASE("Money formats in Dutch and English", "[money][format]")
{
    CHECK(eur(123456).format(NumberStyle::Dutch) == QStringLiteral("€ 1.234,56"));
    CHECK(eur(123456).format(NumberStyle::English) == QStringLiteral("€1,234.56"));
    CHECK(eur(-1250).format(NumberStyle::Dutch) == QStringLiteral("€ -12,50"));
    CHECK(eur(-1250).format(NumberStyle::English) == QStringLiteral("-€12.50"));
    CHECK(eur(0).format(NumberStyle::Dutch) == QStringLiteral("€ 0,00"));
    CHECK(eur(0).format(NumberStyle::English) == QStringLiteral("€0.00"));
    CHECK(eur(5).format(NumberStyle::Dutch) == QStringLiteral("€ 0,05"));
    CHECK(eur(-5).format(NumberStyle::English) == QStringLiteral("-€0.05"));
    CHECK(eur(100000).format(NumberStyle::Dutch) == QStringLiteral("€ 1.000,00"));
    CHECK(eur(99999).format(NumberStyle::Dutch) == QStringLiteral("€ 999,99"));
    CHECK(eur(123456789012).format(NumberStyle::Dutch) == QStringLiteral("€ 1.234.567.890,12"));
    CHECK(eur(123456789012).format(NumberStyle::English) == QStringLiteral("€1,234,567,890.12"));
    CHECK(Money(1250, QStringLiteral("USD")).format(NumberStyle::English) == QStringLiteral("$12.50"));
    CHECK(Money(1250, QStringLiteral("GBP")).format(NumberStyle::Dutch) == QStringLiteral("£ 12,50"));
    CHECK(Money(1250, QStringLiteral("CHF")).format(NumberStyle::Dutch) == QStringLiteral("CHF 12,50"));
    CHECK(Money(1250, QStringLiteral("CHF")).format(NumberStyle::English) == QStringLiteral("CHF 12.50"));
    CHECK(Money(-1250, QStringLiteral("CHF")).format(NumberStyle::English) == QStringLiteral("-CHF 12.50"));

    CHECK(eur(-123456).formatNumber(NumberStyle::Dutch) == QStringLiteral("-1.234,56"));
    CHECK(eur(-123456).formatNumber(NumberStyle::English) == QStringLiteral("-1,234.56"));
    CHECK(eur(-123456).toPlain() == QStringLiteral("-1234.56"));
    CHECK(eur(5).toPlain() == QStringLiteral("0.05"));
    CHECK(eur(-5).toPlain() == QStringLiteral("-0.05"));
    CHECK(eur(0).toPlain() == QStringLiteral("0.00"));
}

TEST_CASE("The extreme 64-bit amounts format without overflow", "[money][format]")
{
    // INT64_MIN has no positive counterpart; INT64_MAX = 92233720368547758.07.
    const Money smallest = eur(int64Min);
    const Money largest = eur(int64Max);
    CHECK(smallest.formatNumber(NumberStyle::Dutch) == QStringLiteral("-92.233.720.368.547.758,08"));
    CHECK(smallest.formatNumber(NumberStyle::English) == QStringLiteral("-92,233,720,368,547,758.08"));
    CHECK(smallest.toPlain() == QStringLiteral("-92233720368547758.08"));
    CHECK(smallest.format(NumberStyle::Dutch) == QStringLiteral("€ -92.233.720.368.547.758,08"));
    CHECK(smallest.format(NumberStyle::English) == QStringLiteral("-€92,233,720,368,547,758.08"));
    CHECK(largest.format(NumberStyle::English) == QStringLiteral("€92,233,720,368,547,758.07"));
    CHECK(largest.toPlain() == QStringLiteral("92233720368547758.07"));
}

TEST_CASE("Formatted amounts parse back to the same amount", "[money][format][parse]")
{
    const qint64 samples[] = {0, 1, -1, 99, 100, 101, 999, 1000, 99999, 100000, 123456, -123456,
                              100000000, 123456789012, -987654321098, 9223372036854775799};
    for (qint64 cents : samples) {
        for (NumberStyle style : {NumberStyle::Dutch, NumberStyle::English}) {
            const Money money = eur(cents);
            INFO(money.format(style).toStdString());
            CHECK(Money::parse(money.format(style), QStringLiteral("EUR"), style) == std::optional<Money>(money));
            CHECK(Money::parse(money.formatNumber(style), QStringLiteral("EUR"), style) == std::optional<Money>(money));
        }
        CHECK(Money::parse(eur(cents).toPlain(), QStringLiteral("EUR"), NumberStyle::English) == std::optional<Money>(eur(cents)));
    }
}

TEST_CASE("Amounts of different currencies are never combined", "[money]")
{
    const Money euros = eur(1000);
    const Money dollars(1000, QStringLiteral("USD"));
    CHECK_THROWS_AS(euros + dollars, std::invalid_argument);
    CHECK_THROWS_AS(euros - dollars, std::invalid_argument);
    CHECK_THROWS_AS(euros < dollars, std::invalid_argument);
    Money total = euros;
    CHECK_THROWS_AS(total += dollars, std::invalid_argument);
    CHECK(total == euros); // unchanged after the refused addition
    CHECK_THROWS_AS(total -= dollars, std::invalid_argument);
    CHECK(euros != dollars);

    CHECK((euros + eur(250)).cents() == 1250);
    CHECK((euros - eur(1250)).cents() == -250);
    CHECK((-euros).cents() == -1000);
    CHECK(eur(1) < eur(2));
    CHECK_FALSE(eur(2) < eur(2));
}

TEST_CASE("Money arithmetic refuses to overflow", "[money]")
{
    CHECK_THROWS_AS(eur(int64Max) + eur(1), std::overflow_error);
    CHECK_THROWS_AS(eur(int64Min) - eur(1), std::overflow_error);
    CHECK((eur(int64Max) + eur(-1)).cents() == int64Max - 1);
}

TEST_CASE("Rounding is half away from zero", "[money][rounding]")
{
    CHECK(Rounding::divide(5, 2) == 3);     // 2.5
    CHECK(Rounding::divide(-5, 2) == -3);   // -2.5
    CHECK(Rounding::divide(5, -2) == -3);   // -2.5
    CHECK(Rounding::divide(-5, -2) == 3);   // 2.5
    CHECK(Rounding::divide(7, 2) == 4);     // 3.5
    CHECK(Rounding::divide(24999, 10000) == 2);   // 2.4999
    CHECK(Rounding::divide(-24999, 10000) == -2); // -2.4999
    CHECK(Rounding::divide(25000, 10000) == 3);   // 2.5
    CHECK(Rounding::divide(25001, 10000) == 3);   // 2.5001
    CHECK(Rounding::divide(1, 3) == 0);
    CHECK(Rounding::divide(2, 3) == 1);
    CHECK(Rounding::divide(-2, 3) == -1);
    CHECK(Rounding::divide(0, 7) == 0);
    CHECK(Rounding::divide(int64Max, 1) == int64Max);
    CHECK(Rounding::divide(int64Min, 1) == int64Min);
    CHECK(Rounding::divide(int64Min, 2) == int64Min / 2);
    CHECK_THROWS_AS(Rounding::divide(1, 0), std::invalid_argument);
    CHECK_THROWS_AS(Rounding::divide(int64Min, -1), std::overflow_error);

    CHECK(eur(250).scaled(1, 100).cents() == 3);   // 2.5 cents
    CHECK(eur(-250).scaled(1, 100).cents() == -3); // -2.5 cents
    CHECK(eur(249).scaled(1, 100).cents() == 2);   // 2.49 cents
}

TEST_CASE("Scaling survives intermediate products beyond 64 bits", "[money][rounding]")
{
    // int64Max * 10 overflows 64 bits, but the quotient fits.
    CHECK(Rounding::scale(int64Max, 10, 10) == int64Max);
    CHECK(Rounding::scale(int64Min, 3, 3) == int64Min);
    CHECK(Rounding::scale(4'000'000'000'000'000'000, 3'000'000'000, 6'000'000'000) == 2'000'000'000'000'000'000);
    // 9e18 * 7 / 9e18 = 7; 3e18 * 5 / 2 = 7.5e18 (fits).
    CHECK(Rounding::scale(9'000'000'000'000'000'000, 7, 9'000'000'000'000'000'000) == 7);
    CHECK(Rounding::scale(3'000'000'000'000'000'000, 5, 2) == 7'500'000'000'000'000'000);
    // (2^62 + 1) * 3 / 2 = 6917529027641081857.5 -> ...858 (half away from zero)
    CHECK(Rounding::scale((qint64(1) << 62) + 1, 3, 2) == 6917529027641081858);
    CHECK(Rounding::scale(-((qint64(1) << 62) + 1), 3, 2) == -6917529027641081858);
    CHECK_THROWS_AS(Rounding::scale(int64Max, 2, 1), std::overflow_error);
    CHECK_THROWS_AS(Rounding::scale(int64Min, -1, 1), std::overflow_error);
    CHECK_THROWS_AS(Rounding::scale(1, 1, 0), std::invalid_argument);
}

TEST_CASE("VAT is computed per line from the rounded net amount", "[money][vat]")
{
    const Money price99 = eur(99);
    SECTION("3 x 0.99 at 21%")
    {
        // net 2.97; VAT 2.97 x 0.21 = 0.6237 -> 0.62; gross 3.59
        const LineAmounts a = VatCalculator::line(3000, price99, 2100);
        CHECK(a.net == eur(297));
        CHECK(a.vat == eur(62));
        CHECK(a.gross == eur(359));
    }
    SECTION("3 x 0.99 at 9%")
    {
        // VAT 2.97 x 0.09 = 0.2673 -> 0.27
        const LineAmounts a = VatCalculator::line(3000, price99, 900);
        CHECK(a.net == eur(297));
        CHECK(a.vat == eur(27));
        CHECK(a.gross == eur(324));
    }
    SECTION("3 x 0.99 at 0%")
    {
        const LineAmounts a = VatCalculator::line(3000, price99, 0);
        CHECK(a.vat == eur(0));
        CHECK(a.gross == eur(297));
    }
    SECTION("2.5 hours of 85.00 at 21%")
    {
        // net 212.50; VAT 44.625 -> 44.63 (half away from zero); gross 257.13
        const LineAmounts a = VatCalculator::line(2500, eur(8500), 2100);
        CHECK(a.net == eur(21250));
        CHECK(a.vat == eur(4463));
        CHECK(a.gross == eur(25713));
    }
    SECTION("fractional quantity rounds the net amount first")
    {
        // 1.5 x 0.99 = 1.485 -> 1.49; VAT 1.49 x 0.21 = 0.3129 -> 0.31
        const LineAmounts a = VatCalculator::line(1500, price99, 2100);
        CHECK(a.net == eur(149));
        CHECK(a.vat == eur(31));
        // 0.333 x 10.00 = 3.33
        CHECK(VatCalculator::line(333, eur(1000), 2100).net == eur(333));
    }
    SECTION("negative lines round symmetrically")
    {
        // -1 x 0.50 at 21%: VAT -0.105 -> -0.11; +1 gives +0.11
        CHECK(VatCalculator::line(-1000, eur(50), 2100).vat == eur(-11));
        CHECK(VatCalculator::line(1000, eur(50), 2100).vat == eur(11));
        CHECK(VatCalculator::line(1000, eur(-50), 2100).gross == eur(-61));
    }
    SECTION("the line keeps its currency")
    {
        const LineAmounts a = VatCalculator::line(2000, Money(1000, QStringLiteral("USD")), 2100);
        CHECK(a.net == Money(2000, QStringLiteral("USD")));
        CHECK(a.vat == Money(420, QStringLiteral("USD")));
    }
    SECTION("VAT of a net amount")
    {
        CHECK(VatCalculator::vatOf(eur(10000), 2100) == eur(2100));
        CHECK(VatCalculator::vatOf(eur(1), 2100) == eur(0));   // 0.21 cent
        CHECK(VatCalculator::vatOf(eur(3), 2100) == eur(1));   // 0.63 cent
        CHECK(VatCalculator::vatOf(eur(50), 900) == eur(5));   // 4.5 cents -> 5
    }
}
