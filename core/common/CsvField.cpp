#include "CsvField.h"

#include <algorithm>

namespace dd {

QString CsvField::encode(const QString &value, QChar separator)
{
    const bool commaSeparated = separator == u',';
    const bool plain = std::none_of(value.cbegin(), value.cend(), [separator, commaSeparated](QChar c) {
        return c == separator || c == u'"' || c == u'\n' || c == u'\r' || (commaSeparated && c == u';');
    });
    if (plain)
        return value;
    return u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString CsvField::join(const QStringList &fields, QChar separator)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += separator;
        line += encode(fields.at(i), separator);
    }
    return line;
}

} // namespace dd
