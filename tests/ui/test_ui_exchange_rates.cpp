// The Exchange rates dialog (issue 15, GUI side): the rates listed, one entered, the ECB's file
// imported through the file dialog, and refused input shown with file, line and field.

#include "TestScreenshots.h"
#include "UiTestSupport.h"

#include "common/UiLocale.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "exchangerates/ExchangeRateTableModel.h"
#include "exchangerates/ExchangeRatesDialog.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace dd;
using namespace dd::test;

namespace {

Date day(int year, int month, int dayOfMonth)
{
    return Date(year, month, dayOfMonth);
}


QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

// The layouts the ECB publishes: eurofxref.csv (one day, the date in words, trailing commas) and
// eurofxref-hist.csv (ISO dates, N/A where a currency was not quoted); figures made up.
const QByteArray dailyFile = "Date, USD, JPY, GBP, CHF, \n04 December 2026, 1.0823, 162.54, 0.8613, 0.9376, \n";
const QByteArray historyFile = "Date,USD,CYP,GBP,\r\n2026-12-03,1.0801,N/A,0.8600,\r\n2026-12-02,1.0790,N/A,0.8590,\r\n";

} // namespace

TEST_CASE("Exchange rates: enter a rate, import the ECB files, refused input changes nothing", "[ui][exchangerates][issue15]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    Database &db = demo.database();
    TempDir dir;
    const auto session = Session::open(demo.path());
    session->setAsOf(QDate(2026, 12, 4));
    ExchangeRatesDialog dialog(*session);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.frameGeometry().height() <= 728);
    CHECK(dialog.frameGeometry().width() <= 1366);
    const int before = int(ExchangeRateRepository(db).list().size());
    auto *table = child<QTableView>(dialog, "exchangeRateTable");
    auto *message = child<QLabel>(dialog, "rateMessage");
    CHECK(before == 0); // the demo data brings no rates
    CHECK(table->model()->rowCount() == 0);

    // A rate that is not a number: refused, naming the field, nothing stored.
    type(dialog, "rateCurrency", QStringLiteral("gbp"));
    type(dialog, "rateValue", QStringLiteral("0,86x"));
    click(dialog, "rateAddButton");
    CHECK(message->text() == QStringLiteral("Rate: \"0,86x\" is not a rate above zero with at most six decimals (units of GBP per euro)."));
    CHECK(ExchangeRateRepository(db).list().size() == before);
    type(dialog, "rateCurrency", QStringLiteral("EUR"));
    click(dialog, "rateAddButton");
    CHECK(message->text().startsWith(QStringLiteral("Currency: ")));

    // Entered with a decimal comma: 1 EUR = 0.8613 GBP on the day in the form.
    type(dialog, "rateCurrency", QStringLiteral("gbp"));
    type(dialog, "rateValue", QStringLiteral("0,8613"));
    click(dialog, "rateAddButton");
    auto entered = ExchangeRateRepository(db).onOrBefore(QStringLiteral("GBP"), day(2026, 12, 4));
    REQUIRE(entered);
    CHECK(entered->perEurMicros == 861300);
    CHECK(entered->date == day(2026, 12, 4));
    CHECK(entered->source == QStringLiteral("entered"));
    CHECK(table->model()->rowCount() == 1); // the newest rate of each currency
    CHECK(message->text() == QStringLiteral("Added: 1 EUR = 0.8613 GBP on %1.").arg(UiLocale::formatDate(QDate(2026, 12, 4))));

    // The daily file through the file dialog: four rates, the one entered for that day replaced.
    QString chosen = writeFile(dir, QStringLiteral("eurofxref.csv"), dailyFile);
    dialog.setFileChooser([&chosen] { return chosen; });
    click(dialog, "rateImportButton");
    CHECK(message->text() == QStringLiteral("Imported 4 rate(s) from eurofxref.csv."));
    CHECK(ExchangeRateRepository(db).list().size() == before + 4);
    CHECK(ExchangeRateRepository(db).onOrBefore(QStringLiteral("JPY"), day(2026, 12, 4))->perEurMicros == 162540000);
    CHECK(ExchangeRateRepository(db).onOrBefore(QStringLiteral("GBP"), day(2026, 12, 4))->source == QStringLiteral("ECB"));
    // The history file: N/A is no rate.
    chosen = writeFile(dir, QStringLiteral("eurofxref-hist.csv"), historyFile);
    click(dialog, "rateImportButton");
    CHECK(message->text() == QStringLiteral("Imported 4 rate(s) from eurofxref-hist.csv."));
    CHECK(ExchangeRateRepository(db).list().size() == before + 8);
    CHECK(ExchangeRateRepository(db).list(QStringLiteral("CYP")).isEmpty());
    // The overview: the newest rate of each of CHF, GBP, JPY and USD, all of 4 December.
    REQUIRE(table->model()->rowCount() == 4);
    CHECK(table->model()->index(0, ExchangeRateTableModel::Currency).data().toString() == QStringLiteral("CHF"));
    CHECK(table->model()->index(1, ExchangeRateTableModel::PerEur).data().toString() == QStringLiteral("0.8613"));
    for (int row = 0; row < 4; ++row)
        CHECK(table->model()->index(row, ExchangeRateTableModel::RateDate).data().toString() == UiLocale::formatDate(QDate(2026, 12, 4)));

    // Only one currency, by the filter.
    auto *filter = child<QComboBox>(dialog, "rateCurrencyFilter");
    const int usd = filter->findData(QStringLiteral("USD"));
    REQUIRE(usd > 0);
    filter->setCurrentIndex(usd);
    emit filter->activated(usd);
    CHECK(table->model()->rowCount() == 3);
    CHECK(table->model()->index(0, ExchangeRateTableModel::PerEur).data().toString() == QStringLiteral("1.0823"));
    CHECK(child<QLabel>(dialog, "rateCount")->text() == QStringLiteral("3 rate(s)"));
    TestScreenshots::save(dialog, QStringLiteral("exchange-rates-en.png"));

    // A file with one bad figure: nothing of it is stored; the message names file, line and field.
    chosen = writeFile(dir, QStringLiteral("bad.csv"), "Date,USD,GBP\n2026-12-07,1.0850,0.8650\n2026-12-08,1.0860,0.86x\n");
    click(dialog, "rateImportButton");
    CHECK(message->text().startsWith(QStringLiteral("Nothing was imported. bad.csv, line 3, field GBP: \"0.86x\"")));
    CHECK(ExchangeRateRepository(db).list().size() == before + 8);
    CHECK_FALSE(ExchangeRateRepository(db).onOrBefore(QStringLiteral("USD"), day(2026, 12, 7))->date == day(2026, 12, 7));
    // Cancelled in the file dialog: nothing happens.
    chosen.clear();
    click(dialog, "rateImportButton");
    CHECK(ExchangeRateRepository(db).list().size() == before + 8);
}

TEST_CASE("Exchange rates: the Settings menu opens the dialog beside the legal tables, in Dutch too", "[ui][exchangerates][issue15]")
{
    UiLocale::setLanguageCode(QStringLiteral("nl"));
    DemoDatabase demo(5, 20);
    MainWindow window;
    ModelTesters::attach(window);
    openDemo(window, demo);
    auto *settings = child<QMenu>(window, "settingsMenu");
    const QList<QAction *> actions = settings->actions();
    const auto legal = std::find_if(actions.begin(), actions.end(),
                                    [](QAction *a) { return a->objectName() == QStringLiteral("legalTablesAction"); });
    REQUIRE(legal != actions.end());
    REQUIRE(std::next(legal) != actions.end());
    CHECK((*std::next(legal))->objectName() == QStringLiteral("exchangeRatesAction"));

    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ExchangeRatesDialog *>(QApplication::activeModalWidget());
        seen = dialog != nullptr;
        if (dialog) {
            CHECK(QTest::qWaitForWindowExposed(dialog));
            CHECK(dialog->frameGeometry().height() <= 728);
            TestScreenshots::save(*dialog, QStringLiteral("exchange-rates-nl.png"));
            dialog->reject();
        }
    });
    child<QAction>(window, "exchangeRatesAction")->trigger();
    CHECK(seen);
    UiLocale::setLanguageCode(QStringLiteral("en"));
}
