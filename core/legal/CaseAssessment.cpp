#include "CaseAssessment.h"

#include "common/ValidationError.h"
#include "disputes/Dispute.h"
#include "disputes/DisputeRepository.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "legal/CaseFactsQuery.h"
#include "legal/CollectionCosts.h"
#include "legal/FourteenDayLetter.h"
#include "legal/LegalDefault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CaseAssessment", text);
}
} // namespace

CaseAssessment::CaseAssessment(Database &database, InterestRateTable rates, CourtFeeTable fees)
    : m_database(database)
    , m_rates(std::move(rates))
    , m_fees(std::move(fees))
{
}

CaseAssessmentResult CaseAssessment::assess(const Dispute &dispute, const CaseAssessmentOptions &options) const
{
    CaseAssessmentResult out;
    CostBenefitInput &in = out.input;
    const QString currency = dispute.currency();
    const Money zero = Money::zero(currency);
    in.principal = dispute.verdict == Verdict::None ? dispute.disputedTotal() : dispute.unjustifiedPart();
    if (in.principal.cents() <= 0)
        throw ValidationError(tr("Case %1 was found justified in full: there is nothing to collect.").arg(dispute.number));

    // The collection-cost scale and the court fees are euro amounts: a case in another currency is
    // measured against them at the euro rate of the assessment date, and the result converted back.
    std::optional<ExchangeRate> rate;
    if (currency != QLatin1String("EUR")) {
        rate = ExchangeRateRepository(m_database).onOrBefore(currency, options.asOf);
        if (!rate)
            throw ValidationError(tr("Case %1 is in %2, and collection costs and court fees are euro amounts: enter the "
                                     "euro rate of %2 for %3 first (disputedesk-cli exchange-rates).")
                                      .arg(dispute.number, currency, IsoDate::format(options.asOf)));
        out.notes << tr("Euro amounts converted at 1 EUR = %1 %2 (rate of %3).")
                         .arg(rate->rateText(NumberStyle::English), currency, IsoDate::format(rate->date));
    }
    const auto inEur = [&](const Money &amount) { return rate ? rate->toEur(amount) : amount; };
    const auto fromEur = [&](const Money &euros) { return rate ? rate->fromEur(euros) : euros; };

    const CaseFactsQuery facts(m_database);
    const bool consumer = facts.isConsumer(dispute.customerId);
    // The 14-day letter (art. 6:96 lid 6 BW) also serves as the consumer's notice of default.
    const std::optional<Date> letterDate = facts.firstFourteenDayLetter(dispute.id);
    const Date earliestDue = facts.earliestDueDate(dispute.id).value_or(options.asOf);

    if (options.interest) {
        in.interestToDate = *options.interest;
        out.notes << tr("Interest as entered: %1.").arg(options.interest->format(NumberStyle::English));
    } else {
        // The due date is a fatal term: default and interest from the day after it, for a consumer
        // too (LegalDefault), as the 14-day letter itself says.
        const std::optional<Date> start = LegalDefault::from(earliestDue);
        if (*start > options.asOf) {
            in.interestToDate = zero;
            out.notes << tr("No interest yet: it runs from %1.").arg(IsoDate::format(*start));
        } else {
            const InterestResult interest = StatutoryInterest(m_rates).compute(
                consumer ? InterestKind::Consumer : InterestKind::Commercial, in.principal, *start, options.asOf);
            in.interestToDate = interest.interest;
            out.interestToVerify = interest.ratesToVerify;
            out.notes << tr("Statutory interest (%1) from %2 to %3: %4.")
                             .arg(InterestRateTable::article(consumer ? InterestKind::Consumer : InterestKind::Commercial),
                                  IsoDate::format(*start), IsoDate::format(options.asOf),
                                  interest.interest.format(NumberStyle::English));
        }
    }

    // A consumer owes the costs only once the term of a valid 14-day letter has ended.
    const std::optional<Date> costsFrom = letterDate ? std::optional<Date>(FourteenDayLetter::costsChargeableFrom(
                                                           *letterDate, FourteenDayLetter::Delivery::Post))
                                                     : std::nullopt;
    if (consumer && !letterDate) {
        in.collectionCosts = zero;
        out.notes << tr("No collection costs: a consumer owes them only after a valid 14-day letter (art. 6:96 lid 6 BW).");
    } else if (consumer && options.asOf < *costsFrom) {
        in.collectionCosts = zero;
        out.notes << tr("No collection costs yet: the term of the 14-day letter of %1 runs until %2 (14 days after the "
                        "assumed receipt); they count from %3.")
                         .arg(IsoDate::format(*letterDate),
                              IsoDate::format(FourteenDayLetter::termEnds(*letterDate, FourteenDayLetter::Delivery::Post)),
                              IsoDate::format(*costsFrom));
    } else {
        const auto costs = CollectionCosts::compute(inEur(in.principal), consumer ? CollectionCosts::Debtor::Consumer
                                                                                  : CollectionCosts::Debtor::Business,
                                                    false);
        in.collectionCosts = fromEur(costs.costs);
        out.notes << (rate ? tr("Collection costs by the statutory scale (art. 6:96 BW) on %1: %2, that is %3.")
                                 .arg(costs.principal.format(NumberStyle::English), costs.costs.format(NumberStyle::English),
                                      in.collectionCosts.format(NumberStyle::English))
                           : tr("Collection costs by the statutory scale (art. 6:96 BW): %1.").arg(costs.costs.format(NumberStyle::English)));
    }

    const Money claim = in.principal + in.interestToDate + in.collectionCosts;
    // Our users sue as an organisation: the claimant pays the fee at the kantonrechter.
    const CourtFeeResult fee = m_fees.fee(inEur(claim), CourtFeeParty::Organisation, options.asOf);
    in.courtFee = fromEur(fee.fee);
    out.courtFeeToVerify = fee.toVerify;
    out.notes << (fee.toVerify ? tr("Court fee for a claim of %1, paid by the claimant: %2 (to verify: %3).")
                                     .arg(claim.format(NumberStyle::English), in.courtFee.format(NumberStyle::English), fee.source)
                               : tr("Court fee for a claim of %1, paid by the claimant: %2.")
                                     .arg(claim.format(NumberStyle::English), in.courtFee.format(NumberStyle::English)));
    // The defaults are euro estimates; an amount given in the case's currency is taken as it is.
    const auto inCaseCurrency = [&](const Money &amount) {
        if (amount.currency() == currency)
            return amount;
        if (amount.currency() == QLatin1String("EUR") && rate)
            return rate->fromEur(amount);
        throw ValidationError(tr("Case %1 is in %2: an estimate in %3 cannot be used.").arg(dispute.number, currency, amount.currency()));
    };
    in.summonsCosts = inCaseCurrency(options.summonsCosts);
    in.representativeCosts = inCaseCurrency(options.representativeCosts);
    in.monthsToJudgment = options.monthsToJudgment;

    const Date yearAgo = options.asOf - boost::gregorian::date_duration(365);
    in.yearlyRevenue = Money(facts.invoicedCents(dispute.customerId, currency, yearAgo, options.asOf), currency);
    // The estimate given for this assessment wins over the one set on the case, which wins over
    // the payment history.
    const std::optional<qint64> estimate =
        options.probabilityBasisPoints ? options.probabilityBasisPoints : DisputeRepository(m_database).recoveryProbability(dispute.id);
    if (estimate) {
        in.recoveryProbabilityBasisPoints = *estimate;
        out.probabilityEstimated = true;
        out.notes << tr("Recovery probability as estimated: %1%.").arg(double(*estimate) / 100.0, 0, 'f', 1);
    } else {
        const CaseFactsQuery::PaymentHistory history = facts.paymentHistory(dispute.customerId, options.asOf, dispute.id);
        in.recoveryProbabilityBasisPoints =
            CostBenefitAssessment::defaultProbabilityBasisPoints(history.invoicedCents, history.paidCents);
        out.notes << tr("Recovery probability from the customer's payment history: %1%.")
                         .arg(double(in.recoveryProbabilityBasisPoints) / 100.0, 0, 'f', 1);
    }
    out.result = CostBenefitAssessment::assess(in);
    return out;
}

QString CaseAssessment::details(const CaseAssessmentResult &assessment)
{
    const CostBenefitInput &in = assessment.input;
    const CostBenefitResult &r = assessment.result;
    const QJsonObject object{
        {QStringLiteral("principal"), in.principal.toPlain()},
        {QStringLiteral("interest"), in.interestToDate.toPlain()},
        {QStringLiteral("collection_costs"), in.collectionCosts.toPlain()},
        {QStringLiteral("court_fee"), in.courtFee.toPlain()},
        {QStringLiteral("summons_costs"), in.summonsCosts.toPlain()},
        {QStringLiteral("representative_costs"), in.representativeCosts.toPlain()},
        {QStringLiteral("probability_bp"), in.recoveryProbabilityBasisPoints},
        {QStringLiteral("months_to_judgment"), in.monthsToJudgment},
        {QStringLiteral("yearly_revenue"), in.yearlyRevenue.toPlain()},
        {QStringLiteral("expected_recovery"), r.expectedRecovery.toPlain()},
        {QStringLiteral("legal_net"), r.legalNet.toPlain()},
        {QStringLiteral("net_gain_of_legal"), r.netGainOfLegal.toPlain()},
        {QStringLiteral("break_even_probability_bp"), r.breakEvenProbabilityBasisPoints},
        {QStringLiteral("recommendation"), CostBenefitAssessment::recommendationCode(r.recommendation)},
        {QStringLiteral("notes"), QJsonValue::fromVariant(assessment.notes)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace dd
