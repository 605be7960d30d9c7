#pragma once

#include "calendar/IsoDate.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace dd {

// What a recorded reminder did to the limitation period.
struct LimitationReminder
{
    enum class Effect { Interrupted, NotYetDue, TooLate };
    Date date;
    Effect effect = Effect::Interrupted;
    Date lastDay; // the last day of the period after this reminder
};

struct LimitationResult
{
    enum class Kind { ConsumerGoods, Other };
    enum class Status { Running, Near, Expired };

    Kind kind = Kind::Other;
    int years = 5;
    QString article;   // "art. 7:28 BW" / "art. 3:307 BW"
    Date dueDate;
    Date periodStart;  // the day after the due date
    Date lastDay;      // the last day the claim can be enforced or interrupted
    Date barredFrom;   // lastDay + 1
    std::vector<LimitationReminder> reminders;
    Date asOf;
    Status status = Status::Running;
    qint64 daysLeft = 0; // from asOf to lastDay; 0 when expired
};

// When a claim becomes time-barred (verjaring).
//
// - Art. 3:307 lid 1 BW: a claim to perform an obligation is barred five years after the start of
//   the day after it became due.
// - Art. 7:28 BW: the claim for the price of a consumer purchase of goods is barred after two years.
// - Art. 3:317 lid 1 BW: a written reminder or a clear written reservation of the right to payment
//   interrupts the period; art. 3:319 lid 1 BW: a new period of the same length (at most five
//   years) starts on the day after the interruption. A reminder after the period ended does not
//   revive the claim.
class Limitation
{
public:
    using Kind = LimitationResult::Kind;
    using Status = LimitationResult::Status;

    static constexpr int defaultWarningDays = 90;

    // The limitation of a claim due on `dueDate`, with the reminders recorded (in any order), seen
    // on `asOf`: Near when at most `warningDays` remain.
    static LimitationResult compute(Kind kind, const Date &dueDate, std::vector<Date> reminders, const Date &asOf,
                                    int warningDays = defaultWarningDays);

    static QString kindCode(Kind kind);
    static std::optional<Kind> parseKind(QStringView code);
    static QString statusCode(Status status);
    static QString effectCode(LimitationReminder::Effect effect);
};

} // namespace dd
