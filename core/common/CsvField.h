#pragma once

#include <QString>
#include <QStringList>

namespace dd {

// How every CSV file DisputeDesk writes (exports, reports, rejected rows, hand-over files, the
// CLI's --format csv) quotes a field, after RFC 4180: a field is put between double quotes, with
// its own quotes doubled, when it holds the file's separator, a quote or a line break (CR or LF),
// and in a comma-separated file also when it holds a semicolon, so that a spreadsheet that splits
// on ';' (Dutch Excel) keeps it whole. A comma in a ';'-separated file is left alone: it is the
// decimal comma of the Dutch amounts there. Leading and trailing spaces are written as they are.
// No formula guard (a leading '=' is data here, and the importer must read back exactly what the
// exporter wrote).
class CsvField
{
public:
    static QString encode(const QString &value, QChar separator = u',');
    // The fields encoded and joined by `separator`, without a line ending.
    static QString join(const QStringList &fields, QChar separator = u',');
};

} // namespace dd
