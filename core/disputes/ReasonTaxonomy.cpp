#include "ReasonTaxonomy.h"

#include <QCoreApplication>

namespace dd {

namespace {

constexpr const char *context = "dd::ReasonTaxonomy";

struct Entry
{
    const char16_t *code;
    ReasonClass reasonClass;
    const char *name;
};

const auto org = ReasonClass::Organisational;
const Entry reasons[] = {
    {u"price-too-high", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Price too high")},
    {u"invoice-error", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Invoice error (wrong amount, wrong recipient, billed twice)")},
    {u"quality", ReasonClass::ProductTechnical, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Quality of the product or service")},
    {u"delivery", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Delivery late or incomplete")},
    {u"agreement-not-kept", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Agreement not kept (promise by sales)")},
    {u"poor-service", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Poor service or not reachable")},
    {u"payment-options", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Missing payment options")},
    {u"transparency", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Lack of transparency")},
    {u"wrong-information", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Wrong or missing information")},
    {u"translation", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Translation error or misunderstanding")},
    {u"collection-handling", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Collection handled badly")},
    {u"other", org, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Other")},
};

} // namespace

QList<Reason> ReasonTaxonomy::all(const TextCatalogue &catalogue)
{
    QList<Reason> result;
    for (const Entry &entry : reasons)
        result.append({QString::fromUtf16(entry.code), entry.reasonClass, catalogue.text(context, entry.name)});
    return result;
}

std::optional<Reason> ReasonTaxonomy::find(QStringView code, const TextCatalogue &catalogue)
{
    for (const Entry &entry : reasons) {
        if (code == QStringView(entry.code))
            return Reason{QString::fromUtf16(entry.code), entry.reasonClass, catalogue.text(context, entry.name)};
    }
    return std::nullopt;
}

QString ReasonTaxonomy::classCode(ReasonClass reasonClass)
{
    return reasonClass == ReasonClass::Organisational ? QStringLiteral("organisational") : QStringLiteral("product-technical");
}

std::optional<ReasonClass> ReasonTaxonomy::reasonClass(QStringView code)
{
    for (const ReasonClass value : {ReasonClass::Organisational, ReasonClass::ProductTechnical}) {
        if (code == classCode(value))
            return value;
    }
    return std::nullopt;
}

QString ReasonTaxonomy::className(ReasonClass reasonClass, const TextCatalogue &catalogue)
{
    return reasonClass == ReasonClass::Organisational
        ? catalogue.text(context, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Organisational"))
        : catalogue.text(context, QT_TRANSLATE_NOOP("dd::ReasonTaxonomy", "Product-technical"));
}

} // namespace dd
