// libFuzzer target: a UBL 2.1 invoice or credit note imported as the program imports it
// (UblImporter::importPath, which reads it with UblReader), into a small demo database.
#include "FuzzDatabase.h"

#include "importers/UblImporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto &world = dd::FuzzDatabase::instance();
    const QString path = world.writeInput(data, size, QStringLiteral("xml"));
    world.runRolledBack([&](dd::Database &database) { dd::UblImporter(database).importPath(path); });
    return 0;
}
