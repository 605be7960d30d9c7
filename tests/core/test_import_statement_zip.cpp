#include "BankStatementFixture.h"
#include "importers/StatementArchive.h"

#include <zip.h>

using namespace dd;
using namespace dd::test;

namespace {

// A .zip as a bank's "download all statements of the period" gives it, written with libzip:
// the files deflated, a folder entry among them.
QString writeZip(const TempDir &dir, const QString &name, const QList<std::pair<QString, QByteArray>> &files)
{
    const QString path = dir.filePath(name);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    REQUIRE(zip_dir_add(archive, "statements", ZIP_FL_ENC_UTF_8) >= 0);
    for (const auto &[inner, bytes] : files) {
        // libzip reads the buffer at zip_close: `files` outlives it.
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        REQUIRE(source);
        REQUIRE(zip_file_add(archive, inner.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
    return path;
}

// camt.053.001.02 as Rabobank's CAMT download: one credit naming F-4.
const QByteArray camtStatement = R"(<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-05T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>CAMT-2026-03-05</Id><Acct><Id><IBAN>NL44RABO0123456789</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-05</Dt></BookgDt>
 <AcctSvcrRef>R-1</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>Factuur F-4</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
)";

} // namespace

TEST_CASE("A .zip of an MT940 and a CAMT statement imports both in one go", "[import][mt940][zip]")
{
    StatementFixture bank;
    const QString path = writeZip(bank.dir, QStringLiteral("march.zip"),
                                  {{QStringLiteral("statements/ing.sta"), ingStatement()}, {QStringLiteral("statements/rabo.xml"), camtStatement}});
    ImportIssues issues;
    const auto files = StatementArchive::files(fileBytes(path), path, &issues);
    REQUIRE(files);
    REQUIRE(files->size() == 2); // the folder entry is left out
    CHECK(files->at(0).name == QStringLiteral("statements/ing.sta"));
    CHECK(files->at(0).bytes == ingStatement());

    const ReconcileReport report = bank.import(path, 90);
    INFO((report.errors.isEmpty() ? QString() : report.errors.constFirst().toString()).toStdString());
    REQUIRE(report.committed);
    REQUIRE(report.matches.size() == 2);
    CHECK(report.debits == 1);
    CHECK(report.booked == 2);
    CHECK(report.matches.at(0).transaction.source == path + QStringLiteral("/statements/ing.sta"));
    CHECK(report.matches.at(1).transaction.source == path + QStringLiteral("/statements/rabo.xml"));
    CHECK(bank.openOf("F-1") == eur(0));
    CHECK(bank.openOf("F-4") == eur(0));
    CHECK(bank.openOf("F-5") == eur(5000));
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 2);
    CHECK(rows(*bank.db, QStringLiteral("payments")) == 2);
}

TEST_CASE("A .zip with one bad statement is refused whole, naming the file inside", "[import][mt940][zip]")
{
    StatementFixture bank;
    // The CAMT statement is good, the ING one does not add up (its :62F: is on line 16).
    const QString path = writeZip(bank.dir, QStringLiteral("march.zip"),
                                  {{QStringLiteral("rabo.xml"), camtStatement}, {QStringLiteral("ing.sta"), ingStatement("1110,51")}});
    const auto before = importCounts(*bank.db);
    const ReconcileReport report = bank.import(path, 0);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).file == path + QStringLiteral("/ing.sta"));
    CHECK(report.errors.at(0).line == 16);
    CHECK(report.errors.at(0).reason.startsWith(QStringLiteral(":62F: the opening balance")));
    CHECK(importCounts(*bank.db) == before);
    CHECK(bank.openOf("F-4") == eur(5000));
    CHECK(bank.openOf("F-1") == eur(12100));
}

TEST_CASE("A damaged .zip, a .zip in a .zip and an empty .zip are refused", "[import][zip]")
{
    StatementFixture bank;
    const QString good = writeZip(bank.dir, QStringLiteral("good.zip"), {{QStringLiteral("ing.sta"), ingStatement()}});
    const QByteArray bytes = fileBytes(good);

    // Cut short: the central directory is missing.
    const QString cut = writeFile(bank.dir, QStringLiteral("cut.zip"), bytes.left(bytes.size() / 2));
    ReconcileReport report = bank.import(cut, 0);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).file == cut);
    CHECK(report.errors.at(0).reason.startsWith(QStringLiteral("not a readable .zip archive: ")));

    // A flipped byte in the statement's deflated data (after the folder's local header and its
    // own: 30 bytes, the name, the extra field): inflating or the CRC check refuses it.
    QByteArray damaged = bytes;
    const qsizetype header = bytes.indexOf(QByteArrayLiteral("PK\x03\x04"), 4);
    REQUIRE(header > 0);
    auto le16 = [&](qsizetype at) { return qsizetype(uchar(bytes.at(at))) | qsizetype(uchar(bytes.at(at + 1))) << 8; };
    const qsizetype data = header + 30 + le16(header + 26) + le16(header + 28) + 5;
    damaged[data] = char(damaged.at(data) ^ 0x55);
    const QString damagedPath = writeFile(bank.dir, QStringLiteral("damaged.zip"), damaged);
    report = bank.import(damagedPath, 0);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).file == damagedPath + QStringLiteral("/ing.sta"));
    CHECK(report.errors.at(0).reason.startsWith(QStringLiteral("cannot be unpacked: ")));

    const QString nested = writeZip(bank.dir, QStringLiteral("nested.zip"), {{QStringLiteral("inner.zip"), bytes}});
    report = bank.import(nested, 0);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).toString() == nested + QStringLiteral("/inner.zip:0:0: a .zip inside the .zip is not read"));

    const QString empty = writeZip(bank.dir, QStringLiteral("empty.zip"), {});
    report = bank.import(empty, 0);
    CHECK_FALSE(report.committed);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.at(0).reason == QStringLiteral("the .zip holds no statement"));
    CHECK(rows(*bank.db, QStringLiteral("bank_entries")) == 0);
    CHECK(bank.openOf("F-1") == eur(12100));
}
