#pragma once

#include "calendar/IsoDate.h"
#include "money/Money.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace dd {

// The kind of party that sues: at the kantonrechter only the claimant pays a court fee (Wet
// griffierechten burgerlijke zaken, art. 4), and organisations (legal persons) pay more than
// natural persons; a natural person with little income pays the lowest fee, whatever the claim.
enum class CourtFeeParty { Organisation, Person, LowIncome };

struct CourtFeeBracket
{
    std::optional<qint64> upToCents; // highest claim of the bracket, inclusive; none: open-ended
    qint64 organisationCents = 0;
    qint64 personCents = 0;
};

// One dated table of brackets.
struct CourtFeePeriod
{
    Date from;
    std::optional<Date> until;         // none: until the next period, or open-ended
    std::optional<Date> verifiedUntil; // after this date the figures are "to verify"
    qint64 maxClaimCents = 0;          // 0: no limit known
    QString source;
    bool toVerify = false;
    bool userAdded = false;
    std::optional<qint64> lowIncomeCents;  // the fee of a claimant with little income; none: not known
    std::vector<CourtFeeBracket> brackets; // ascending
};

struct CourtFeeResult
{
    Money claim;
    CourtFeeParty party = CourtFeeParty::Organisation;
    Date date;
    Money fee;
    qint64 bracketFromCents = 0;          // the claim is above this ...
    std::optional<qint64> bracketToCents; // ... and at most this
    Date tableFrom;
    QString source;
    bool toVerify = false;
};

// Court fees (griffierecht) at the kantonrechter (Wet griffierechten burgerlijke zaken, art. 3
// and its annex "tabel kanton"): a fee per claim bracket, different for organisations and
// natural persons, indexed yearly. Shipped as a dated table in resources/legal/court-fees.json,
// with periods the user added laid over it.
class CourtFeeTable
{
public:
    CourtFeeTable() = default;

    static CourtFeeTable fromJson(const QByteArray &json); // throws ValidationError
    static CourtFeeTable shipped();
    // Parses a bracket list in the JSON form of the file ([{"upTo": "500.00", "organisation": ...}]).
    static std::vector<CourtFeeBracket> bracketsFromJson(const QByteArray &json);
    static QByteArray bracketsToJson(const std::vector<CourtFeeBracket> &brackets);

    // Adds a period, replacing one that starts on the same day. Throws ValidationError for a
    // period without brackets or with brackets out of order.
    void addPeriod(const CourtFeePeriod &period);
    const std::vector<CourtFeePeriod> &periods() const { return m_periods; }

    // The fee for `claim` (more than zero) on `date`. Throws ValidationError when the table does
    // not cover the date or the claim is beyond the kantonrechter's limit.
    CourtFeeResult fee(const Money &claim, CourtFeeParty party, const Date &date) const;

    static QString partyCode(CourtFeeParty party);
    static std::optional<CourtFeeParty> parseParty(QStringView code);

private:
    std::vector<CourtFeePeriod> m_periods;
};

} // namespace dd
