#include "AddInterestPeriodCommand.h"

#include "legal/LegalTableRepository.h"
#include "session/Session.h"

#include <QCoreApplication>

namespace dd {

AddInterestPeriodCommand::AddInterestPeriodCommand(Session &session, InterestKind kind, const InterestRatePeriod &period)
    : StoredEditCommand(QCoreApplication::translate("dd::AddInterestPeriodCommand", "add the interest period from %1")
                            .arg(IsoDate::format(period.from)))
    , m_session(session)
    , m_kind(kind)
    , m_period(period)
{
    for (const auto &[storedKind, stored] : session.legalTableRepository().interestPeriods()) {
        if (storedKind == kind && stored.from == period.from)
            m_before = stored;
    }
}

void AddInterestPeriodCommand::store(bool after)
{
    LegalTableRepository &repository = m_session.legalTableRepository();
    if (after)
        repository.addInterestPeriod(m_kind, m_period);
    else if (m_before)
        repository.addInterestPeriod(m_kind, *m_before);
    else
        repository.removeInterestPeriod(m_kind, m_period.from);
}

} // namespace dd
