#pragma once

#include "importers/ImportIssue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

// One record of a CSV file: its fields and the physical line each one starts on (a quoted field
// may span lines, so the lines of later fields and records shift).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QList<int> fieldLines;

    QString field(qsizetype index) const { return index >= 0 && index < fields.size() ? fields.at(index) : QString(); }
    int lineOf(qsizetype index) const { return index >= 0 && index < fieldLines.size() ? fieldLines.at(index) : line; }
};

// Reads CSV as RFC 4180 describes it (quoted fields with doubled quotes, separators and line
// breaks inside quotes, CRLF or LF), with the separator detected from the header line: comma,
// semicolon (Dutch Excel) or tab. Blank lines are skipped.
class CsvReader
{
public:
    // The separator that occurs most often outside quotes in the first line; comma on a tie.
    static QChar detectSeparator(QStringView text);
    // All records, or nullopt with the issue (an unterminated quote) when the text is not CSV.
    static std::optional<QList<CsvRecord>> parse(QStringView text, QChar separator, const QString &fileName,
                                                 ImportIssue *issue);
};

} // namespace dd
