#include "Customer.h"

namespace dd {

PeppolParticipant Customer::peppolEndpoint() const
{
    if (!peppol.isEmpty())
        return peppol;
    if (kind == CustomerKind::Consumer)
        return {};
    return PeppolParticipant::fromVatId(vatId);
}

QString Customer::kindCode(CustomerKind kind)
{
    return kind == CustomerKind::Consumer ? QStringLiteral("consumer") : QStringLiteral("business");
}

std::optional<CustomerKind> Customer::kindFromCode(QStringView code)
{
    if (code == u"consumer")
        return CustomerKind::Consumer;
    if (code == u"business")
        return CustomerKind::Business;
    return std::nullopt;
}

QString Customer::languageCode(Language language)
{
    return language == Language::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

std::optional<Language> Customer::languageFromCode(QStringView code)
{
    if (code == u"nl")
        return Language::Dutch;
    if (code == u"en")
        return Language::English;
    return std::nullopt;
}

} // namespace dd
