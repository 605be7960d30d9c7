#pragma once

// What the CSV import tests share: a customers file of two (semicolon separated, Dutch amounts,
// quoted names), an import with the options the tests vary, and a fixture with a fresh database.

#include "ImportTestSupport.h"
#include "importers/CsvImporter.h"

namespace dd::test {

inline const QByteArray customersCsv = "number;name;kind;vat_id;payment_term_days;credit_limit\r\n"
                                       "C1;Bakkerij \"De Zon\";business;NL123456789B01;14;1.500,00\r\n"
                                       "C2;\"Jansen; Zonen\";consumer;;30;\r\n";

inline ImportReport importCsv(Database &db, const QString &path, ImportKind kind, bool validRowsOnly = false,
                              std::optional<DateFormat> dateFormat = std::nullopt)
{
    CsvImportOptions options;
    options.kind = kind;
    options.validRowsOnly = validRowsOnly;
    options.dateFormat = dateFormat;
    return CsvImporter(db).importFile(path, options);
}

inline QStringList messages(const ImportReport &report)
{
    QStringList result;
    for (const ImportIssue &issue : report.errors)
        result << issue.toString();
    return result;
}

struct CsvImportFixture
{
    TempDir dir;
    std::unique_ptr<Database> db = freshDatabase(dir);

    void customers()
    {
        const ImportReport report = importCsv(*db, writeFile(dir, QStringLiteral("customers.csv"), customersCsv), ImportKind::Customers);
        INFO(messages(report).join(u'\n').toStdString());
        REQUIRE(report.committed);
    }
};

} // namespace dd::test
