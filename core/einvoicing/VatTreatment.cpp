#include "VatTreatment.h"

#include <QStringList>

namespace dd {

QString VatTreatment::categoryFor(int rateBasisPoints) const
{
    if (!category.isEmpty())
        return category;
    return rateBasisPoints > 0 ? QStringLiteral("S") : QStringLiteral("Z");
}

bool VatTreatment::isKnown(const QString &category)
{
    static const QStringList known = {QStringLiteral("S"),  QStringLiteral("Z"), QStringLiteral("E"),
                                      QStringLiteral("AE"), QStringLiteral("K"), QStringLiteral("G"),
                                      QStringLiteral("O"),  QStringLiteral("L"), QStringLiteral("M")};
    return known.contains(category);
}

bool VatTreatment::hasRate(const QString &category)
{
    return category != u"O";
}

bool VatTreatment::needsExemptionReason(const QString &category)
{
    return category == u"E" || category == u"AE" || category == u"K" || category == u"G" || category == u"O";
}

bool VatTreatment::isZeroRated(const QString &category)
{
    return needsExemptionReason(category) || category == u"Z";
}

QString VatTreatment::defaultExemptionCode(const QString &category)
{
    // VATEX code list (CEF eInvoicing, VAT exemption reason codes).
    if (category == u"AE")
        return QStringLiteral("VATEX-EU-AE");
    if (category == u"K")
        return QStringLiteral("VATEX-EU-IC");
    if (category == u"G")
        return QStringLiteral("VATEX-EU-G");
    if (category == u"O")
        return QStringLiteral("VATEX-EU-O");
    return QString();
}

} // namespace dd
