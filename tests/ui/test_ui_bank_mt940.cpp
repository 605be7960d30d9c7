// The Bank area importing an MT940 download (ING's structured layout, written here): the payment
// is proposed like a CAMT one, and the reversal beside it is named in the message, not booked.

#include "UiTestSupport.h"

#include "bank/BankReconciliationView.h"
#include "session/Session.h"
#include "common/UiLocale.h"

#include <QFile>

using namespace dd;
using dd::test::ModelTesters;
using dd::test::DemoDatabase;
using dd::test::TempDir;

namespace {

// "1234,56": MT940 amounts have a decimal comma.
QByteArray swiftAmount(qint64 cents)
{
    return QByteArray::number(cents / 100) + ',' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

} // namespace

TEST_CASE("Bank reconciliation: an MT940 statement is proposed like CAMT, its reversal named in the message", "[ui][import][bank]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(6, 40);
    QSqlQuery query = demo.database().run(QStringLiteral(
        "SELECT number, total_incl_cents - paid_cents - credited_cents FROM invoices WHERE currency = 'EUR' "
        "AND total_incl_cents - paid_cents - credited_cents > 2000 ORDER BY id LIMIT 1"));
    REQUIRE(query.next());
    const QByteArray number = query.value(0).toString().toUtf8();
    const qint64 open = query.value(1).toLongLong();
    query.finish();

    TempDir dir;
    const QString path = dir.filePath(QStringLiteral("ing.sta"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(":20:P250710000000001\r\n:25:NL69INGB0123456789EUR\r\n:28C:00000\r\n:60F:C250709EUR0,00\r\n"
               ":61:2507100710C" + swiftAmount(open) + "NTRFEREF//00000000000001\r\n"
               ":86:/EREF/NOTPROVIDED//CNTP/NL02RABO0111111111/RABONL2U/KLANT BV/UTRECHT///REMI/USTD//" + number + "/\r\n"
               ":61:2507100710RC10,00NRTIEREF//00000000000002\r\n"
               ":86:/RTRN/MS03/REMI/USTD//terugboeking/\r\n"
               ":62F:C250710EUR" + swiftAmount(open - 1000) + "\r\n-\r\n");
    file.close();

    const auto session = Session::open(demo.path());
    BankReconciliationView view;
    ModelTesters::attach(view);
    view.setSession(session.get());
    REQUIRE(view.importStatement(path));
    INFO(view.message().toStdString());
    CHECK(view.message().startsWith(QStringLiteral("ing.sta: 1 credit(s), of which 1 with a proposal, 0 unmatched")));
    // The RC takes back a credit of 10.00 that no booked payment matches: kept as a reversal entry
    // of its own and named for the user, nothing undone.
    CHECK(view.message().contains(QStringLiteral("1 reversal(s) by the bank: 0 undone, 1 to check by hand")));
    CHECK(view.message().contains(QStringLiteral("00000000000002 EUR 10.00")));
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM bank_entries WHERE reversal = 1")).toLongLong() == 1);
    CHECK(demo.database().scalar(QStringLiteral("SELECT COUNT(*) FROM bank_entries WHERE payment_id IS NULL")).toLongLong() == 2);
}
