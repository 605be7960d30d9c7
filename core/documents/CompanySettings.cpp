#include "CompanySettings.h"

#include <QStringList>

namespace dd {

QString CompanySettings::addressLine() const
{
    QStringList parts;
    if (!street.trimmed().isEmpty())
        parts << street.trimmed();
    const QString place = (postalCode.trimmed() + u' ' + city.trimmed()).trimmed();
    if (!place.isEmpty())
        parts << place;
    return parts.join(QStringLiteral(", "));
}

} // namespace dd
