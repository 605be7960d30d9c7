#include "CatalogueTranslator.h"

#include <cstring>

namespace dd {

QString CatalogueTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isEmpty() || !context || std::strncmp(context, "dd::", 4) != 0)
        return found;
    return QTranslator::translate("dd", sourceText, disambiguation, n);
}

} // namespace dd
