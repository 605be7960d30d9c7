// The one CSV quoting routine that every CSV file DisputeDesk writes goes through.

#include "CoreTestSupport.h"

#include "common/CsvField.h"
#include "importers/CsvReader.h"

using namespace dd;

TEST_CASE("CsvField quotes a field only when a spreadsheet or our reader would split it", "[csv][export]")
{
    CHECK(CsvField::encode(QStringLiteral("Bakker B.V.")) == QStringLiteral("Bakker B.V."));
    CHECK(CsvField::encode(QString()) == QString());
    // The separator; in a comma-separated file the semicolon too (Dutch Excel splits on ';').
    CHECK(CsvField::encode(QStringLiteral("Smit, Jansen")) == QStringLiteral("\"Smit, Jansen\""));
    CHECK(CsvField::encode(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(CsvField::encode(QStringLiteral("a;b"), u';') == QStringLiteral("\"a;b\""));
    CHECK(CsvField::encode(QStringLiteral("a\tb"), u'\t') == QStringLiteral("\"a\tb\""));
    CHECK(CsvField::encode(QStringLiteral("a\tb")) == QStringLiteral("a\tb"));
    // The decimal comma of a ';'-separated file, and ',' or ';' in a tab-separated one, stay as they are.
    CHECK(CsvField::encode(QStringLiteral("1.234,56"), u';') == QStringLiteral("1.234,56"));
    CHECK(CsvField::encode(QStringLiteral("a,b;c"), u'\t') == QStringLiteral("a,b;c"));
    // A quote is doubled inside quotes.
    CHECK(CsvField::encode(QStringLiteral("de \"Hoek\"")) == QStringLiteral("\"de \"\"Hoek\"\"\""));
    // Line breaks of every kind.
    CHECK(CsvField::encode(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvField::encode(QStringLiteral("two\r\nlines")) == QStringLiteral("\"two\r\nlines\""));
    CHECK(CsvField::encode(QStringLiteral("cr\ronly")) == QStringLiteral("\"cr\ronly\""));
    // Leading and trailing spaces are data and written as they are.
    CHECK(CsvField::encode(QStringLiteral("  padded  ")) == QStringLiteral("  padded  "));
    // No formula guard: what looks like a formula is written unchanged, so it imports back unchanged.
    CHECK(CsvField::encode(QStringLiteral("=1+1")) == QStringLiteral("=1+1"));
    CHECK(CsvField::encode(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
}

TEST_CASE("CsvField::join writes a record that CsvReader reads back field for field", "[csv][export][import]")
{
    const QStringList fields{QStringLiteral("C1"), QStringLiteral("Smit, \"de\" Bakker"), QStringLiteral("a;b"),
                             QStringLiteral("two\r\nlines"), QString(), QStringLiteral("1234.56")};
    CHECK(CsvField::join(fields) == QStringLiteral("C1,\"Smit, \"\"de\"\" Bakker\",\"a;b\",\"two\r\nlines\",,1234.56"));
    for (const QChar separator : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        INFO("separator " << int(separator.unicode()));
        const QString line = CsvField::join(fields, separator);
        ImportIssue issue;
        const auto records = CsvReader::parse(line + QStringLiteral("\r\n"), separator, QStringLiteral("f.csv"), &issue);
        REQUIRE(records);
        REQUIRE(records->size() == 1);
        CHECK(records->first().fields == fields);
    }
}
