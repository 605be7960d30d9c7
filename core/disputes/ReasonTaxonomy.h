#pragma once

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

// Why customers refuse to pay: the reason taxonomy of DESIGN.md §2.
class ReasonTaxonomy
{
public:
    static QList<Reason> all();
    static std::optional<Reason> find(QStringView code);
    static QString classCode(ReasonClass reasonClass);
    static QString className(ReasonClass reasonClass);
};

} // namespace dd
