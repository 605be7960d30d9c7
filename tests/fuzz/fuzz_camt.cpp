// libFuzzer target: a bank statement imported as the program imports it
// (BankReconciler::importStatement, which tells CAMT.053, MT940 and .zip apart by content: the
// seed corpus holds both kinds of statement), into a small demo database,
// booking what scores 50 or more so that the booking path is reached too.
#include "FuzzDatabase.h"

#include "importers/BankReconciler.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto &world = dd::FuzzDatabase::instance();
    const QString path = world.writeInput(data, size, QStringLiteral("xml"));
    world.runRolledBack([&](dd::Database &database) { dd::BankReconciler(database).importStatement(path, 50); });
    return 0;
}
