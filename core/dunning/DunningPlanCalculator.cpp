#include "dunning/DunningPlanCalculator.h"

#include "common/ValidationError.h"
#include "dunning/DunningSettings.h"
#include "exchangerates/ExchangeRateRepository.h"
#include "legal/CollectionCosts.h"
#include "legal/FourteenDayLetter.h"
#include "legal/LegalDefault.h"
#include "legal/LegalTableRepository.h"

#include <algorithm>
#include <utility>

namespace dd {

DunningPlanCalculator::DunningPlanCalculator(Database &database)
    : m_database(database)
    , m_interest(LegalTableRepository(database).interestRates())
{
    const DunningSettings settings(database);
    m_addVatConsumer = settings.addVatToCosts();
    m_addVatBusiness = settings.addVatToBusinessCosts();
    m_costsDelay = settings.costsDelayDays();
}

QString DunningPlanCalculator::fileSafe(const QString &text)
{
    QString result;
    for (const QChar c : text)
        result += (c.isLetterOrNumber() || c == u'-' || c == u'.') && c.unicode() < 128 ? c : QChar(u'_');
    return result.isEmpty() ? QStringLiteral("_") : result;
}

QString DunningPlanCalculator::fileBase(const DunningLetterPlan &plan)
{
    QString word = plan.level.code;
    if (plan.language == Language::Dutch) {
        // The codes of DunningLevel::defaults(); file names are ASCII, like fileSafe's.
        static const std::pair<const char *, const char *> dutch[] = {{"reminder", "herinnering"},
                                                                      {"second-reminder", "tweede-herinnering"},
                                                                      {"notice", "ingebrekestelling"},
                                                                      {"hand-over", "overdracht"}};
        for (const auto &[code, name] : dutch) {
            if (word == QLatin1String(code))
                word = QString::fromLatin1(name);
        }
    }
    return fileSafe(plan.customerNumber) + u'-' + word;
}

void DunningPlanCalculator::complete(DunningLetterPlan &plan, const Date &asOf, bool multiCurrency) const
{
    const InterestKind kind = plan.customerKind == CustomerKind::Consumer ? InterestKind::Consumer : InterestKind::Commercial;
    plan.showsInterest = plan.level.showsInterest;
    plan.interestRatesToVerify = false;
    if (plan.showsInterest) {
        Money sum = Money::zero(plan.currency);
        bool available = true;
        for (DunningInvoiceLine &line : plan.invoices) {
            // Default and interest from the day after the due date, consumer or business: one rule
            // for letters and the assessment (LegalDefault).
            try {
                const InterestResult result = m_interest.compute(kind, line.open, LegalDefault::from(line.dueDate), asOf);
                line.interest = result.interest;
                sum += result.interest;
                plan.interestRatesToVerify = plan.interestRatesToVerify || result.ratesToVerify;
            } catch (const ValidationError &error) {
                available = false;
                if (plan.interestNote.isEmpty())
                    plan.interestNote = error.message();
            }
        }
        if (available)
            plan.interest = sum;
    }
    plan.showsCosts = plan.level.showsCosts;
    plan.eurRate.reset();
    plan.totalInEur = plan.total;
    if (plan.showsCosts && plan.currency != QLatin1String("EUR")) {
        plan.eurRate = ExchangeRateRepository(m_database).onOrBefore(plan.currency, asOf);
        plan.totalInEur = plan.eurRate ? plan.eurRate->toEur(plan.total) : Money::zero(QStringLiteral("EUR"));
    }
    if (plan.showsCosts && plan.totalInEur.cents() > 0) {
        const bool consumer = kind == InterestKind::Consumer;
        const CollectionCostsResult costs = CollectionCosts::compute(
            plan.totalInEur, consumer ? CollectionCosts::Debtor::Consumer : CollectionCosts::Debtor::Business,
            consumer ? m_addVatConsumer : m_addVatBusiness, int(plan.invoices.size()));
        plan.costs = costs.costs;
        plan.costsVat = costs.vat;
        plan.costsVatAdded = costs.vatUplift;
        plan.costsVatRateBasisPoints = int(costs.vatRateBasisPoints);
        plan.euCompensation = CollectionCosts::euCompensation(int(plan.invoices.size()), QStringLiteral("EUR"));
    }
    if (plan.isFourteenDayLetter())
        // Never inside the term: the letter is assumed received 2 business days after posting.
        plan.costsChargeableFrom = std::max(asOf + boost::gregorian::date_duration(m_costsDelay),
                                            FourteenDayLetter::costsChargeableFrom(asOf, FourteenDayLetter::Delivery::Post));
    QString base = fileBase(plan);
    if (multiCurrency)
        base += u'-' + plan.currency;
    plan.fileName = base + (plan.level.isHandOver() ? QStringLiteral(".csv") : QStringLiteral(".pdf"));
}

} // namespace dd
