// Reading CSV files: quoting, text encodings, value formats, and streamed reading that gives what
// reading the whole text gives.
#include "CsvImportFixture.h"
#include "ImportTestSupport.h"
#include "common/Clock.h"
#include "disputes/DisputeService.h"
#include "importers/CsvImporter.h"
#include "importers/CsvReader.h"
#include "importers/ImportStore.h"
#include "importers/ImportValues.h"
#include "importers/InvoiceBatchWriter.h"
#include "importers/TextDecoding.h"
#include "invoices/InvoiceRepository.h"
#include "payments/PaymentRepository.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QFileInfo>

using namespace dd;
using namespace dd::test;

TEST_CASE("CSV reader: RFC 4180 quoting, embedded separators and line breaks, line numbers", "[import][csv]")
{
    const QString text = QStringLiteral("a,b,c\r\n1,\"x, y\",\"two\nlines\"\r\n\r\n2,\"say \"\"hi\"\"\",\n");
    ImportIssue issue;
    const auto records = CsvReader::parse(text, u',', QStringLiteral("f.csv"), &issue);
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK(records->at(1).fields == QStringList{QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("two\nlines")});
    CHECK(records->at(1).line == 2);
    CHECK(records->at(2).line == 5); // after the blank line 4
    CHECK(records->at(2).fields == QStringList{QStringLiteral("2"), QStringLiteral("say \"hi\""), QString()});

    CHECK(CsvReader::detectSeparator(u"a;b;\"c,d\"\n1,2") == u';');
    CHECK(CsvReader::detectSeparator(u"a,b,c") == u',');
    CHECK(CsvReader::detectSeparator(u"a\tb\tc") == u'\t');

    const auto broken = CsvReader::parse(u"a,b\n1,\"open\n2,3\n", u',', QStringLiteral("f.csv"), &issue);
    CHECK_FALSE(broken);
    CHECK(issue.toString() == QStringLiteral("f.csv:2:2: a quoted field is never closed"));
}

TEST_CASE("Text decoding: UTF-8 with and without BOM, Windows-1252 detected", "[import][csv]")
{
    CHECK(TextDecoding::decode("caf\xC3\xA9").text == QStringLiteral("caf\u00E9"));
    CHECK(TextDecoding::decode("caf\xC3\xA9").encoding == QStringLiteral("UTF-8"));
    const DecodedText bom = TextDecoding::decode("\xEF\xBB\xBFnumber");
    CHECK(bom.text == QStringLiteral("number"));
    CHECK(bom.encoding == QStringLiteral("UTF-8 with BOM"));
    const DecodedText ansi = TextDecoding::decode("Caf\xE9 \x80 5");
    CHECK(ansi.encoding == QStringLiteral("Windows-1252"));
    CHECK(ansi.text == QStringLiteral("Caf\u00E9 \u20AC 5"));
}

TEST_CASE("Values: three date styles, impossible dates, a chosen format, both amount styles", "[import][csv]")
{
    QString why;
    CHECK(ImportValues::date(QStringLiteral("2026-03-01"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("01-03-2026"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK(ImportValues::date(QStringLiteral("1/3/2026"), DateFormat::Auto, &why) == Date(2026, 3, 1));
    CHECK_FALSE(ImportValues::date(QStringLiteral("2026-02-30"), DateFormat::Auto, &why));
    CHECK(why.contains(QStringLiteral("impossible")));
    CHECK_FALSE(ImportValues::date(QStringLiteral("01-03-2026"), DateFormat::Iso, &why));
    CHECK(why.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(ImportValues::date(QStringLiteral("01/03/2026"), DateFormat::DayMonthYearSlash, &why) == Date(2026, 3, 1));

    CHECK(ImportValues::amount(QStringLiteral("1.234,56"), QStringLiteral("EUR"), NumberStyle::Dutch, &why)->cents() == 123456);
    CHECK(ImportValues::amount(QStringLiteral("1,234.56"), QStringLiteral("EUR"), NumberStyle::English, &why)->cents() == 123456);
    CHECK(ImportValues::amount(QStringLiteral("1234.56"), QStringLiteral("EUR"), NumberStyle::Dutch, &why)->cents() == 123456);
    CHECK(ImportValues::scaled(QStringLiteral("2,5"), 3, &why) == 2500);
    CHECK(ImportValues::vatRate(QStringLiteral("21%"), &why) == 2100);
}

TEST_CASE("Streamed reading: records across buffer boundaries are those of the whole text, the encoding is the whole file's",
          "[import][csv]")
{
    // Quoted fields with separators, doubled quotes, CRLF and LF inside, blank lines between.
    QByteArray bytes = "number,text,amount\r\n";
    for (int i = 0; i < 300; ++i) {
        bytes += "N" + QByteArray::number(i) + ",\"line one, " + QByteArray(i % 17, 'x') + "\r\nsays \"\"" + QByteArray::number(i)
            + "\"\"\nend\"," + QByteArray::number(i) + ".00" + (i % 3 ? "\n" : "\r\n\r\n");
    }
    const auto whole = CsvReader::parse(QString::fromUtf8(bytes), u',', QStringLiteral("f.csv"), nullptr);
    REQUIRE(whole);
    REQUIRE(whole->size() == 301);
    for (const qsizetype buffer : {qsizetype(8), qsizetype(13), qsizetype(64), qsizetype(4096)}) {
        QBuffer device(&bytes);
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader reader(device, QStringLiteral("f.csv"), buffer);
        REQUIRE(reader.start());
        CHECK(reader.recordCount() == 301);
        CHECK(reader.encoding() == QStringLiteral("UTF-8"));
        QList<CsvRecord> streamed;
        CsvRecord next;
        while (reader.next(next))
            streamed << next;
        CHECK_FALSE(reader.issue());
        REQUIRE(streamed.size() == whole->size());
        for (qsizetype i = 0; i < streamed.size(); ++i) {
            INFO("buffer " << buffer << ", record " << i);
            CHECK(streamed.at(i).fields == whole->at(i).fields);
            CHECK(streamed.at(i).line == whole->at(i).line);
            CHECK(streamed.at(i).fieldLines == whole->at(i).fieldLines);
        }
    }

    // One Windows-1252 byte far beyond the first buffer makes the whole file Windows-1252; a
    // character of several UTF-8 bytes split by a buffer boundary is still one character.
    QByteArray ansi = "number,name\n" + QByteArray(5000, 'a') + ",x\nC1,Caf\xE9\n";
    QBuffer ansiDevice(&ansi);
    REQUIRE(ansiDevice.open(QIODevice::ReadOnly));
    CsvReader ansiReader(ansiDevice, QStringLiteral("a.csv"), 64);
    REQUIRE(ansiReader.start());
    CHECK(ansiReader.encoding() == QStringLiteral("Windows-1252"));
    CsvRecord record;
    CsvRecord last;
    while (ansiReader.next(record))
        last = record;
    CHECK(last.fields.at(1) == QStringLiteral("Caf\u00E9"));

    QByteArray utf8 = "\xEF\xBB\xBFnumber,name\nC1,\xE2\x82\xAC \xF0\x9F\x98\x80\n";
    for (const qsizetype buffer : {qsizetype(8), qsizetype(9), qsizetype(10), qsizetype(11)}) {
        QBuffer device(&utf8);
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader reader(device, QStringLiteral("u.csv"), buffer);
        REQUIRE(reader.start());
        CHECK(reader.encoding() == QStringLiteral("UTF-8 with BOM"));
        REQUIRE(reader.next(record));
        CHECK(record.fields == QStringList{QStringLiteral("number"), QStringLiteral("name")});
        REQUIRE(reader.next(record));
        CHECK(record.fields.at(1) == QStringLiteral("\u20AC \U0001F600"));
    }
}

TEST_CASE("Streamed reading of random and truncated bytes gives what reading the whole decoded text gives", "[import][csv][fuzz]")
{
    QRandomGenerator random(20261123);
    const QByteArray seed = "\xEF\xBB\xBFnumber;name;note\r\n1;\"a\"\"b\";\"x\ny\"\r\n\r\n2;Caf\xC3\xA9;\xE2\x82\xAC 5\n3;\"open;\n\"\"\";z";
    for (int i = 0; i < 2000; ++i) {
        QByteArray input = seed.left(random.bounded(seed.size() + 1));
        if (i % 2) {
            for (int k = 0; k < 4 && !input.isEmpty(); ++k)
                input[random.bounded(input.size())] = "\"\r\n;\xE9\xC3\x80"[random.bounded(8)];
        }
        const DecodedText decoded = TextDecoding::decode(input);
        ImportIssue wholeIssue;

        QBuffer device(&input);
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader reader(device, QStringLiteral("f"), 8 + random.bounded(24));
        REQUIRE(reader.start());
        INFO("input " << input.toHex().toStdString());
        CHECK(reader.encoding() == decoded.encoding);
        QList<CsvRecord> streamed;
        CsvRecord record;
        while (reader.next(record))
            streamed << record;
        // The separator is detected from the header; compare with a whole-text parse that uses it.
        const auto same = CsvReader::parse(decoded.text, reader.separator(), QStringLiteral("f"), &wholeIssue);
        CHECK(bool(same) == !reader.issue());
        if (same && !reader.issue()) {
            REQUIRE(streamed.size() == same->size());
            for (qsizetype r = 0; r < streamed.size(); ++r) {
                CHECK(streamed.at(r).fields == same->at(r).fields);
                CHECK(streamed.at(r).fieldLines == same->at(r).fieldLines);
            }
        } else if (!same && reader.issue()) {
            CHECK(reader.issue()->toString() == wholeIssue.toString());
        }
    }
}
