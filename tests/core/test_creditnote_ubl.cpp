// UBL credit notes validated against the OASIS UBL 2.1 schema with xmllint. Built only when
// ../shared/ubl (schemas and Peppol examples, never copied into the repository) is present.
#include "test_documents_fixture.h"

#include <QFile>

using namespace dd;
using dd::test::DocumentsFixture;
using dd::test::eur;

namespace {

void requireValid(const QByteArray &xml, const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(xml);
    file.close();
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), QStringLiteral("--schema"),
                   QStringLiteral(DD_UBL_DIR "/xsd/maindoc/UBL-CreditNote-2.1.xsd"), path});
    REQUIRE(xmllint.waitForStarted());
    REQUIRE(xmllint.waitForFinished(120000));
    INFO(QString::fromUtf8(xmllint.readAllStandardError()).toStdString());
    INFO(QString::fromUtf8(xml).toStdString());
    CHECK(xmllint.exitCode() == 0);
}

} // namespace

TEST_CASE("the schema accepts the official Peppol example (the check itself works)", "[creditnotes][ubl][xsd]")
{
    QFile example(QStringLiteral(DD_UBL_DIR "/peppol-examples/base-creditnote-correction.xml"));
    REQUIRE(example.open(QIODevice::ReadOnly));
    DocumentsFixture f;
    requireValid(example.readAll(), f.dir.filePath(QStringLiteral("example.xml")));
}

TEST_CASE("UBL credit notes validate against UBL-CreditNote-2.1.xsd", "[creditnotes][ubl][xsd]")
{
    DocumentsFixture f;
    f.invoice(QStringLiteral("INV-1"), f.dutchCustomer);
    f.invoice(QStringLiteral("INV-2"), f.englishCustomer);
    const CreditNote byLines = f.issue(QStringLiteral("INV-1"), std::nullopt, {1, 2});
    const CreditNote byAmount = f.issue(QStringLiteral("INV-2"), eur(5000));
    requireValid(f.credits.ubl(byLines), f.dir.filePath(QStringLiteral("lines.xml")));
    // The English customer has no Peppol endpoint: its note goes as plain EN 16931 UBL.
    requireValid(f.credits.ubl(byAmount, UblFlavour::En16931), f.dir.filePath(QStringLiteral("amount.xml")));
    // Without optional company details too.
    CompanySettings bare;
    bare.name = QStringLiteral("Bare B.V.");
    SettingsRepository(*f.db).setCompany(bare);
    requireValid(f.credits.ubl(byAmount, UblFlavour::En16931), f.dir.filePath(QStringLiteral("bare.xml")));
}
