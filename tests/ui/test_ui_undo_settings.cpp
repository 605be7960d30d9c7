// A saved settings change can be taken back from its dialog (issue 18): company details, dispute
// rules and an added interest period each keep their saves on a stack of their own, whose Undo and
// Redo buttons sit in the dialog and name the step; the dialog's fields follow the stack.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "common/UiLocale.h"
#include "disputes/DisputeRulesDialog.h"
#include "disputes/DisputeSettings.h"
#include "documents/CompanySettingsDialog.h"
#include "documents/SettingsRepository.h"
#include "legal/LegalTableRepository.h"
#include "legal/LegalTablesDialog.h"
#include "session/Session.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace dd;
using namespace dd::test;

TEST_CASE("Company details saved from the menu are taken back with the dialog's Undo button", "[ui][undo][settings][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(10, 50);
    MainWindow window;
    openDemo(window, demo);
    const QString before = SettingsRepository(demo.database()).company().name;

    window.showCompanySettings();
    CompanySettingsDialog *dialog = window.companySettingsDialog();
    REQUIRE(dialog);
    CHECK_FALSE(child<QPushButton>(*dialog, "savedChangeUndo")->isEnabled());
    type(*dialog, "companyName", QStringLiteral("Jansen & Zn B.V."));
    click(*dialog, "companyOk");
    CHECK(SettingsRepository(demo.database()).company().name == QStringLiteral("Jansen & Zn B.V."));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Opened again: the saved change is there to take back, by name.
    window.showCompanySettings();
    dialog = window.companySettingsDialog();
    REQUIRE(dialog);
    auto *undo = child<QPushButton>(*dialog, "savedChangeUndo");
    CHECK(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("Undo: change the company details"));
    undo->click();
    CHECK(SettingsRepository(demo.database()).company().name == before);
    CHECK(child<QLineEdit>(*dialog, "companyName")->text() == before);
    auto *redo = child<QPushButton>(*dialog, "savedChangeRedo");
    REQUIRE(redo->isEnabled());
    redo->click();
    CHECK(SettingsRepository(demo.database()).company().name == QStringLiteral("Jansen & Zn B.V."));
    CHECK(child<QLineEdit>(*dialog, "companyName")->text() == QStringLiteral("Jansen & Zn B.V."));
    dialog->close();
}

TEST_CASE("Dispute rules and an added interest period are taken back from their dialogs", "[ui][undo][settings][issue18]")
{
    UiLocale::setLanguageCode(QStringLiteral("en"));
    DemoDatabase demo(10, 50);
    MainWindow window;
    openDemo(window, demo);
    Session &session = *window.session();
    QUndoStack rulesUndo;
    {
        DisputeRulesDialog rules(session);
        rules.setUndoStack(&rulesUndo);
        child<QSpinBox>(rules, "responseDays")->setValue(3);
        rules.accept();
    }
    CHECK(DisputeSettings(demo.database()).rules().responseBusinessDays == 3);
    {
        DisputeRulesDialog rules(session);
        rules.setUndoStack(&rulesUndo);
        auto *undo = child<QPushButton>(rules, "savedChangeUndo");
        CHECK(undo->text() == QStringLiteral("Undo: change the dispute rules"));
        undo->click();
        CHECK(DisputeSettings(demo.database()).rules().responseBusinessDays == 5);
        CHECK(child<QSpinBox>(rules, "responseDays")->value() == 5);
    }

    QUndoStack legalUndo;
    LegalTablesDialog tables(&session);
    tables.setUndoStack(&legalUndo);
    child<QDateEdit>(tables, "periodFrom")->setDate(QDate(2031, 1, 1));
    child<QDateEdit>(tables, "periodUntil")->setDate(QDate(2031, 6, 30));
    child<QLineEdit>(tables, "periodRate")->setText(QStringLiteral("9.5"));
    child<QLineEdit>(tables, "periodSource")->setText(QStringLiteral("Staatsblad 2030, 400"));
    REQUIRE(tables.addInterestPeriod());
    REQUIRE(LegalTableRepository(demo.database()).interestPeriods().size() == 1);
    CHECK(LegalTableRepository(demo.database()).interestPeriods()[0].second.rateBasisPoints == 950);
    child<QPushButton>(tables, "savedChangeUndo")->click();
    CHECK(LegalTableRepository(demo.database()).interestPeriods().empty());
    child<QPushButton>(tables, "savedChangeRedo")->click();
    CHECK(LegalTableRepository(demo.database()).interestPeriods().size() == 1);
}
