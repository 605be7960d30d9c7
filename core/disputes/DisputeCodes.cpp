#include "DisputeCodes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace dd {

namespace {

template<typename E, size_t N>
QString codeOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    return QString();
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table, QStringView code)
{
    for (const auto &[e, text] : table) {
        if (code == QStringView(text))
            return e;
    }
    return std::nullopt;
}

template<typename E, size_t N>
QStringList codesOf(const std::array<std::pair<E, const char16_t *>, N> &table)
{
    QStringList result;
    for (const auto &entry : table)
        result << QString::fromUtf16(entry.second);
    return result;
}

constexpr std::array<std::pair<DisputeStep, const char16_t *>, 6> steps = {{
    {DisputeStep::Hear, u"hear"},
    {DisputeStep::Verify, u"verify"},
    {DisputeStep::Decide, u"decide"},
    {DisputeStep::Resolve, u"resolve"},
    {DisputeStep::Learn, u"learn"},
    {DisputeStep::Closed, u"closed"},
}};
constexpr std::array<std::pair<Channel, const char16_t *>, 6> channels = {{
    {Channel::Phone, u"phone"},
    {Channel::Email, u"email"},
    {Channel::Letter, u"letter"},
    {Channel::Portal, u"portal"},
    {Channel::Visit, u"visit"},
    {Channel::SocialMedia, u"social"},
}};
constexpr std::array<std::pair<Verdict, const char16_t *>, 4> verdicts = {{
    {Verdict::None, u""},
    {Verdict::Justified, u"justified"},
    {Verdict::PartlyJustified, u"partly"},
    {Verdict::Unjustified, u"unjustified"},
}};
constexpr std::array<std::pair<UnjustifiedPath, const char16_t *>, 4> paths = {{
    {UnjustifiedPath::None, u""},
    {UnjustifiedPath::Amicable, u"amicable"},
    {UnjustifiedPath::Legal, u"legal"},
    {UnjustifiedPath::Goodwill, u"goodwill"},
}};
constexpr std::array<std::pair<AmicableState, const char16_t *>, 4> amicableStates = {{
    {AmicableState::None, u""},
    {AmicableState::Explained, u"explained"},
    {AmicableState::Arrangement, u"arrangement"},
    {AmicableState::Paid, u"paid"},
}};
constexpr std::array<std::pair<FindingDirection, const char16_t *>, 3> directions = {{
    {FindingDirection::SupportsCustomer, u"customer"},
    {FindingDirection::SupportsUs, u"us"},
    {FindingDirection::Neutral, u"neutral"},
}};
constexpr std::array<std::pair<ContactDirection, const char16_t *>, 2> contactDirections = {{
    {ContactDirection::Inbound, u"in"},
    {ContactDirection::Outbound, u"out"},
}};
constexpr std::array<std::pair<Outcome, const char16_t *>, 6> outcomes = {{
    {Outcome::None, u""},
    {Outcome::Paid, u"paid"},
    {Outcome::Credited, u"credited"},
    {Outcome::WrittenOff, u"written-off"},
    {Outcome::Collected, u"collected"},
    {Outcome::Lost, u"lost"},
}};

} // namespace

QString DisputeCodes::step(DisputeStep value) { return codeOf(steps, value); }
std::optional<DisputeStep> DisputeCodes::step(QStringView code) { return valueOf(steps, code); }
QString DisputeCodes::channel(Channel value) { return codeOf(channels, value); }
std::optional<Channel> DisputeCodes::channel(QStringView code) { return valueOf(channels, code); }
QString DisputeCodes::verdict(Verdict value) { return codeOf(verdicts, value); }
std::optional<Verdict> DisputeCodes::verdict(QStringView code) { return valueOf(verdicts, code); }
QString DisputeCodes::path(UnjustifiedPath value) { return codeOf(paths, value); }
std::optional<UnjustifiedPath> DisputeCodes::path(QStringView code) { return valueOf(paths, code); }
QString DisputeCodes::amicable(AmicableState value) { return codeOf(amicableStates, value); }
std::optional<AmicableState> DisputeCodes::amicable(QStringView code) { return valueOf(amicableStates, code); }
QString DisputeCodes::direction(FindingDirection value) { return codeOf(directions, value); }
std::optional<FindingDirection> DisputeCodes::direction(QStringView code) { return valueOf(directions, code); }
QString DisputeCodes::contactDirection(ContactDirection value) { return codeOf(contactDirections, value); }
std::optional<ContactDirection> DisputeCodes::contactDirection(QStringView code) { return valueOf(contactDirections, code); }
QString DisputeCodes::outcome(Outcome value) { return codeOf(outcomes, value); }
std::optional<Outcome> DisputeCodes::outcome(QStringView code) { return valueOf(outcomes, code); }

QStringList DisputeCodes::stepCodes() { return codesOf(steps); }
QStringList DisputeCodes::channelCodes() { return codesOf(channels); }
QStringList DisputeCodes::outcomeCodes() { return codesOf(outcomes).mid(1); }

QString DisputeCodes::stepName(DisputeStep value, const TextCatalogue &catalogue)
{
    switch (value) {
    case DisputeStep::Hear:
        return catalogue.text("dd::DisputeCodes", QT_TRANSLATE_NOOP("dd::DisputeCodes", "Hear"));
    case DisputeStep::Verify:
        return catalogue.text("dd::DisputeCodes", QT_TRANSLATE_NOOP("dd::DisputeCodes", "Verify"));
    case DisputeStep::Decide:
        return catalogue.text("dd::DisputeCodes", QT_TRANSLATE_NOOP("dd::DisputeCodes", "Decide"));
    case DisputeStep::Resolve:
        return catalogue.text("dd::DisputeCodes", QT_TRANSLATE_NOOP("dd::DisputeCodes", "Resolve"));
    case DisputeStep::Learn:
        return catalogue.text("dd::DisputeCodes", QT_TRANSLATE_NOOP("dd::DisputeCodes", "Learn"));
    case DisputeStep::Closed:
        return catalogue.text("dd::DisputeCodes", QT_TRANSLATE_NOOP("dd::DisputeCodes", "Closed"));
    }
    return QString();
}

QString DisputeCodes::channelName(Channel value)
{
    switch (value) {
    case Channel::Phone:
        return QCoreApplication::translate("dd::DisputeCodes", "Phone");
    case Channel::Email:
        return QCoreApplication::translate("dd::DisputeCodes", "E-mail");
    case Channel::Letter:
        return QCoreApplication::translate("dd::DisputeCodes", "Letter");
    case Channel::Portal:
        return QCoreApplication::translate("dd::DisputeCodes", "Portal");
    case Channel::Visit:
        return QCoreApplication::translate("dd::DisputeCodes", "Visit");
    case Channel::SocialMedia:
        return QCoreApplication::translate("dd::DisputeCodes", "Social media");
    }
    return QString();
}

QString DisputeCodes::verdictName(Verdict value)
{
    switch (value) {
    case Verdict::None:
        return QString();
    case Verdict::Justified:
        return QCoreApplication::translate("dd::DisputeCodes", "Justified");
    case Verdict::PartlyJustified:
        return QCoreApplication::translate("dd::DisputeCodes", "Partly justified");
    case Verdict::Unjustified:
        return QCoreApplication::translate("dd::DisputeCodes", "Unjustified");
    }
    return QString();
}

QString DisputeCodes::outcomeName(Outcome value)
{
    switch (value) {
    case Outcome::None:
        return QString();
    case Outcome::Paid:
        return QCoreApplication::translate("dd::DisputeCodes", "Paid");
    case Outcome::Credited:
        return QCoreApplication::translate("dd::DisputeCodes", "Credited");
    case Outcome::WrittenOff:
        return QCoreApplication::translate("dd::DisputeCodes", "Written off");
    case Outcome::Collected:
        return QCoreApplication::translate("dd::DisputeCodes", "Collected");
    case Outcome::Lost:
        return QCoreApplication::translate("dd::DisputeCodes", "Lost");
    }
    return QString();
}

} // namespace dd
