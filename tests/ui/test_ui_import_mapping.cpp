// The import wizard's mapping files driven as a user drives them: Export Mapping writing the JSON
// the command line's --mapping reads, Load Mapping taking it in or refusing a file that does not
// fit, and the mapping page's buttons.

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
