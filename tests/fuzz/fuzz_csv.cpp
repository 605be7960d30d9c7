// libFuzzer target: a CSV file imported as the program imports it (CsvImporter::importFile), into
// a small demo database. The first byte chooses the options, the rest is the file:
//   bits 0-1 kind (customers, invoices, payments, disputes), bit 2 --valid-rows-only,
//   bits 3-4 decimal mark (detected, comma, point), bits 5-6 date format (auto, ISO, D-M-Y, D/M/Y).
#include "FuzzDatabase.h"

#include "importers/CsvImporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    auto &world = dd::FuzzDatabase::instance();
    const std::uint8_t flags = data[0];
    dd::CsvImportOptions options;
    static constexpr dd::ImportKind kinds[] = {dd::ImportKind::Customers, dd::ImportKind::Invoices,
                                               dd::ImportKind::Payments, dd::ImportKind::Disputes};
    options.kind = kinds[flags & 3];
    options.validRowsOnly = flags & 4;
    switch ((flags >> 3) & 3) {
    case 1:
        options.numberStyle = dd::NumberStyle::Dutch;
        break;
    case 2:
        options.numberStyle = dd::NumberStyle::English;
        break;
    default:
        break;
    }
    static constexpr dd::DateFormat formats[] = {dd::DateFormat::Auto, dd::DateFormat::Iso,
                                                 dd::DateFormat::DayMonthYearDash, dd::DateFormat::DayMonthYearSlash};
    if ((flags >> 5) & 3)
        options.dateFormat = formats[(flags >> 5) & 3];
    const QString path = world.writeInput(data + 1, size - 1, QStringLiteral("csv"));
    world.runRolledBack([&](dd::Database &database) { dd::CsvImporter(database).importFile(path, options); });
    return 0;
}
