#pragma once

#include "importers/ImportIssue.h"

#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

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
// semicolon (Dutch Excel) or tab. Blank lines are skipped. Excel's own first line "sep=;" names
// the separator and is no record. Besides UTF-8 and Windows-1252, UTF-16 with a byte order mark
// is read: what Excel writes as "Unicode text" (tab separated).
//
// A file is read as a stream, one record at a time through a buffer of `bufferBytes`, so that a
// file of millions of rows takes no more memory than one of ten: start() reads the bytes once to
// decide the encoding (a single byte that is not UTF-8, wherever it is, makes the whole file
// Windows-1252) and to count the records for a progress bar, then next() hands them out.
class CsvReader
{
public:
    static constexpr qsizetype defaultBufferBytes = 1 << 16;

    // The separator that occurs most often outside quotes in the first line; comma on a tie.
    static QChar detectSeparator(QStringView text);
    // All records, or nullopt with the issue (an unterminated quote) when the text is not CSV.
    static std::optional<QList<CsvRecord>> parse(QStringView text, QChar separator, const QString &fileName,
                                                 ImportIssue *issue);

    // `device` must be open, seekable and outlive the reader.
    CsvReader(QIODevice &device, const QString &fileName, qsizetype bufferBytes = defaultBufferBytes);
    // Scans the file and positions the reader at its first record; false with issue() when the
    // device cannot be read.
    bool start();
    // Back to the first record, for another pass over the same file.
    bool rewind();
    // The next non-blank record; false at the end or on an error (then issue() is set).
    bool next(CsvRecord &record);

    const std::optional<ImportIssue> &issue() const { return m_issue; }
    // "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE with BOM" or "UTF-16BE with BOM".
    QString encoding() const { return m_encoding; }
    // Whether the file began with Excel's "sep=X" line (a rejects file repeats it).
    bool hasSeparatorLine() const { return m_separatorLine; }
    QChar separator() const { return m_separator; }
    // Non-blank records the scan found, header included; exact for any file whose quotes are
    // where RFC 4180 puts them, an estimate (for progress only) otherwise.
    qint64 recordCount() const { return m_recordCount; }

private:
    explicit CsvReader(QStringView text, QChar separator, const QString &fileName);
    bool scan();
    // Makes at least `count` characters available from m_pos unless the file ends first.
    bool fill(qsizetype count);
    bool readRecord(CsvRecord &record);

    QIODevice *m_device = nullptr;
    QString m_fileName;
    qsizetype m_bufferBytes = defaultBufferBytes;
    QString m_encoding;
    QChar m_separator = u',';
    qint64 m_recordCount = 0;
    qint64 m_dataStart = 0; // after the byte order mark
    bool m_windows1252 = false;
    bool m_separatorLine = false; // the file starts with Excel's "sep=X" line
    // The separator named by a "sep=X" line at `text`'s start, if it is one.
    static std::optional<QChar> separatorLine(QStringView text);
    void skipSeparatorLine();
    QStringDecoder m_decoder;
    QByteArray m_bytes;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    int m_line = 1;
    std::optional<ImportIssue> m_issue;
};

} // namespace dd
