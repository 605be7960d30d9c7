// Credit notes and case letters from the command line, on a hand-made database.
#include "TestCompany.h"
#include "CliRunner.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "customers/CustomerRepository.h"
#include "disputes/DisputeService.h"
#include "documents/SettingsRepository.h"
#include "invoices/InvoiceRepository.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QFileInfo>

using dd::test::centsOf;
using dd::test::cli;
using dd::test::CliRun;
using dd::test::jsonOf;

namespace {

struct DocumentsDatabase
{
    dd::test::TempDir dir;
    QString path = databaseLocation(dir, QStringLiteral("docs.sqlite"));
    QString caseNumber;

    DocumentsDatabase()
    {
        using namespace dd;
        auto db = Database::open(path);
        SettingsRepository(*db).setCompany(dd::test::acmeCompany());
        Customer customer;
        customer.number = QStringLiteral("C-1");
        customer.name = QStringLiteral("<b>Evil</b> & Co");
        customer.contacts << Contact{0, QStringLiteral("Jan de Vries"), QString(), QStringLiteral("jan@evil.example"), QString()};
        CustomerRepository(*db).insert(customer);
        for (const QString &number : {QStringLiteral("INV-1"), QStringLiteral("INV-2"), QStringLiteral("INV-3")}) {
            Invoice invoice;
            invoice.number = number;
            invoice.customerId = customer.id;
            invoice.issueDate = Date(2026, 2, 1);
            invoice.dueDate = Date(2026, 3, 3);
            InvoiceLine a;
            a.description = QStringLiteral("Repair hours");
            a.quantityThousandths = 3000;
            a.unitPrice = Money(3333, QStringLiteral("EUR"));
            InvoiceLine b;
            b.description = QStringLiteral("Coffee");
            b.unitPrice = Money(1001, QStringLiteral("EUR"));
            b.vatRateBasisPoints = 900;
            invoice.lines << a << b;
            InvoiceRepository(*db).insert(invoice); // 131.90 each
        }
        FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
        DisputeService service(*db, clock, QStringLiteral("tester"));
        OpenDisputeRequest request;
        request.invoices << DisputeInvoiceRequest{QStringLiteral("INV-3"), std::nullopt};
        request.reasonCode = QStringLiteral("quality");
        request.contactPerson = QStringLiteral("Jan de Vries");
        request.story = QStringLiteral("It leaks");
        request.receivedOn = Date(2026, 3, 9);
        caseNumber = service.open(request).number;
    }

    CliRun run(const QStringList &command, const QStringList &arguments) const
    {
        return cli(command + QStringList{QStringLiteral("--db"), path} + arguments);
    }

    qint64 count(const QString &sql) const
    {
        auto db = dd::Database::open(path);
        return db->scalar(sql).toLongLong();
    }
};

QString pdfTextOf(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified(); // ligatures as letters
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether the process has a file open in the folder (Linux: /proc/PID/fd). QSaveFile's temporary
// file has no name on file systems with O_TMPFILE, so the folder itself shows nothing.
bool hasFileOpenIn(qint64 pid, const QString &folder)
{
    const QDir descriptors(QStringLiteral("/proc/%1/fd").arg(pid));
    const QString prefix = QFileInfo(folder).canonicalFilePath() + u'/';
    for (const QString &fd : descriptors.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(descriptors.filePath(fd)).startsWith(prefix))
            return true;
    }
    return false;
}

void requireOneLineError(const CliRun &run, int code, const char *contains)
{
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == code);
    CHECK(run.err.count(u'\n') == 1);
    CHECK(run.err.contains(QString::fromUtf8(contains)));
}

} // namespace

TEST_CASE("credit-note issues, prints the number and writes PDF and UBL", "[cli][creditnotes]")
{
    DocumentsDatabase d;
    const QString pdf = d.dir.filePath(QStringLiteral("cn.pdf"));
    const QString ubl = d.dir.filePath(QStringLiteral("cn.xml"));
    // Without a Peppol endpoint for the customer the UBL is refused before anything is issued.
    const CliRun refused = d.run({QStringLiteral("credit-note")},
                                 {QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--reason"),
                                  QStringLiteral("Half a day missing"), QStringLiteral("--ubl"), ubl});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("cannot go over Peppol")));
    CHECK_FALSE(QFile::exists(ubl));
    const CliRun peppol = d.run({QStringLiteral("customer"), QStringLiteral("peppol")},
                                {QStringLiteral("C-1"), QStringLiteral("--id"), QStringLiteral("0106:87654321")});
    INFO(peppol.err.toStdString());
    REQUIRE(peppol.exitCode == 0);
    CHECK(peppol.out.contains(QStringLiteral("0106:87654321")));
    CliRun run = d.run({QStringLiteral("credit-note")},
                       {QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--amount"), QStringLiteral("50.00"),
                        QStringLiteral("--reason"), QStringLiteral("Half a day missing"), QStringLiteral("--issue-date"),
                        QStringLiteral("2026-03-10"), QStringLiteral("--pdf"), pdf, QStringLiteral("--ubl"), ubl});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("CN-2026-000001\n"));
    CHECK(run.err.isEmpty());
    const QString text = pdfTextOf(pdf);
    CHECK(text.contains(QStringLiteral("Creditnota")));
    CHECK(text.contains(QStringLiteral("CN-2026-000001")));
    CHECK(text.contains(QStringLiteral("€ -50,00")));
    CHECK(text.contains(QStringLiteral("<b>Evil</b> & Co")));
    CHECK(bytesOf(ubl).contains("<cbc:ID>CN-2026-000001</cbc:ID>"));
    CHECK(bytesOf(ubl).contains("<cbc:PayableAmount currencyID=\"EUR\">50.00</cbc:PayableAmount>"));

    run = d.run({QStringLiteral("credit-note"), QStringLiteral("issue")},
                {QStringLiteral("--invoice"), QStringLiteral("INV-2"), QStringLiteral("--lines"), QStringLiteral("2"),
                 QStringLiteral("--reason"), QStringLiteral("Coffee was cold"), QStringLiteral("--issue-date"),
                 QStringLiteral("2026-03-11")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("CN-2026-000002\n"));

    const QJsonArray notes = jsonOf(d.run({QStringLiteral("credit-notes")}, {QStringLiteral("--format"), QStringLiteral("json")}));
    REQUIRE(notes.size() == 2);
    CHECK(notes.at(0).toObject().value(QStringLiteral("number")).toString() == QStringLiteral("CN-2026-000001"));
    CHECK(centsOf(notes.at(0).toObject().value(QStringLiteral("incl"))) == -5000);
    CHECK(centsOf(notes.at(1).toObject().value(QStringLiteral("incl"))) == -1091);
    CHECK(notes.at(1).toObject().value(QStringLiteral("invoice")).toString() == QStringLiteral("INV-2"));
    CHECK(jsonOf(d.run({QStringLiteral("credit-notes")}, {QStringLiteral("--invoice"), QStringLiteral("INV-2"),
                                                         QStringLiteral("--format"), QStringLiteral("json")}))
              .size()
          == 1);
    CHECK(jsonOf(d.run({QStringLiteral("invoices")}, {QStringLiteral("--format"), QStringLiteral("json")})).size() == 3);

    const QString again = d.dir.filePath(QStringLiteral("again.pdf"));
    run = d.run({QStringLiteral("credit-note"), QStringLiteral("pdf")}, {QStringLiteral("CN-2026-000002"), QStringLiteral("--out"), again});
    REQUIRE(run.exitCode == 0);
    CHECK(pdfTextOf(again).contains(QStringLiteral("Coffee was cold")));
    const QString againXml = d.dir.filePath(QStringLiteral("again.xml"));
    run = d.run({QStringLiteral("credit-note"), QStringLiteral("ubl")}, {QStringLiteral("CN-2026-000002"), QStringLiteral("--out"), againXml});
    REQUIRE(run.exitCode == 0);
    CHECK(bytesOf(againXml).contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"));
}

TEST_CASE("credit-note refuses bad input with one line, a non-zero exit and no change", "[cli][creditnotes]")
{
    DocumentsDatabase d;
    auto issue = [&](const QStringList &arguments) { return d.run({QStringLiteral("credit-note"), QStringLiteral("issue")}, arguments); };
    const QStringList reason = {QStringLiteral("--reason"), QStringLiteral("why")};
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--amount"),
                                          QStringLiteral("131.91")} + reason),
                        1, "exceeds what invoice INV-1 still comes to");
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-404")} + reason), 1, "no invoice INV-404");
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--amount"),
                                          QStringLiteral("5"), QStringLiteral("--lines"), QStringLiteral("1")} + reason),
                        2, "not both");
    requireOneLineError(issue({QStringLiteral("--invoice"), QStringLiteral("INV-1")}), 2, "--reason");
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--lines"),
                                          QStringLiteral("one")} + reason),
                        2, "--lines");
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--lines"),
                                          QStringLiteral("7")} + reason),
                        1, "no line 7");
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--amount"),
                                          QStringLiteral("-5")} + reason),
                        2, "more than zero");
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--case"),
                                          QStringLiteral("DSP-0")} + reason),
                        1, "no case DSP-0");
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")) == 0);
    CHECK(d.count(QStringLiteral("SELECT SUM(credited_cents) FROM invoices")) == 0);

    REQUIRE(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1")} + reason).exitCode == 0);
    requireOneLineError(issue(QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--amount"),
                                          QStringLiteral("1")} + reason),
                        1, "nothing left to credit");
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")) == 1);
    requireOneLineError(d.run({QStringLiteral("credit-note"), QStringLiteral("pdf")},
                              {QStringLiteral("CN-2026-999999"), QStringLiteral("--out"), d.dir.filePath(QStringLiteral("x.pdf"))}),
                        1, "no credit note");
    requireOneLineError(d.run({QStringLiteral("credit-note"), QStringLiteral("ubl")}, {QStringLiteral("CN-2026-000001")}), 2, "--out");
    requireOneLineError(d.run({QStringLiteral("credit-notes")}, {QStringLiteral("--format"), QStringLiteral("xml")}), 2, "--format");
}

TEST_CASE("letter writes the PDF and the e-mail, and records the letter with the case", "[cli][letters]")
{
    DocumentsDatabase d;
    const QString pdf = d.dir.filePath(QStringLiteral("letter.pdf"));
    const QString eml = d.dir.filePath(QStringLiteral("letter.eml"));
    const CliRun run = d.run({QStringLiteral("letter")}, {d.caseNumber, QStringLiteral("--kind"), QStringLiteral("acknowledgement"),
                                                          QStringLiteral("--pdf"), pdf, QStringLiteral("--eml"), eml});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QString text = pdfTextOf(pdf);
    CHECK(text.contains(QStringLiteral("It leaks")));
    CHECK(text.contains(QStringLiteral("<b>Evil</b> & Co")));
    const QByteArray mail = bytesOf(eml);
    CHECK(mail.contains("To: \"Jan de Vries\" <jan@evil.example>\r\n"));
    CHECK(mail.contains("From: \"Acme Reparaties B.V.\" <debiteuren@acme.example>\r\n"));
    CHECK(mail.contains("Content-Type: application/pdf"));
    CHECK(mail.contains(bytesOf(pdf).left(45).toBase64().left(60)));
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM contact_log WHERE letter_kind = 'acknowledgement'")) == 1);
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM documents WHERE kind = 'acknowledgement'")) == 1);

    // --out is the same as --pdf.
    REQUIRE(d.run({QStringLiteral("letter")}, {d.caseNumber, QStringLiteral("--kind"), QStringLiteral("acknowledgement"),
                                               QStringLiteral("--out"), d.dir.filePath(QStringLiteral("again.pdf"))})
                .exitCode
            == 0);
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM documents")) == 2);
}

TEST_CASE("letter refuses what does not fit, writing nothing", "[cli][letters]")
{
    DocumentsDatabase d;
    const QString pdf = d.dir.filePath(QStringLiteral("letter.pdf"));
    requireOneLineError(d.run({QStringLiteral("letter")}, {d.caseNumber, QStringLiteral("--kind"), QStringLiteral("poem"),
                                                           QStringLiteral("--pdf"), pdf}),
                        2, "--kind must be one of");
    requireOneLineError(d.run({QStringLiteral("letter")}, {d.caseNumber, QStringLiteral("--kind"), QStringLiteral("goodwill"),
                                                           QStringLiteral("--pdf"), pdf}),
                        1, "No goodwill");
    requireOneLineError(d.run({QStringLiteral("letter")}, {QStringLiteral("DSP-1999-000001"), QStringLiteral("--kind"),
                                                           QStringLiteral("acknowledgement"), QStringLiteral("--pdf"), pdf}),
                        1, "no case");
    requireOneLineError(d.run({QStringLiteral("letter")}, {d.caseNumber, QStringLiteral("--kind"), QStringLiteral("acknowledgement")}),
                        2, "--pdf");
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM contact_log")) == 0);
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM documents")) == 0);
}

TEST_CASE("company shows what credit notes and letters still miss, and fills it in", "[cli][documents][company]")
{
    DocumentsDatabase db;
    // Start from a company with only a name, as a new database without demo data has none at all.
    {
        auto database = dd::Database::open(db.path);
        dd::CompanySettings bare;
        bare.name = QStringLiteral("Acme Reparaties B.V.");
        dd::SettingsRepository(*database).setCompany(bare);
    }
    const CliRun refused = db.run({QStringLiteral("credit-note")}, {QStringLiteral("--invoice"), QStringLiteral("INV-1"),
                                                                    QStringLiteral("--reason"), QStringLiteral("Broken")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("VAT number")));
    CHECK(refused.err.contains(QStringLiteral("disputedesk-cli company")));
    CHECK(db.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")) == 0);

    const CliRun shown = db.run({QStringLiteral("company")}, {});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Acme Reparaties B.V.")));
    CHECK(shown.out.contains(QStringLiteral("Still missing")));

    // A value the settings refuse: one line, exit 1, nothing stored.
    requireOneLineError(db.run({QStringLiteral("company")}, {QStringLiteral("--credit-note-prefix"), QStringLiteral("C N!"),
                                                            QStringLiteral("--city"), QStringLiteral("Utrecht")}),
                        1, "The credit note prefix \"C N!\" must be 1 to 12 letters");
    CHECK(db.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'company.city' AND value <> ''")) == 0);

    const CliRun filled = db.run({QStringLiteral("company")},
                                 {QStringLiteral("--street"), QStringLiteral("Stationsplein 1"), QStringLiteral("--postal-code"),
                                  QStringLiteral("3511 AB"), QStringLiteral("--city"), QStringLiteral("Utrecht"),
                                  QStringLiteral("--vat-id"), QStringLiteral("NL001234567B01"), QStringLiteral("--kvk"),
                                  QStringLiteral("12345678"), QStringLiteral("--iban"), QStringLiteral("NL91ABNA0417164300"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    INFO(filled.err.toStdString());
    REQUIRE(filled.exitCode == 0);
    const QJsonObject company = QJsonDocument::fromJson(filled.out.toUtf8()).object();
    CHECK(company.value(QStringLiteral("missingForCreditNotes")).toArray().isEmpty());
    CHECK(company.value(QStringLiteral("missingForLetters")).toArray().isEmpty());
    CHECK(company.value(QStringLiteral("name")).toString() == QStringLiteral("Acme Reparaties B.V.")); // kept
    const CliRun issued = db.run({QStringLiteral("credit-note")}, {QStringLiteral("--invoice"), QStringLiteral("INV-1"),
                                                                   QStringLiteral("--reason"), QStringLiteral("Broken")});
    INFO(issued.err.toStdString());
    CHECK(issued.exitCode == 0);
    CHECK(db.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")) == 1);
}

TEST_CASE("credit-note with a --pdf or --ubl that cannot be written issues nothing", "[cli][creditnotes]")
{
    DocumentsDatabase d;
    auto issue = [&](const QStringList &files) {
        return d.run({QStringLiteral("credit-note"), QStringLiteral("issue")},
                     QStringList{QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--reason"),
                                 QStringLiteral("why"), QStringLiteral("--issue-date"), QStringLiteral("2026-03-10")}
                         + files);
    };
    const QString missingFolder = d.dir.filePath(QStringLiteral("no-such-folder/cn.pdf"));
    requireOneLineError(issue({QStringLiteral("--pdf"), missingFolder}), 1, "no-such-folder");
    // The PDF could be written, the UBL not: still nothing, and no PDF either.
    const QString pdf = d.dir.filePath(QStringLiteral("cn.pdf"));
    requireOneLineError(issue({QStringLiteral("--pdf"), pdf, QStringLiteral("--ubl"), d.dir.filePath(QStringLiteral("nowhere/cn.xml"))}),
                        1, "nowhere");
    // A folder where the file should be.
    QDir(d.dir.filePath(QString())).mkdir(QStringLiteral("taken.pdf"));
    requireOneLineError(issue({QStringLiteral("--pdf"), d.dir.filePath(QStringLiteral("taken.pdf"))}), 1, "taken.pdf");
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")) == 0);
    CHECK(d.count(QStringLiteral("SELECT SUM(credited_cents) FROM invoices")) == 0);

    // The same command with paths that work issues the note once.
    const CliRun run = issue({QStringLiteral("--pdf"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("CN-2026-000001\n"));
    CHECK(QFile::exists(pdf));
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")) == 1);
}

TEST_CASE("disputedesk-cli binary: credit-note whose file fails after the issue says the note was issued and exits 0",
          "[cli][creditnotes][binary]")
{
    DocumentsDatabase d;
    QDir(d.dir.filePath(QString())).mkdir(QStringLiteral("out"));
    const QString folder = d.dir.filePath(QStringLiteral("out"));
    const QString pdf = folder + QStringLiteral("/cn.pdf");

    // The folder is there when the command checks it and gone when the note has been issued: the
    // test holds the write lock until the command has opened its file, then removes the folder.
    QProcess process;
    {
        auto db = dd::Database::open(d.path);
        // The write lock as each backend takes it: SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock.
        db->run(db->dialect().beginWrite());
        if (!db->dialect().writerLock().isEmpty())
            db->run(db->dialect().writerLock());
        process.start(QStringLiteral(DISPUTEDESK_CLI),
                      {QStringLiteral("credit-note"), QStringLiteral("--db"), d.path, QStringLiteral("--invoice"),
                       QStringLiteral("INV-1"), QStringLiteral("--reason"), QStringLiteral("why"), QStringLiteral("--issue-date"),
                       QStringLiteral("2026-03-10"), QStringLiteral("--pdf"), pdf});
        QElapsedTimer waited;
        waited.start();
        while (!hasFileOpenIn(process.processId(), folder) && !process.waitForFinished(5) && waited.elapsed() < 60000) {
        }
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(hasFileOpenIn(process.processId(), folder)); // the command's temporary file beside cn.pdf
        REQUIRE(QDir(folder).removeRecursively());
        db->run(QStringLiteral("ROLLBACK"));
    }
    REQUIRE(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(out.toStdString() << err.toStdString());
    // Not an error exit: running the command again would credit the invoice a second time.
    CHECK(process.exitCode() == 0);
    CHECK(out == QStringLiteral("CN-2026-000001\n"));
    CHECK(err.count(u'\n') == 1);
    CHECK(err.contains(QStringLiteral("credit note CN-2026-000001 was issued")));
    CHECK(err.contains(QStringLiteral("Do not issue it again")));
    CHECK(err.contains(QStringLiteral("disputedesk-cli credit-note pdf CN-2026-000001 --out FILE")));
    CHECK(d.count(QStringLiteral("SELECT COUNT(*) FROM credit_notes")) == 1);

    // The command it names writes the file.
    const QString again = d.dir.filePath(QStringLiteral("cn.pdf"));
    REQUIRE(d.run({QStringLiteral("credit-note"), QStringLiteral("pdf")}, {QStringLiteral("CN-2026-000001"), QStringLiteral("--out"), again})
                .exitCode
            == 0);
    CHECK(pdfTextOf(again).contains(QStringLiteral("CN-2026-000001")));
}
