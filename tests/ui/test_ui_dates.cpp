// Every date field of the program stops at the dates the core accepts (1900 to 2199, issue 14):
// Qt's own range reaches 9999, and a date there broke the date arithmetic behind the field.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "legal/LegalCalculatorWindow.h"
#include "receivables/AgingView.h"

#include <QDateEdit>

using namespace dd;
using namespace dd::test;

namespace {

void checkRange(const QWidget &root, int atLeast)
{
    const auto edits = root.findChildren<QDateEdit *>();
    CHECK(edits.size() >= atLeast);
    for (const QDateEdit *edit : edits) {
        INFO(edit->objectName().toStdString());
        CHECK(edit->minimumDate() == QDate(1900, 1, 1));
        CHECK(edit->maximumDate() == QDate(2199, 12, 31));
    }
}

} // namespace

TEST_CASE("Date fields accept 1900-01-01 to 2199-12-31 only", "[ui][dates]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(5, 20);
    MainWindow window;
    ModelTesters::attach(window);
    REQUIRE(window.openDatabase(demo.path()));
    checkRange(window, 2); // aged receivables and dunning at least

    // The aged receivables as of the last day of 9999 are those of the last day accepted.
    window.agingView()->setAsOf(QDate(9999, 12, 31));
    CHECK(window.agingView()->asOf() == QDate(2199, 12, 31));

    LegalCalculatorWindow calculator(nullptr);
    checkRange(calculator, 2);
}
