#include "CostBenefitCommand.h"

#include "disputes/DisputeService.h"
#include "legal/CaseAssessment.h"
#include "legal/LegalTableRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CostBenefitCommand", text);
}
} // namespace

QString CostBenefitCommand::summary() const
{
    return tr("Cost-benefit of legal collection versus goodwill for a case; --record keeps it with the case.");
}

void CostBenefitCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(userOption());
    parser.addOption(asOfOption());
    parser.addOption(formatOption());
    parser.addOption({QStringLiteral("probability"), tr("Your estimate of the chance to recover, in percent (default: from the "
                                                        "customer's payment history)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("interest"), tr("Interest to date, when you know better than the rate table."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("summons"), tr("Bailiff's summons costs (default 110.00)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("representative"), tr("Lawyer or agency costs (default 250.00)."), QStringLiteral("X")});
    parser.addOption({QStringLiteral("months"), tr("Months to judgment (default 6)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("record"), tr("Record the assessment with the case.")});
}

int CostBenefitCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    CaseAssessmentOptions options;
    options.asOf = asOf(parser, context);
    options.monthsToJudgment = int(integer(parser, QStringLiteral("months"), 6, 0, 120));
    if (parser.isSet(QStringLiteral("probability"))) {
        bool ok = false;
        const double percent = parser.value(QStringLiteral("probability")).toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            usageError(tr("--probability must be a percentage from 0 to 100"));
        options.probabilityBasisPoints = qint64(percent * 100.0 + 0.5);
    }
    const OutputTable::Format outputFormat = format(parser);
    // Only --record writes; an assessment looked at leaves the file as it is.
    auto database = parser.isSet(QStringLiteral("record")) ? openDatabase(parser) : openDatabaseToRead(parser);
    DisputeService service(*database, m_clock, actor(parser));
    const Dispute dispute = findCase(service, parser);
    const QString currency = dispute.currency();
    if (parser.isSet(QStringLiteral("interest"))) {
        QString why;
        const auto interest = Money::parse(parser.value(QStringLiteral("interest")), currency, NumberStyle::English, &why);
        if (!interest || interest->isNegative())
            usageError(QStringLiteral("--interest: ") + (why.isEmpty() ? tr("it cannot be negative") : why));
        options.interest = interest;
    }
    if (const auto summons = amount(parser, QStringLiteral("summons"), currency))
        options.summonsCosts = *summons;
    if (const auto representative = amount(parser, QStringLiteral("representative"), currency))
        options.representativeCosts = *representative;

    const LegalTableRepository tables(*database);
    const CaseAssessmentResult assessment = CaseAssessment(*database, tables.interestRates(), tables.courtFees()).assess(dispute, options);
    const CostBenefitInput &in = assessment.input;
    const CostBenefitResult &r = assessment.result;
    OutputTable table(context.out, outputFormat, {QStringLiteral("item"), QStringLiteral("amount")}, {QStringLiteral("amount")});
    auto row = [&](const QString &item, const Money &money) {
        table.addRow({item, outputFormat == OutputTable::Format::Table ? money.formatNumber(NumberStyle::English) : money.toPlain()});
    };
    row(QStringLiteral("principal"), in.principal);
    row(QStringLiteral("interest"), in.interestToDate);
    row(QStringLiteral("collection_costs"), in.collectionCosts);
    row(QStringLiteral("court_fee"), in.courtFee);
    row(QStringLiteral("summons_costs"), in.summonsCosts);
    row(QStringLiteral("representative_costs"), in.representativeCosts);
    row(QStringLiteral("yearly_revenue"), in.yearlyRevenue);
    row(QStringLiteral("expected_recovery"), r.expectedRecovery);
    row(QStringLiteral("waiting_cost"), r.waitingCost);
    row(QStringLiteral("relationship_loss"), r.relationshipLoss);
    row(QStringLiteral("legal_net"), r.legalNet);
    row(QStringLiteral("net_gain_of_legal"), r.netGainOfLegal);
    table.finish();
    if (outputFormat == OutputTable::Format::Table) {
        context.out << '\n' << CostBenefitAssessment::recommendationText(in, r, NumberStyle::English) << '\n';
        for (const QString &note : assessment.notes)
            context.out << QStringLiteral("- ") << note << '\n';
    }
    if (parser.isSet(QStringLiteral("record"))) {
        service.recordAssessment(dispute.id, r.netGainOfLegal, CostBenefitAssessment::recommendationCode(r.recommendation),
                                 CaseAssessment::details(assessment));
        context.err << QStringLiteral("disputedesk-cli: ") << tr("assessment recorded with %1").arg(dispute.number) << '\n';
    }
    return 0;
}

} // namespace dd
