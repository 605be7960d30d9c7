// The saved settings as undo commands, without widgets (issue 18): the company details with the
// templates saved with them, the dispute rules, and an added statutory interest period. Each step
// is one transaction the session hears of; redo/undo/redo leaves exactly the stored state of each
// step, and undo of an added period lets the shipped table (or the user's earlier period) show again.

#include "CoreTestSupport.h"
#include "TempDir.h"
#include "TestDatabase.h"

#include "disputes/DisputeSettings.h"
#include "disputes/undo/DisputeRulesCommand.h"
#include "documents/DocumentTemplates.h"
#include "documents/SettingsRepository.h"
#include "documents/undo/CompanySettingsCommand.h"
#include "legal/LegalTableRepository.h"
#include "legal/undo/AddInterestPeriodCommand.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QUndoStack>

using namespace dd;
using namespace dd::test;

namespace {

struct SettingsFixture
{
    TempDir dir;
    Session session{Database::open(databaseLocation(dir, QStringLiteral("settings.disputedesk")))};
    QUndoStack stack;
    int changes = 0;

    SettingsFixture()
    {
        QObject::connect(&session, &Session::changed, [this](DataChanges) { ++changes; });
    }

    // As the GUI does: made once, then kept on the stack.
    void push(StoredEditCommand *command)
    {
        command->perform();
        stack.push(command);
    }
};

} // namespace

TEST_CASE("Dispute rules: undo puts back the rules saved before, redo the new ones", "[disputes][undo][issue18]")
{
    SettingsFixture f;
    DisputeSettings settings(f.session.database());
    const DisputeRules shipped = settings.rules();
    REQUIRE(shipped.responseBusinessDays == 5);

    DisputeRules stricter;
    stricter.responseBusinessDays = 3;
    stricter.warningMinimumCustomers = 2;
    stricter.warningWindowDays = 30;
    f.push(new DisputeRulesCommand(f.session, stricter));
    CHECK(settings.rules().responseBusinessDays == 3);
    CHECK(f.stack.undoText() == QStringLiteral("change the dispute rules"));
    CHECK(f.changes == 1);

    f.stack.undo();
    CHECK(settings.rules().responseBusinessDays == 5);
    CHECK(settings.rules().warningMinimumCustomers == 3);
    CHECK(settings.rules().warningWindowDays == 90);
    f.stack.redo();
    CHECK(settings.rules().responseBusinessDays == 3);
    CHECK(settings.rules().warningMinimumCustomers == 2);
    CHECK(settings.rules().warningWindowDays == 30);
    CHECK(f.changes == 3);
}

TEST_CASE("Company details: undo puts back the details and each template saved with them", "[documents][undo][issue18]")
{
    SettingsFixture f;
    Database &db = f.session.database();
    CompanySettings before;
    before.name = QStringLiteral("Verhoeven Techniek B.V.");
    before.iban = QStringLiteral("NL91ABNA0417164300");
    before.letterPaymentDays = 14;
    SettingsRepository(db).setCompany(before);
    DocumentTemplates(db).customise(DocumentKind::Rejection, Language::Dutch, QStringLiteral("<p>Eigen afwijzing</p>"));
    f.changes = 0;

    CompanySettings after = before;
    after.name = QStringLiteral("Verhoeven Techniek Holding B.V.");
    after.letterPaymentDays = 8;
    // The save resets the user's rejection letter and makes the English acknowledgement their own.
    f.push(new CompanySettingsCommand(
        f.session, after,
        {{DocumentKind::Rejection, Language::Dutch, std::nullopt},
         {DocumentKind::Acknowledgement, Language::English, QStringLiteral("<p>Our own acknowledgement</p>")}}));

    DocumentTemplates templates(db);
    CHECK(SettingsRepository(db).company().name == QStringLiteral("Verhoeven Techniek Holding B.V."));
    CHECK(SettingsRepository(db).company().letterPaymentDays == 8);
    CHECK_FALSE(templates.isCustomised(DocumentKind::Rejection, Language::Dutch));
    CHECK(templates.text(DocumentKind::Acknowledgement, Language::English) == QStringLiteral("<p>Our own acknowledgement</p>"));
    CHECK(f.changes == 1); // one transaction for the whole save

    f.stack.undo();
    CHECK(SettingsRepository(db).company().name == QStringLiteral("Verhoeven Techniek B.V."));
    CHECK(SettingsRepository(db).company().letterPaymentDays == 14);
    CHECK(SettingsRepository(db).company().iban == QStringLiteral("NL91ABNA0417164300"));
    CHECK(templates.text(DocumentKind::Rejection, Language::Dutch) == QStringLiteral("<p>Eigen afwijzing</p>"));
    CHECK_FALSE(templates.isCustomised(DocumentKind::Acknowledgement, Language::English));
    CHECK(f.changes == 2);

    f.stack.redo();
    CHECK(SettingsRepository(db).company().name == QStringLiteral("Verhoeven Techniek Holding B.V."));
    CHECK_FALSE(templates.isCustomised(DocumentKind::Rejection, Language::Dutch));
    CHECK(templates.isCustomised(DocumentKind::Acknowledgement, Language::English));
}

TEST_CASE("Interest period: undo removes the added period, or puts back the user's earlier one", "[legal][undo][issue18]")
{
    SettingsFixture f;
    LegalTableRepository repository(f.session.database());
    const Date from = day(2027, 1, 1);
    // The rate the merged table holds on `from`, and whether it is the user's; -1 when none.
    const auto rateOn = [&](const Date &date) {
        for (const InterestRatePeriod &period : repository.interestRates().periods(InterestKind::Commercial)) {
            if (period.from <= date && date <= period.until)
                return std::pair(period.rateBasisPoints, period.userAdded);
        }
        return std::pair(qint64(-1), false);
    };
    const auto shipped = rateOn(from);
    REQUIRE_FALSE(shipped.second);

    InterestRatePeriod first;
    first.from = from;
    first.until = day(2027, 6, 30);
    first.rateBasisPoints = 1050;
    first.source = QStringLiteral("Staatscourant 2026, 12345");
    f.push(new AddInterestPeriodCommand(f.session, InterestKind::Commercial, first));
    CHECK(rateOn(from) == std::pair(qint64(1050), true));

    InterestRatePeriod corrected = first;
    corrected.rateBasisPoints = 1025;
    f.push(new AddInterestPeriodCommand(f.session, InterestKind::Commercial, corrected));
    CHECK(rateOn(from) == std::pair(qint64(1025), true));
    REQUIRE(repository.interestPeriods().size() == 1);

    f.stack.undo(); // the correction: the first period is back, not the shipped table
    REQUIRE(repository.interestPeriods().size() == 1);
    CHECK(repository.interestPeriods()[0].second.rateBasisPoints == 1050);
    f.stack.undo(); // the first addition: no period of the user's is left
    CHECK(repository.interestPeriods().empty());
    CHECK(rateOn(from) == shipped);
    f.stack.redo();
    f.stack.redo();
    REQUIRE(repository.interestPeriods().size() == 1);
    CHECK(repository.interestPeriods()[0].second.rateBasisPoints == 1025);
    CHECK(f.changes == 6);
}
