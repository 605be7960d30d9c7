// The keys an import has met (ImportKeys): a file sorted by its numbers is only appended to, and
// a key out of order switches to the hash table with every key so far in it. Either way a second
// occurrence names the line of the first, and nothing seen is forgotten.
#include "importers/ImportKeys.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace dd;

namespace {
QString key(int i)
{
    return QStringLiteral("INV-%1").arg(i, 6, 10, QLatin1Char('0'));
}
} // namespace

TEST_CASE("Keys in ascending order are found again, with the line they came on", "[import][keys]")
{
    ImportKeys keys;
    for (int i = 1; i <= 5000; ++i)
        REQUIRE(keys.firstLineOrAdd(key(i * 2), i + 1) == 0);
    CHECK(keys.size() == 5000);
    // Found by the binary search of the sorted keys, and missing ones between them are not.
    CHECK(keys.lineOf(key(2)) == 2);
    CHECK(keys.lineOf(key(5000)) == 2501);
    CHECK(keys.lineOf(key(10000)) == 5001);
    CHECK(keys.lineOf(key(3)) == 0);
    CHECK(keys.lineOf(key(10001)) == 0);
    CHECK(keys.lineOf(QStringLiteral("A")) == 0);
    // The last key again is a duplicate, not a new key above it.
    CHECK(keys.firstLineOrAdd(key(10000), 9999) == 5001);
    CHECK(keys.size() == 5000);
}

TEST_CASE("A key out of order still finds every key before it", "[import][keys]")
{
    ImportKeys keys;
    for (int i = 1; i <= 3000; ++i)
        REQUIRE(keys.firstLineOrAdd(key(i * 2), i + 1) == 0);
    SECTION("a duplicate of an earlier key")
    {
        CHECK(keys.firstLineOrAdd(key(1000), 7000) == 501);
        CHECK(keys.size() == 3000);
    }
    SECTION("a new key below the last, then more of both kinds")
    {
        CHECK(keys.firstLineOrAdd(key(1001), 7000) == 0);
        CHECK(keys.size() == 3001);
        // From here on the table answers: old keys, the new one, and keys above the last.
        CHECK(keys.firstLineOrAdd(key(1001), 7001) == 7000);
        CHECK(keys.firstLineOrAdd(key(6000), 7002) == 3001);
        CHECK(keys.firstLineOrAdd(key(6001), 7003) == 0);
        CHECK(keys.firstLineOrAdd(key(3), 7004) == 0);
        CHECK(keys.size() == 3003);
        for (int i = 1; i <= 3000; ++i)
            REQUIRE(keys.lineOf(key(i * 2)) == i + 1);
        CHECK(keys.lineOf(key(1001)) == 7000);
        CHECK(keys.lineOf(key(3)) == 7004);
        CHECK(keys.lineOf(key(5)) == 0);
    }
}

TEST_CASE("Keys in no order at all are all kept", "[import][keys]")
{
    ImportKeys keys;
    // 7919 is prime: i * 7919 mod 10007 visits every residue once, in no order.
    for (int i = 1; i < 10007; ++i)
        REQUIRE(keys.firstLineOrAdd(key(i * 7919 % 10007), i) == 0);
    for (int i = 1; i < 10007; ++i)
        REQUIRE(keys.firstLineOrAdd(key(i * 7919 % 10007), 20000 + i) == i);
    CHECK(keys.size() == 10006);
    CHECK(keys.lineOf(key(0)) == 0);
}
