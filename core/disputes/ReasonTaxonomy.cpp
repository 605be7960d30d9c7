#include "ReasonTaxonomy.h"

#include <QCoreApplication>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ReasonTaxonomy", text);
}
} // namespace

QList<Reason> ReasonTaxonomy::all()
{
    const auto org = ReasonClass::Organisational;
    return {
        {QStringLiteral("price-too-high"), org, tr("Price too high")},
        {QStringLiteral("invoice-error"), org, tr("Invoice error (wrong amount, wrong recipient, billed twice)")},
        {QStringLiteral("quality"), ReasonClass::ProductTechnical, tr("Quality of the product or service")},
        {QStringLiteral("delivery"), org, tr("Delivery late or incomplete")},
        {QStringLiteral("agreement-not-kept"), org, tr("Agreement not kept (promise by sales)")},
        {QStringLiteral("poor-service"), org, tr("Poor service or not reachable")},
        {QStringLiteral("payment-options"), org, tr("Missing payment options")},
        {QStringLiteral("transparency"), org, tr("Lack of transparency")},
        {QStringLiteral("wrong-information"), org, tr("Wrong or missing information")},
        {QStringLiteral("translation"), org, tr("Translation error or misunderstanding")},
        {QStringLiteral("collection-handling"), org, tr("Collection handled badly")},
        {QStringLiteral("other"), org, tr("Other")},
    };
}

std::optional<Reason> ReasonTaxonomy::find(QStringView code)
{
    for (const Reason &reason : all()) {
        if (reason.code == code)
            return reason;
    }
    return std::nullopt;
}

QString ReasonTaxonomy::classCode(ReasonClass reasonClass)
{
    return reasonClass == ReasonClass::Organisational ? QStringLiteral("organisational") : QStringLiteral("product-technical");
}

QString ReasonTaxonomy::className(ReasonClass reasonClass)
{
    return reasonClass == ReasonClass::Organisational ? tr("Organisational") : tr("Product-technical");
}

} // namespace dd
