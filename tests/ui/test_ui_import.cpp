// The import wizard driven as a user drives it: a file of the user's own layout, its columns
// chosen in the combos, the preview read back, the import run by the Next button; checked against
// what the database holds afterwards. The mapping files are test_ui_import_mapping.cpp's.

#include "TestScreenshots.h"
#include "ImportWizardTestSupport.h"
#include "UiTestSupport.h"

#include "calendar/IsoDate.h"
#include "cli/CliApplication.h"
#include "common/UiLocale.h"
#include "customers/CustomerRepository.h"
#include "importers/ImportWizard.h"
#include "session/Session.h"
#include "importers/SavedMappings.h"
#include "invoices/InvoiceRepository.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTextStream>

using namespace dd;
using dd::test::TestScreenshots;
using dd::test::DemoDatabase;
using dd::test::TempDir;
using namespace dd::test;

TEST_CASE("Import wizard: a CSV of the user's layout, mapped, previewed and imported", "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    const auto customer = CustomerRepository(demo.database()).findById(1);
    REQUIRE(customer);
    InvoiceRepository invoices(demo.database());
    const qint64 before = invoices.count();

    TempDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("boekhouding.csv")),
                                   QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag\n"
                                                  "IMP-1;%1;15-03-2025;1.210,00\n"
                                                  "IMP-2;%1;16-03-2025;242,00\n"
                                                  "IMP-3;%1;17-03-2025;99,95\n")
                                       .arg(customer->number));
    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    QList<ImportReport> reports;
    QObject::connect(&wizard, &ImportWizard::imported, [&](const ImportReport &report) { reports << report; });

    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("importFile")), path);
    next(wizard);
    // The preview: the first rows as read and as understood (a Dutch amount, a day-month date).
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_number")), QStringLiteral("Factuurnr"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_customer")), QStringLiteral("Debiteur"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date")), QStringLiteral("Datum"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl")), QStringLiteral("Bedrag"));
    auto *preview = child<QTableWidget>(wizard, QStringLiteral("importPreview"));
    REQUIRE(preview->rowCount() == 3);
    REQUIRE(preview->columnCount() == 4);
    // The user reads the field's name, not its key (issue 19).
    CHECK(preview->horizontalHeaderItem(3)->text() == QStringLiteral("Total incl. VAT"));
    auto *form = qobject_cast<QFormLayout *>(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date"))->parentWidget()->layout());
    REQUIRE(form);
    CHECK(qobject_cast<QLabel *>(form->labelForField(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date"))))->text()
          == QStringLiteral("Issue date (required):"));
    CHECK(preview->item(0, 2)->text()
          == QStringLiteral("15-03-2025 → ") + UiLocale::formatDate(QDate(2025, 3, 15)));
    CHECK(preview->item(0, 3)->text()
          == QStringLiteral("1.210,00 → ") + UiLocale::formatMoney(121000, QStringLiteral("EUR")));
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("line 2"));
    // A semicolon file is read with the decimal comma.
    auto *decimal = child<QComboBox>(wizard, QStringLiteral("importDecimal"));
    CHECK(decimal->currentData().toInt() == int(NumberStyle::Dutch));
    TestScreenshots::save(wizard, QStringLiteral("import-mapping"));

    next(wizard);
    CHECK(child<QLabel>(wizard, QStringLiteral("importSummary"))->text().contains(QStringLiteral("Total incl. VAT ← Bedrag")));
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    REQUIRE(reports.size() == 1);
    CHECK(reports.front().committed);
    CHECK(invoices.count() == before + 3);
    const auto imported = invoices.findByNumber(QStringLiteral("IMP-1"));
    REQUIRE(imported);
    CHECK(imported->totalInclVat.cents() == 121000);
    CHECK(child<QLabel>(wizard, QStringLiteral("importResult"))->text().contains(QStringLiteral("3 new")));
    TestScreenshots::save(wizard, QStringLiteral("import-result"));
}

TEST_CASE("Import wizard: a file with an error shows file:line:column and imports nothing but valid rows only imports the rest",
          "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    const auto customer = CustomerRepository(demo.database()).findById(1);
    REQUIRE(customer);
    InvoiceRepository invoices(demo.database());
    const qint64 before = invoices.count();

    TempDir dir;
    // Line 3, column 3: there is no 30 February.
    const QString path = writeFile(dir.filePath(QStringLiteral("bad.csv")),
                                   QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag\n"
                                                  "BAD-1;%1;15-03-2025;100,00\n"
                                                  "BAD-2;%1;30-02-2025;200,00\n")
                                       .arg(customer->number));
    {
        const auto session = Session::open(demo.path());
        ImportWizard wizard(*session);
        runWizard(wizard, path);
        CHECK_FALSE(wizard.report().committed);
        const QString errors = child<QPlainTextEdit>(wizard, QStringLiteral("importErrors"))->toPlainText();
        INFO(errors.toStdString());
        CHECK(errors.contains(QStringLiteral("bad.csv:3:3: ")));
        CHECK(child<QLabel>(wizard, QStringLiteral("importResult"))->text().startsWith(QStringLiteral("Nothing was imported")));
        CHECK(invoices.count() == before);
        CHECK_FALSE(invoices.findByNumber(QStringLiteral("BAD-1")));
        TestScreenshots::save(wizard, QStringLiteral("import-errors"));
    }
    {
        const auto session = Session::open(demo.path());
        ImportWizard wizard(*session);
        runWizard(wizard, path, true);
        CHECK(wizard.report().committed);
        CHECK(wizard.report().rejected == 1);
        CHECK(invoices.count() == before + 1);
        CHECK(invoices.findByNumber(QStringLiteral("BAD-1")));
    }
}

TEST_CASE("Import wizard: Cancel in the progress dialog imports nothing", "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    const auto customer = CustomerRepository(demo.database()).findById(1);
    REQUIRE(customer);
    InvoiceRepository invoices(demo.database());
    const qint64 before = invoices.count();

    TempDir dir;
    QString csv = QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag\n");
    const int rows = 2000;
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("CAN-%1;%2;15-03-2025;%3,00\n").arg(i).arg(customer->number).arg(100 + i);
    const QString path = writeFile(dir.filePath(QStringLiteral("long.csv")), csv);

    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    // Cancel once rows are being written: what is already in must go again.
    qint64 cancelledAt = 0;
    QObject::connect(&wizard, &ImportWizard::progressed, [&](qint64 done, qint64 total) {
        CHECK(total == 2 * rows);
        if (cancelledAt || done <= rows)
            return;
        auto *dialog = wizard.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        REQUIRE(dialog);
        auto *cancel = dialog->findChild<QPushButton *>();
        REQUIRE(cancel);
        cancel->click();
        cancelledAt = done;
    });
    runWizard(wizard, path);
    CHECK(cancelledAt > rows);
    CHECK(wizard.report().cancelled);
    CHECK_FALSE(wizard.report().committed);
    CHECK(child<QLabel>(wizard, QStringLiteral("importResult"))->text() == QStringLiteral("The import was cancelled: nothing was imported."));
    CHECK(invoices.count() == before);
    CHECK_FALSE(invoices.findByNumber(QStringLiteral("CAN-1")));
}

TEST_CASE("Import wizard: a mapping saved for a source is chosen again for the next file with its columns", "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    for (const QString &name : SavedMappings::names(ImportKind::Invoices))
        SavedMappings::remove(ImportKind::Invoices, name);
    DemoDatabase demo(5, 20);
    const auto customer = CustomerRepository(demo.database()).findById(1);
    REQUIRE(customer);
    TempDir dir;
    const QString first = writeFile(dir.filePath(QStringLiteral("march.csv")),
                                    QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag;Opmerking\n"
                                                   "MAP-1;%1;15-03-2025;1.210,00;x\n")
                                        .arg(customer->number));
    {
        const auto session = Session::open(demo.path());
        ImportWizard wizard(*session);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("importFile")), first);
        next(wizard);
        auto *name = child<QComboBox>(wizard, QStringLiteral("importMappingName"));
        CHECK(name->currentText().isEmpty()); // nothing saved yet
        choose(child<QComboBox>(wizard, QStringLiteral("importColumn_number")), QStringLiteral("Factuurnr"));
        choose(child<QComboBox>(wizard, QStringLiteral("importColumn_customer")), QStringLiteral("Debiteur"));
        choose(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date")), QStringLiteral("Datum"));
        choose(child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl")), QStringLiteral("Bedrag"));
        choose(child<QComboBox>(wizard, QStringLiteral("importDateFormat")), QStringLiteral("DD-MM-YYYY"));
        auto *save = child<QPushButton>(wizard, QStringLiteral("importSaveMapping"));
        CHECK_FALSE(save->isEnabled());
        QTest::keyClicks(name->lineEdit(), QStringLiteral("Boekhouding BV"));
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        TestScreenshots::save(wizard, QStringLiteral("import-mapping-saved"));
    }
    REQUIRE(SavedMappings::names(ImportKind::Invoices) == QStringList{QStringLiteral("Boekhouding BV")});
    const auto saved = SavedMappings::load(ImportKind::Invoices, QStringLiteral("Boekhouding BV"));
    REQUIRE(saved);
    CHECK(saved->headerFor(QStringLiteral("number")) == QStringLiteral("Factuurnr"));
    CHECK(saved->dateFormat == DateFormat::DayMonthYearDash);

    // Next month's file of the same source, its columns in another order: mapped without asking.
    const QString second = writeFile(dir.filePath(QStringLiteral("april.csv")),
                                     QStringLiteral("Datum;Factuurnr;Bedrag;Debiteur\n"
                                                    "15-04-2025;MAP-2;242,00;%1\n")
                                         .arg(customer->number));
    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("importFile")), second);
    next(wizard);
    CHECK(child<QComboBox>(wizard, QStringLiteral("importMappingName"))->currentText() == QStringLiteral("Boekhouding BV"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importColumn_number"))->currentText() == QStringLiteral("Factuurnr"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importColumn_customer"))->currentText() == QStringLiteral("Debiteur"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date"))->currentText() == QStringLiteral("Datum"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl"))->currentText() == QStringLiteral("Bedrag"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importDateFormat"))->currentText() == QStringLiteral("DD-MM-YYYY"));
    next(wizard);
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(wizard.report().committed);
    const auto imported = InvoiceRepository(demo.database()).findByNumber(QStringLiteral("MAP-2"));
    REQUIRE(imported);
    CHECK(imported->totalInclVat.cents() == 24200);
}

#ifdef DD_UBL_EXAMPLES
TEST_CASE("Import wizard: a folder of UBL invoices skips the column mapping", "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(3, 10);
    InvoiceRepository invoices(demo.database());
    const qint64 before = invoices.count();
    TempDir dir;
    const QDir examples(QStringLiteral(DD_UBL_EXAMPLES));
    const QString folder = dir.filePath(QStringLiteral("einvoices"));
    REQUIRE(QDir().mkpath(folder));
    for (const QString &name : {QStringLiteral("base-example.xml"), QStringLiteral("vat-category-O.xml")})
        REQUIRE(QFile::copy(examples.filePath(name), QDir(folder).filePath(name)));

    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    choose(child<QComboBox>(wizard, QStringLiteral("importKind")), QStringLiteral("UBL invoices (e-invoices, file or folder)"));
    CHECK(child<QPushButton>(wizard, QStringLiteral("importBrowseFolder"))->isVisible());
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("importFile")), folder);
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPage);
    CHECK(child<QLabel>(wizard, QStringLiteral("importSummary"))->text().contains(QStringLiteral("2 document(s)")));
    CHECK_FALSE(child<QCheckBox>(wizard, QStringLiteral("importValidRowsOnly"))->isVisible());
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    INFO(child<QPlainTextEdit>(wizard, QStringLiteral("importErrors"))->toPlainText().toStdString());
    REQUIRE(wizard.report().committed);
    CHECK(invoices.count() == before + 2);
    CHECK(child<QLabel>(wizard, QStringLiteral("importResult"))->text().startsWith(QStringLiteral("Imported 2 document(s): 2 new")));
}
#endif
