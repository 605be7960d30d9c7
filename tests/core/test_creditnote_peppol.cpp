// Every kind of credit note DisputeDesk issues, checked the way a Peppol access point checks it:
// ../shared/tools/peppol-validate runs the UBL 2.1 schema and the official EN 16931 and Peppol BIS
// Billing 3.0 rule sets (../shared/peppol-rules, never copied into the repository). Built only where
// those rules, Java, Saxon HE and xmllint are present.
#include "test_creditnote_einvoicing_support.h"

#include "exchangerates/ExchangeRateRepository.h"

#include <QFile>

using namespace dd;
using namespace dd::test;

namespace {

// Runs the validator once over all files (Java starts once); its output lists every failed rule.
QString validate(const QStringList &files, int *exitCode)
{
    QProcess validator;
    validator.start(QStringLiteral("python3"), QStringList{QStringLiteral(DD_PEPPOL_VALIDATE)} + files);
    REQUIRE(validator.waitForStarted());
    REQUIRE(validator.waitForFinished(600000));
    *exitCode = validator.exitCode();
    return QString::fromUtf8(validator.readAllStandardOutput() + validator.readAllStandardError());
}

} // namespace

TEST_CASE("every kind of credit note passes the Peppol validator with no fatal failure", "[creditnotes][ubl][peppol][validate]")
{
    DocumentsFixture f;
    const qint64 be = addCustomer(f, QStringLiteral("C-BE"), QStringLiteral("BE"), QStringLiteral("BE0417497106"),
                                  QStringLiteral("0208:0417497106"));
    const qint64 de = addCustomer(f, QStringLiteral("C-DE"), QStringLiteral("DE"), QStringLiteral("DE123456789"));
    const qint64 gb = addCustomer(f, QStringLiteral("C-GB"), QStringLiteral("GB"), QStringLiteral("GB123456789"));
    const qint64 us = addCustomer(f, QStringLiteral("C-US"), QStringLiteral("US"), QString(), QStringLiteral("0088:5790000435975"));
    const qint64 consumer = addCustomer(f, QStringLiteral("C-P"), QStringLiteral("NL"), QString(), QString(), CustomerKind::Consumer);

    f.invoice(QStringLiteral("INV-FULL"), f.dutchCustomer);   // 21% and 9%: mixed rates
    f.invoice(QStringLiteral("INV-AMOUNT"), f.dutchCustomer);
    f.invoice(QStringLiteral("INV-LINES"), f.dutchCustomer);
    f.invoice(QStringLiteral("INV-BE"), be);
    f.invoice(QStringLiteral("INV-DE"), de);
    f.invoice(QStringLiteral("INV-GB"), gb);
    f.invoice(QStringLiteral("INV-US"), us);
    f.invoice(QStringLiteral("INV-P"), consumer);
    InvoiceLine allowance = lineOf(QStringLiteral("Allowance"), -1000, 900);
    allowance.quantityThousandths = 1000;
    invoiceWith(f, QStringLiteral("INV-REST"), f.dutchCustomer, {lineOf(QStringLiteral("Work"), 5000, 2100), allowance});
    invoiceWith(f, QStringLiteral("INV-AE"), de, {lineOf(QStringLiteral("Repair"), 30000, 0, reverseCharge)});
    invoiceWith(f, QStringLiteral("INV-E"), f.dutchCustomer,
                {lineOf(QStringLiteral("Course"), 10000, 0, exempt), lineOf(QStringLiteral("Book"), 2000, 900)});
    invoiceWith(f, QStringLiteral("INV-O"), f.dutchCustomer, {lineOf(QStringLiteral("Disbursement"), 16000, 0, notSubject)});
    // In pounds: the VAT in euros too (BT-6, BT-111), at the rate of the invoice's date.
    f.invoice(QStringLiteral("INV-GBP"), gb);
    f.db->run(QStringLiteral("UPDATE invoices SET currency = 'GBP' WHERE number = 'INV-GBP'"));
    ExchangeRateRepository(*f.db).save({ExchangeRate{QStringLiteral("GBP"), day(2026, 1, 30), 861300, QStringLiteral("ECB")}});
    // Payable amounts rounded up and down (a UBL invoice's PayableRoundingAmount), credited in full
    // and as a rest after a part: the note's own PayableRoundingAmount (BR-CO-16).
    roundedInvoice(f, QStringLiteral("INV-RND-UP"), 2);
    roundedInvoice(f, QStringLiteral("INV-RND-DOWN"), -4);
    roundedInvoice(f, QStringLiteral("INV-RND-REST"), -4);

    struct Made
    {
        QString name;
        CreditNote note;
        UblFlavour flavour = UblFlavour::Peppol;
    };
    QList<Made> notes = {
        {QStringLiteral("full"), f.issue(QStringLiteral("INV-FULL"))},
        {QStringLiteral("amount"), f.issue(QStringLiteral("INV-AMOUNT"), eur(5000))},
        {QStringLiteral("lines"), f.issue(QStringLiteral("INV-LINES"), std::nullopt, {2})},
        {QStringLiteral("belgian"), f.issue(QStringLiteral("INV-BE"))},
        {QStringLiteral("german"), f.issue(QStringLiteral("INV-DE"), eur(1234))},
        {QStringLiteral("british"), f.issue(QStringLiteral("INV-GB"))},
        {QStringLiteral("american"), f.issue(QStringLiteral("INV-US"))},
        {QStringLiteral("open-rest"), f.issue(QStringLiteral("INV-REST"), eur(5000))},
        {QStringLiteral("reverse-charge"), f.issue(QStringLiteral("INV-AE"))},
        {QStringLiteral("exempt"), f.issue(QStringLiteral("INV-E"))},
        {QStringLiteral("not-subject"), f.issue(QStringLiteral("INV-O"))},
        {QStringLiteral("foreign-currency"), f.issue(QStringLiteral("INV-GBP"))},
    };
    // The rest of the open-rest invoice: a second note on the same invoice.
    notes << Made{QStringLiteral("open-rest-2"), f.issue(QStringLiteral("INV-REST"))};
    notes << Made{QStringLiteral("rounding-up"), f.issue(QStringLiteral("INV-RND-UP"))};
    notes << Made{QStringLiteral("rounding-down"), f.issue(QStringLiteral("INV-RND-DOWN"))};
    f.issue(QStringLiteral("INV-RND-REST"), eur(1210));
    notes << Made{QStringLiteral("rounding-rest"), f.issue(QStringLiteral("INV-RND-REST"))};
    QStringList files;
    for (const Made &made : std::as_const(notes)) {
        const QString path = f.dir.filePath(made.name + QStringLiteral(".xml"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(f.credits.ubl(made.note, made.flavour));
        files << path;
    }
    int exitCode = -1;
    const QString report = validate(files, &exitCode);
    INFO(report.toStdString());
    CHECK_FALSE(report.contains(QStringLiteral(" fatal:")));
    CHECK(exitCode == 0);

    // A consumer's note as plain EN 16931: the schema and the EN 16931 rules pass; the Peppol
    // rules are not its rules (it has no Peppol customization and goes by e-mail, not Peppol).
    const QString plainPath = f.dir.filePath(QStringLiteral("consumer-en16931.xml"));
    QFile plain(plainPath);
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.write(f.credits.ubl(f.issue(QStringLiteral("INV-P")), UblFlavour::En16931));
    plain.close();
    const QString plainReport = validate({plainPath}, &exitCode);
    INFO(plainReport.toStdString());
    CHECK_FALSE(plainReport.contains(QStringLiteral("XSD fatal")));
    CHECK_FALSE(plainReport.contains(QStringLiteral("CEN-1.3.16")));
}
