#pragma once

#include "common/TextCatalogue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// The five steps of the decision tree (DESIGN.md §3), and Closed.
enum class DisputeStep { Hear, Verify, Decide, Resolve, Learn, Closed };
enum class Channel { Phone, Email, Letter, Portal, Visit, SocialMedia };
enum class Verdict { None, Justified, PartlyJustified, Unjustified };
// What happens to the unjustified part of a claim.
enum class UnjustifiedPath { None, Amicable, Legal, Goodwill };
// How far the amicable path got.
enum class AmicableState { None, Explained, Arrangement, Paid };
enum class FindingDirection { SupportsCustomer, SupportsUs, Neutral };
enum class ContactDirection { Inbound, Outbound };
enum class Outcome { None, Paid, Credited, WrittenOff, Collected, Lost };

// Stable text codes of the dispute enums, as stored in the database and typed on the command line.
class DisputeCodes
{
public:
    static QString step(DisputeStep value);
    static std::optional<DisputeStep> step(QStringView code);
    static QString channel(Channel value);
    static std::optional<Channel> channel(QStringView code);
    static QString verdict(Verdict value);
    static std::optional<Verdict> verdict(QStringView code);
    static QString path(UnjustifiedPath value);
    static std::optional<UnjustifiedPath> path(QStringView code);
    static QString amicable(AmicableState value);
    static std::optional<AmicableState> amicable(QStringView code);
    static QString direction(FindingDirection value);
    static std::optional<FindingDirection> direction(QStringView code);
    static QString contactDirection(ContactDirection value);
    static std::optional<ContactDirection> contactDirection(QStringView code);
    static QString outcome(Outcome value);
    static std::optional<Outcome> outcome(QStringView code);

    static QStringList stepCodes();
    static QStringList channelCodes();
    static QStringList outcomeCodes();
    // Translated names for people; a report in its own language passes its catalogue.
    static QString stepName(DisputeStep value, const TextCatalogue &catalogue = TextCatalogue::installed());
    static QString channelName(Channel value);
    static QString verdictName(Verdict value);
    static QString outcomeName(Outcome value);
};

} // namespace dd
