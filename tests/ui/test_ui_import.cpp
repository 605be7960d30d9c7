// The import wizard driven as a user drives it: a file of the user's own layout, its columns
// chosen in the combos, the preview read back, the import run by the Next button; checked against
// what the database holds afterwards.

#include "TestScreenshots.h"
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

using dd::test::child;

namespace {

QString writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    return path;
}

void next(ImportWizard &wizard)
{
    auto *button = wizard.button(QWizard::NextButton);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Walks the wizard through a semicolon file with Dutch headers, mapping the columns by hand.
void runWizard(ImportWizard &wizard, const QString &path, bool validRowsOnly = false)
{
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *file = child<QLineEdit>(wizard, QStringLiteral("importFile"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
    QTest::keyClicks(file, path);
    choose(child<QComboBox>(wizard, QStringLiteral("importKind")), QStringLiteral("Invoices"));
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_number")), QStringLiteral("Factuurnr"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_customer")), QStringLiteral("Debiteur"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date")), QStringLiteral("Datum"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl")), QStringLiteral("Bedrag"));
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPage);
    child<QCheckBox>(wizard, QStringLiteral("importValidRowsOnly"))->setChecked(validRowsOnly);
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
}

// Past the file page of a fresh wizard on `path` (invoices), on the mapping page.
void openMappingPage(ImportWizard &wizard, const QString &path)
{
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("importFile")), path);
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
}

void mapDutchColumns(ImportWizard &wizard)
{
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_number")), QStringLiteral("Factuurnr"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_customer")), QStringLiteral("Debiteur"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_issue_date")), QStringLiteral("Datum"));
    choose(child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl")), QStringLiteral("Bedrag"));
    choose(child<QComboBox>(wizard, QStringLiteral("importDateFormat")), QStringLiteral("DD-MM-YYYY"));
}

// The file name a user would pick in the file dialog, and what the wizard asked for.
struct ChosenFile
{
    QString path;
    int asked = 0;
    bool save = false;
    QString suggested;
};

void answerFileDialogs(ImportWizard &wizard, ChosenFile &chosen)
{
    wizard.setMappingFileChooser([&chosen](bool save, const QString &suggested) {
        ++chosen.asked;
        chosen.save = save;
        chosen.suggested = suggested;
        return chosen.path;
    });
}

void clearSavedMappings()
{
    for (const QString &name : SavedMappings::names(ImportKind::Invoices))
        SavedMappings::remove(ImportKind::Invoices, name);
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

// The same mapping: every field of the kind, the kind itself, dates and decimal mark.
void checkSameMapping(const ColumnMapping &read, const ColumnMapping &shown)
{
    CHECK(read.kind == shown.kind);
    CHECK(read.dateFormat == shown.dateFormat);
    CHECK(read.numberStyle == shown.numberStyle);
    for (const ImportField &field : ColumnMapping::fields(ImportKind::Invoices)) {
        INFO("field " << field.name.toStdString());
        CHECK(read.headerFor(field.name) == shown.headerFor(field.name));
    }
}

} // namespace

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

TEST_CASE("Import wizard: Export Mapping writes the file that the command line's --mapping reads and Load Mapping takes in",
          "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    clearSavedMappings();
    DemoDatabase demo(5, 20);
    const auto customer = CustomerRepository(demo.database()).findById(1);
    REQUIRE(customer);
    TempDir dir;
    const QString csv = writeFile(dir.filePath(QStringLiteral("march.csv")),
                                  QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag;Vervaldatum\n"
                                                 "EXP-1;%1;05-03-2025;1.210,00;04-04-2025\n")
                                      .arg(customer->number));
    const QString json = dir.filePath(QStringLiteral("boekhouding.json"));
    ColumnMapping shown;
    {
        const auto session = Session::open(demo.path());
        ImportWizard wizard(*session);
        ChosenFile chosen;
        chosen.path = json;
        answerFileDialogs(wizard, chosen);
        openMappingPage(wizard, csv);
        mapDutchColumns(wizard);
        choose(child<QComboBox>(wizard, QStringLiteral("importColumn_due_date")), QStringLiteral("Vervaldatum"));
        QTest::keyClicks(child<QComboBox>(wizard, QStringLiteral("importMappingName"))->lineEdit(), QStringLiteral("Boekhouding"));
        QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("importExportMapping")), Qt::LeftButton);
        REQUIRE(chosen.asked == 1);
        CHECK(chosen.save);
        CHECK(chosen.suggested == dir.filePath(QStringLiteral("Boekhouding.json"))); // next to the file, named by its source
        auto *message = child<QLabel>(wizard, QStringLiteral("importMappingMessage"));
        CHECK(message->isVisible());
        CHECK(message->text() == QStringLiteral("Mapping written to %1.").arg(QDir::toNativeSeparators(json)));
        shown = wizard.mapping();
        TestScreenshots::save(wizard, QStringLiteral("import-mapping-exported"));
    }

    // Read back as the command line reads it: the same mapping.
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString why;
    const auto read = ColumnMapping::fromJson(file.readAll(), &why);
    INFO(why.toStdString());
    REQUIRE(read);
    checkSameMapping(*read, shown);
    CHECK(read->headerFor(QStringLiteral("due_date")) == QStringLiteral("Vervaldatum"));
    CHECK(read->headerFor(QStringLiteral("vat")).isEmpty()); // not in the file, also for the command line
    CHECK(read->dateFormat == DateFormat::DayMonthYearDash);
    CHECK(read->numberStyle == NumberStyle::Dutch);

    // And used by it: disputedesk-cli import --mapping imports the file with these columns.
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exitCode = CliApplication::run({QStringLiteral("import"), QStringLiteral("--db"), demo.path(), QStringLiteral("--kind"),
                                              QStringLiteral("invoices"), csv, QStringLiteral("--mapping"), json},
                                             outStream, errStream, IsoDate::fromQDate(QDate(2025, 7, 15)));
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(exitCode == 0);
    const auto imported = InvoiceRepository(demo.database()).findByNumber(QStringLiteral("EXP-1"));
    REQUIRE(imported);
    CHECK(imported->totalInclVat.cents() == 121000);
    CHECK(imported->issueDate == IsoDate::fromQDate(QDate(2025, 3, 5)));
    CHECK(imported->dueDate == IsoDate::fromQDate(QDate(2025, 4, 4)));

    // Next month's file, its columns in another order and nothing saved: Load Mapping maps it.
    const QString april = writeFile(dir.filePath(QStringLiteral("april.csv")),
                                    QStringLiteral("Vervaldatum;Bedrag;Datum;Debiteur;Factuurnr\n"
                                                   "04-05-2025;242,00;05-04-2025;%1;EXP-2\n")
                                        .arg(customer->number));
    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    ChosenFile chosen;
    chosen.path = json;
    answerFileDialogs(wizard, chosen);
    openMappingPage(wizard, april);
    CHECK(child<QComboBox>(wizard, QStringLiteral("importColumn_number"))->currentIndex() == 0);
    QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("importLoadMapping")), Qt::LeftButton);
    REQUIRE(chosen.asked == 1);
    CHECK_FALSE(chosen.save);
    CHECK(chosen.suggested == QFileInfo(april).absolutePath()); // the folder of the file being imported
    CHECK(child<QLabel>(wizard, QStringLiteral("importMappingMessage"))->text()
          == QStringLiteral("Mapping loaded from %1.").arg(QDir::toNativeSeparators(json)));
    checkSameMapping(wizard.mapping(), shown);
    CHECK(child<QComboBox>(wizard, QStringLiteral("importColumn_due_date"))->currentText() == QStringLiteral("Vervaldatum"));
    CHECK(child<QComboBox>(wizard, QStringLiteral("importDateFormat"))->currentText() == QStringLiteral("DD-MM-YYYY"));
    CHECK(child<QTableWidget>(wizard, QStringLiteral("importPreview"))->columnCount() == 5);
    next(wizard);
    next(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(wizard.report().committed);
    const auto second = InvoiceRepository(demo.database()).findByNumber(QStringLiteral("EXP-2"));
    REQUIRE(second);
    CHECK(second->dueDate == IsoDate::fromQDate(QDate(2025, 5, 4)));
}

TEST_CASE("Import wizard: Load Mapping refuses a file that is no mapping for this file by its name and keeps the columns",
          "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    clearSavedMappings();
    DemoDatabase demo(5, 20);
    TempDir dir;
    const QString csv = writeFile(dir.filePath(QStringLiteral("march.csv")),
                                  QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag\nX-1;C-1;05-03-2025;10,00\n"));
    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    ChosenFile chosen;
    answerFileDialogs(wizard, chosen);
    openMappingPage(wizard, csv);
    mapDutchColumns(wizard);
    const QByteArray before = wizard.mapping().toJson();
    auto *message = child<QLabel>(wizard, QStringLiteral("importMappingMessage"));
    auto *load = child<QPushButton>(wizard, QStringLiteral("importLoadMapping"));

    struct Bad
    {
        QString name;
        QString content;
        QString problem;
    };
    const QList<Bad> bads{
        {QStringLiteral("customers.json"),
         QStringLiteral(R"({"kind": "customers", "columns": {"number": "Klantnr", "name": "Naam"}})"),
         QStringLiteral("a mapping for customers, not for invoices")},
        {QStringLiteral("notes.json"), QStringLiteral("Factuurnr is the number"), QStringLiteral("the mapping is not a JSON object")},
        {QStringLiteral("typo.json"), QStringLiteral(R"({"kind": "invoices", "columns": {"numbr": "Factuurnr"}})"),
         QStringLiteral("the mapping names an unknown field \"numbr\"")},
        {QStringLiteral("other-source.json"),
         QStringLiteral(R"({"kind": "invoices", "columns": {"number": "InvoiceNo", "customer": "Client", "issue_date": "Date"}})"),
         QStringLiteral("the mapping names no column of this file")},
    };
    for (const Bad &bad : bads) {
        INFO(bad.name.toStdString());
        chosen.path = writeFile(dir.filePath(bad.name), bad.content);
        QTest::mouseClick(load, Qt::LeftButton);
        CHECK(message->isVisible());
        INFO(message->text().toStdString());
        CHECK(message->text().startsWith(QDir::toNativeSeparators(chosen.path) + QStringLiteral(": ") + bad.problem));
        CHECK(message->text().endsWith(QStringLiteral("The columns are unchanged.")));
        CHECK(wizard.mapping().toJson() == before);
    }
    TestScreenshots::save(wizard, QStringLiteral("import-mapping-refused"));

    chosen.path = dir.filePath(QStringLiteral("missing.json"));
    QTest::mouseClick(load, Qt::LeftButton);
    CHECK(message->text().startsWith(QDir::toNativeSeparators(chosen.path) + QStringLiteral(": ")));
    CHECK(wizard.mapping().toJson() == before);

    // Cancelling the file dialog changes nothing either.
    chosen.path.clear();
    const QString shownBefore = message->text();
    QTest::mouseClick(load, Qt::LeftButton);
    CHECK(message->text() == shownBefore);
    CHECK(wizard.mapping().toJson() == before);
}

TEST_CASE("Import wizard: Saved goes back to Save Mapping when a column changes after saving", "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    clearSavedMappings();
    DemoDatabase demo(5, 20);
    TempDir dir;
    const QString csv = writeFile(dir.filePath(QStringLiteral("march.csv")),
                                  QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag\nX-1;C-1;05-03-2025;10,00\n"));
    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    openMappingPage(wizard, csv);
    mapDutchColumns(wizard);
    auto *save = child<QPushButton>(wizard, QStringLiteral("importSaveMapping"));
    auto *name = child<QComboBox>(wizard, QStringLiteral("importMappingName"));
    QTest::keyClicks(name->lineEdit(), QStringLiteral("Boekhouding"));
    CHECK(withoutMnemonic(save->text()) == QStringLiteral("Save Mapping"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(withoutMnemonic(save->text()) == QStringLiteral("Saved"));

    // A column chosen by the user after saving.
    auto *total = child<QComboBox>(wizard, QStringLiteral("importColumn_total_incl"));
    total->setFocus();
    QTest::keyClick(total, Qt::Key_Up);
    REQUIRE(total->currentText() != QStringLiteral("Bedrag"));
    CHECK(withoutMnemonic(save->text()) == QStringLiteral("Save Mapping"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(withoutMnemonic(save->text()) == QStringLiteral("Saved"));
    CHECK(SavedMappings::load(ImportKind::Invoices, QStringLiteral("Boekhouding"))->headerFor(QStringLiteral("total_incl"))
          == total->currentData().toString());

    // The decimal mark and the date format are part of the mapping too.
    choose(child<QComboBox>(wizard, QStringLiteral("importDecimal")), QStringLiteral("Amounts: decimal point (1,234.56)"));
    CHECK(withoutMnemonic(save->text()) == QStringLiteral("Save Mapping"));
    QTest::mouseClick(save, Qt::LeftButton);
    choose(child<QComboBox>(wizard, QStringLiteral("importDateFormat")), QStringLiteral("YYYY-MM-DD"));
    CHECK(withoutMnemonic(save->text()) == QStringLiteral("Save Mapping"));
    QTest::mouseClick(save, Qt::LeftButton);
    // Another source name: the mapping is not saved under it yet.
    QTest::keyClicks(name->lineEdit(), QStringLiteral(" 2"));
    CHECK(withoutMnemonic(save->text()) == QStringLiteral("Save Mapping"));
}

TEST_CASE("Import wizard: the mapping page's buttons have mnemonics of their own", "[ui][import]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    clearSavedMappings();
    DemoDatabase demo(5, 20);
    TempDir dir;
    const QString csv = writeFile(dir.filePath(QStringLiteral("march.csv")),
                                  QStringLiteral("Factuurnr;Debiteur;Datum;Bedrag\nX-1;C-1;05-03-2025;10,00\n"));
    const auto session = Session::open(demo.path());
    ImportWizard wizard(*session);
    ChosenFile chosen;
    answerFileDialogs(wizard, chosen);
    openMappingPage(wizard, csv);

    // Every visible button and labelled field of the page, the wizard's own buttons included.
    QMap<QChar, QStringList> owners;
    const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    auto note = [&](const QString &text) {
        const auto match = mnemonic.match(text);
        if (match.hasMatch())
            owners[match.captured(1).at(0).toLower()] << text;
    };
    for (QAbstractButton *button : wizard.findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            note(button->text());
    }
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            note(label->text());
    }
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        INFO("Alt+" << QString(it.key()).toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }
    CHECK(owners.value(u'l') == QStringList{QStringLiteral("&Load Mapping…")});
    CHECK(owners.value(u'x') == QStringList{QStringLiteral("E&xport Mapping…")});

    // And they work from the keyboard, once the wizard has the focus.
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    // A mnemonic clicks its button "animated", 100 ms later.
    QTest::keyClick(&wizard, Qt::Key_L, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return chosen.asked == 1; }, 2000));
    CHECK_FALSE(chosen.save);
    QTest::keyClick(&wizard, Qt::Key_X, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return chosen.asked == 2; }, 2000));
    CHECK(chosen.save);
}
