#pragma once

#include <QString>

namespace dd {

// How VAT applies to a line beyond its rate: the VAT category (UNCL5305 as EN 16931 uses it) and,
// for the categories that charge no VAT for a legal reason, that reason (VATEX code and/or text,
// BT-120/BT-121). An empty category is what lines had before categories were kept: S above 0%,
// Z at 0%.
struct VatTreatment
{
    QString category;
    QString exemptionCode;   // e.g. VATEX-EU-AE
    QString exemptionReason; // free text, e.g. "Reverse charge"

    // The category to state on a document for a line of this rate.
    QString categoryFor(int rateBasisPoints) const;
    bool operator==(const VatTreatment &other) const = default;

    // S standard, Z zero rated, E exempt, AE reverse charge, K intra-community supply, G export
    // outside the EU, O not subject to VAT, L Canary Islands (IGIC), M Ceuta and Melilla (IPSI).
    static bool isKnown(const QString &category);
    // O carries no percentage at all (BR-O-05); the others do.
    static bool hasRate(const QString &category);
    // E, AE, K, G and O need an exemption reason (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10);
    // S and Z must not have one (BR-S-10, BR-Z-10).
    static bool needsExemptionReason(const QString &category);
    // These charge no VAT, so their rate is 0 (BR-Z-05, BR-E-05, BR-AE-05, BR-IC-05, BR-G-05).
    static bool isZeroRated(const QString &category);
    // The VATEX code that goes without saying for a category (AE, K, G, O), else empty.
    static QString defaultExemptionCode(const QString &category);
};

} // namespace dd
