#pragma once

#include "calendar/IsoDate.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace dd {

// Which statutory interest: art. 6:119 BW (consumers and other non-commercial claims) or
// art. 6:119a BW (commercial transactions between businesses).
enum class InterestKind { Consumer, Commercial };

// One rate for the days from..until (both inclusive).
struct InterestRatePeriod
{
    Date from;
    Date until;
    qint64 rateBasisPoints = 0;
    QString source;
    bool toVerify = false;  // found only in secondary sources: shown so the user can correct it
    bool userAdded = false; // from the database, not the shipped table
};

// The dated statutory interest rates: the table shipped in resources/legal/interest-rates.json,
// with periods the user added laid over it. The rates change on 1 January and 1 July (art. 6:120
// lid 2 BW; the commercial rate is the ECB main refinancing rate plus 8 points, art. 6:119a lid 2),
// so the table knows each rate up to a last date; a day outside it is an error, never a guess.
class InterestRateTable
{
public:
    InterestRateTable() = default;

    // Parses the format of resources/legal/interest-rates.json; throws ValidationError.
    static InterestRateTable fromJson(const QByteArray &json);
    // The table shipped with the program (a Qt resource).
    static InterestRateTable shipped();

    // Lays `period` over the table: it replaces whatever was there for its days. Throws
    // ValidationError when until < from or the rate is negative.
    void addPeriod(InterestKind kind, const InterestRatePeriod &period);

    // Periods in date order, without gaps or overlaps unless the user left a gap.
    const std::vector<InterestRatePeriod> &periods(InterestKind kind) const;
    // The period holding `date`; throws ValidationError naming the range the table covers.
    const InterestRatePeriod &periodAt(InterestKind kind, const Date &date) const;
    // A description of where the table comes from ("source" of the shipped file).
    const QString &source() const { return m_source; }

    static QString kindCode(InterestKind kind);
    static std::optional<InterestKind> parseKind(QStringView code);
    // "art. 6:119 BW" / "art. 6:119a BW"
    static QString article(InterestKind kind);

private:
    std::vector<InterestRatePeriod> &list(InterestKind kind);

    std::vector<InterestRatePeriod> m_consumer;
    std::vector<InterestRatePeriod> m_commercial;
    QString m_source;
};

} // namespace dd
