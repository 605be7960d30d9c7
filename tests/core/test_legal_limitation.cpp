#include "CoreTestSupport.h"

#include "legal/Limitation.h"

using namespace dd;
using dd::test::day;

TEST_CASE("limitation: five years, or two for a consumer purchase", "[legal][limitation]")
{
    // Art. 3:307 BW: due 2024-03-15, the period runs from 2024-03-16; last day 2029-03-15.
    const auto other = Limitation::compute(Limitation::Kind::Other, day(2024, 3, 15), {}, day(2026, 6, 30));
    CHECK(other.years == 5);
    CHECK(other.periodStart == day(2024, 3, 16));
    CHECK(other.lastDay == day(2029, 3, 15));
    CHECK(other.barredFrom == day(2029, 3, 16));
    CHECK(other.status == Limitation::Status::Running);
    CHECK(other.article == QStringLiteral("art. 3:307 BW"));

    // Art. 7:28 BW: two years.
    const auto goods = Limitation::compute(Limitation::Kind::ConsumerGoods, day(2024, 3, 15), {}, day(2026, 6, 30));
    CHECK(goods.lastDay == day(2026, 3, 15));
    CHECK(goods.status == Limitation::Status::Expired);
    CHECK(goods.daysLeft == 0);

    // Due on 28 February of a leap year: the period starts on 29 February; its last day is
    // 28 February five years later, barred from 1 March.
    const auto leap = Limitation::compute(Limitation::Kind::Other, day(2024, 2, 28), {}, day(2024, 3, 1));
    CHECK(leap.lastDay == day(2029, 2, 28));
    CHECK(leap.barredFrom == day(2029, 3, 1));
    const auto leapDay = Limitation::compute(Limitation::Kind::Other, day(2024, 2, 29), {}, day(2024, 3, 1));
    CHECK(leapDay.lastDay == day(2029, 2, 28));
}

TEST_CASE("limitation: written reminders interrupt the period", "[legal][limitation]")
{
    // Art. 3:317 / 3:319 BW: a reminder on 2025-06-10 starts a new five years on 2025-06-11.
    const auto once = Limitation::compute(Limitation::Kind::Other, day(2024, 3, 15), {day(2025, 6, 10)}, day(2026, 6, 30));
    REQUIRE(once.reminders.size() == 1);
    CHECK(once.reminders[0].effect == LimitationReminder::Effect::Interrupted);
    CHECK(once.lastDay == day(2030, 6, 10));

    // The new period of a consumer purchase is again two years (art. 3:319 lid 1 BW).
    const auto goods =
        Limitation::compute(Limitation::Kind::ConsumerGoods, day(2024, 3, 15), {day(2025, 6, 10)}, day(2026, 6, 30));
    CHECK(goods.lastDay == day(2027, 6, 10));
    CHECK(goods.status == Limitation::Status::Running);

    // Several reminders in any order: the latest that was in time governs; one before the due
    // date does nothing; one after the period ended does not revive the claim.
    const auto many = Limitation::compute(Limitation::Kind::ConsumerGoods, day(2020, 1, 10),
                                          {day(2023, 6, 1), day(2021, 12, 1), day(2020, 1, 5), day(2021, 3, 1)},
                                          day(2024, 1, 1));
    REQUIRE(many.reminders.size() == 4);
    CHECK(many.reminders[0].date == day(2020, 1, 5));
    CHECK(many.reminders[0].effect == LimitationReminder::Effect::NotYetDue);
    CHECK(many.reminders[0].lastDay == day(2022, 1, 10));
    CHECK(many.reminders[1].effect == LimitationReminder::Effect::Interrupted);
    CHECK(many.reminders[1].lastDay == day(2023, 3, 1));
    CHECK(many.reminders[2].effect == LimitationReminder::Effect::Interrupted);
    CHECK(many.reminders[2].lastDay == day(2023, 12, 1));
    CHECK(many.reminders[3].date == day(2023, 6, 1));
    CHECK(many.reminders[3].effect == LimitationReminder::Effect::Interrupted);
    CHECK(many.lastDay == day(2025, 6, 1));

    const auto late = Limitation::compute(Limitation::Kind::ConsumerGoods, day(2020, 1, 10), {day(2022, 2, 1)},
                                          day(2022, 3, 1));
    CHECK(late.reminders[0].effect == LimitationReminder::Effect::TooLate);
    CHECK(late.lastDay == day(2022, 1, 10));
    CHECK(late.status == Limitation::Status::Expired);
}

TEST_CASE("limitation: warns when the date is near", "[legal][limitation]")
{
    const Date due = day(2024, 3, 15); // last day 2029-03-15
    const auto running = Limitation::compute(Limitation::Kind::Other, due, {}, day(2028, 12, 1));
    CHECK(running.status == Limitation::Status::Running);
    CHECK(running.daysLeft == 104);
    const auto near = Limitation::compute(Limitation::Kind::Other, due, {}, day(2029, 1, 1));
    CHECK(near.status == Limitation::Status::Near);
    CHECK(near.daysLeft == 73);
    CHECK(Limitation::compute(Limitation::Kind::Other, due, {}, day(2029, 3, 15)).status == Limitation::Status::Near);
    CHECK(Limitation::compute(Limitation::Kind::Other, due, {}, day(2029, 3, 16)).status == Limitation::Status::Expired);
    CHECK(Limitation::compute(Limitation::Kind::Other, due, {}, day(2028, 12, 1), 120).status
          == Limitation::Status::Near);
    CHECK(Limitation::parseKind(u"consumer-goods") == Limitation::Kind::ConsumerGoods);
    CHECK_FALSE(Limitation::parseKind(u"services").has_value());
}
