#pragma once

#include "importers/ImportIssue.h"

#include <QString>
#include <QStringList>

namespace dd {

// What an import did, or, when `committed` is false, why it did nothing.
struct ImportReport
{
    QString source;
    QString encoding;
    QChar separator;
    qint64 rows = 0;      // data rows (CSV) or documents (UBL) read
    qint64 created = 0;   // records (customers, invoices, payments) new in the database
    qint64 updated = 0;   // records that existed and were brought up to date
    qint64 unchanged = 0; // records that were already exactly so
    qint64 held = 0;      // changes refused, each explained in `notes`
    qint64 rejected = 0;  // rows left out (only with "import the valid rows")
    qint64 skipped = 0;   // documents recognised but not imported (UBL credit notes)
    ImportIssues errors;  // every problem, with file, line and column
    QStringList notes;    // things the user must know: changes not written, credit notes found
    QString rejectsFile;  // where the rejected rows went
    bool committed = false;
    bool cancelled = false; // stopped by the progress callback; nothing was written
};

} // namespace dd
