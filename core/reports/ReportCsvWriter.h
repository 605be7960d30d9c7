#pragma once

#include "reports/ReportDocument.h"

#include <QStringList>

namespace dd {

// Writes every table of a document as `<dir>/<table id>.csv` (RFC 4180, UTF-8, CRLF). Throws
// ValidationError when the folder cannot be made or a file not written. Returns the paths written.
class ReportCsvWriter
{
public:
    static QStringList write(const ReportDocument &document, const QString &directory);
};

} // namespace dd
