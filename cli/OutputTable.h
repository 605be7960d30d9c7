#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

#include <optional>

namespace dd {

// Prints rows for people (an aligned table) or for programs (CSV per RFC 4180, or a JSON array of
// objects keyed by the column names). Rows are written as they come, so a million rows never sit
// in memory; a table sizes its columns on the first batch of rows.
class OutputTable
{
public:
    enum class Format { Table, Csv, Json };

    // Right-aligned columns (amounts, counts) are marked by name.
    OutputTable(QTextStream &out, Format format, QStringList columns, QStringList rightAligned = {});
    ~OutputTable();

    // Values are printed as text; in JSON, integers and booleans stay numbers and booleans.
    void addRow(const QVariantList &values);
    void finish();

    static std::optional<Format> parseFormat(const QString &name);

private:
    void flushPending();
    void writeTableRow(const QStringList &cells);
    void writeCsvHeader();

    QTextStream &m_out;
    Format m_format;
    QStringList m_columns;
    QList<bool> m_right;
    QList<QVariantList> m_pending;
    QList<qsizetype> m_widths;
    bool m_headerWritten = false;
    bool m_finished = false;
    qint64 m_rows = 0;
};

} // namespace dd
