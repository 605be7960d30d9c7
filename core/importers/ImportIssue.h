#pragma once

#include <QList>
#include <QString>

namespace dd {

// One problem found in an input file, where the user can find it: "file:line:column: reason".
// Line and column are 1-based; the column of a CSV error is the field's position in the row.
struct ImportIssue
{
    QString file;
    int line = 0;
    int column = 0;
    QString reason;

    QString toString() const
    {
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(reason);
    }
};

using ImportIssues = QList<ImportIssue>;

} // namespace dd
