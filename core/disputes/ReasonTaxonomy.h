#pragma once

#include "common/TextCatalogue.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd {

// Practitioners classify every complaint as organisational (how we work: billing, promises,
// service) or product-technical (what we deliver); about 96% turn out organisational.
enum class ReasonClass { Organisational, ProductTechnical };

struct Reason
{
    QString code;
    ReasonClass reasonClass;
    QString name; // translated
};

// Why customers refuse to pay: the reason taxonomy of DESIGN.md §2. The one place that names the
// reasons and their classes; the names come translated from `catalogue` (the interface's language
// unless a report asks for its own).
class ReasonTaxonomy
{
public:
    static QList<Reason> all(const TextCatalogue &catalogue = TextCatalogue::installed());
    static std::optional<Reason> find(QStringView code, const TextCatalogue &catalogue = TextCatalogue::installed());
    static QString classCode(ReasonClass reasonClass);
    static std::optional<ReasonClass> reasonClass(QStringView classCode);
    static QString className(ReasonClass reasonClass, const TextCatalogue &catalogue = TextCatalogue::installed());
};

} // namespace dd
