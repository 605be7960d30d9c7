#include "CsvReader.h"

#include "importers/TextDecoding.h"

#include <QCoreApplication>
#include <QIODevice>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::CsvReader", text);
}

// A UTF-8 check that runs over a file piece by piece, with the ranges of Unicode's table 3-7 (no
// overlong forms, no surrogates, nothing above U+10FFFF), as QStringDecoder judges them.
class Utf8Check
{
public:
    void feed(unsigned char byte)
    {
        if (!m_valid)
            return;
        if (m_need > 0) {
            if (byte < m_low || byte > m_high) {
                m_valid = false;
                return;
            }
            --m_need;
            m_low = 0x80;
            m_high = 0xBF;
            return;
        }
        if (byte < 0x80)
            return;
        if (byte >= 0xC2 && byte <= 0xDF)
            m_need = 1;
        else if (byte >= 0xE0 && byte <= 0xEF) {
            m_need = 2;
            if (byte == 0xE0)
                m_low = 0xA0;
            else if (byte == 0xED)
                m_high = 0x9F;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            m_need = 3;
            if (byte == 0xF0)
                m_low = 0x90;
            else if (byte == 0xF4)
                m_high = 0x8F;
        } else {
            m_valid = false;
        }
    }
    bool valid() const { return m_valid && m_need == 0; }

private:
    int m_need = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
    bool m_valid = true;
};
} // namespace

QChar CsvReader::detectSeparator(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

std::optional<QList<CsvRecord>> CsvReader::parse(QStringView text, QChar separator, const QString &fileName,
                                                 ImportIssue *issue)
{
    CsvReader reader(text, separator, fileName);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records << record;
    if (reader.m_issue) {
        if (issue)
            *issue = *reader.m_issue;
        return std::nullopt;
    }
    return records;
}

CsvReader::CsvReader(QStringView text, QChar separator, const QString &fileName)
    : m_fileName(fileName)
    , m_separator(separator)
    , m_text(text.toString())
    , m_atEnd(true)
{
}

CsvReader::CsvReader(QIODevice &device, const QString &fileName, qsizetype bufferBytes)
    : m_device(&device)
    , m_fileName(fileName)
    // Room for a byte order mark and a character of four bytes, whatever a test asks for.
    , m_bufferBytes(std::max<qsizetype>(bufferBytes, 8))
    , m_decoder(QStringDecoder::Utf8)
{
}

bool CsvReader::start()
{
    if (!scan() || !rewind())
        return false;
    // The header line decides the separator; read on until it is complete (or the file ends).
    qsizetype wanted = 1;
    while (fill(wanted) && !m_text.contains(u'\n') && !m_text.contains(u'\r'))
        wanted = m_text.size() - m_pos + 1;
    if (const auto named = separatorLine(QStringView(m_text).mid(m_pos))) {
        m_separator = *named;
        m_separatorLine = true;
        --m_recordCount;
        return rewind();
    }
    // A title line above the header ("Openstaande posten per 31-12-2026") may have no separator
    // at all: the first line that has one decides, within what the buffer holds.
    fill(m_bufferBytes);
    const QStringView text = QStringView(m_text).mid(m_pos);
    m_separator = detectSeparator(text);
    for (qsizetype from = 0; from < text.size();) {
        qsizetype end = from;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        const QStringView line = text.mid(from, end - from);
        if (line.contains(u',') || line.contains(u';') || line.contains(u'\t')) {
            m_separator = detectSeparator(line);
            break;
        }
        from = end + 1;
    }
    return !m_issue;
}

std::optional<QChar> CsvReader::separatorLine(QStringView text)
{
    // "sep=;" alone on the first line, as Excel writes and reads it (any case, CRLF or LF).
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive))
        return std::nullopt;
    if (text.size() > 5 && text.at(5) != u'\r' && text.at(5) != u'\n')
        return std::nullopt;
    const QChar separator = text.at(4);
    if (separator == u'"' || separator == u'\r' || separator == u'\n')
        return std::nullopt;
    return separator;
}

void CsvReader::skipSeparatorLine()
{
    fill(7);
    m_pos += 5;
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'\r')
        ++m_pos;
    if (fill(1) && m_text.at(m_pos) == u'\n')
        ++m_pos;
    m_line = 2;
}

bool CsvReader::scan()
{
    if (!m_device->seek(0)) {
        m_issue = ImportIssue{m_fileName, 0, 0, tr("cannot be read: %1").arg(m_device->errorString())};
        return false;
    }
    QByteArray chunk(m_bufferBytes, Qt::Uninitialized);
    Utf8Check utf8;
    std::optional<QStringConverter::Encoding> utf16;
    bool pending = false; // UTF-16: the first byte of a code unit was read
    unsigned char unit = 0;
    bool quoted = false;
    bool content = false;
    bool first = true;
    bool bom = false;
    m_recordCount = 0;
    for (;;) {
        const qint64 read = m_device->read(chunk.data(), chunk.size());
        if (read < 0) {
            m_issue = ImportIssue{m_fileName, 0, 0, tr("cannot be read: %1").arg(m_device->errorString())};
            return false;
        }
        if (read == 0)
            break;
        const auto *bytes = reinterpret_cast<const unsigned char *>(chunk.constData());
        qint64 i = 0;
        if (first) {
            first = false;
            bom = read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            if (bom)
                i = 3;
            else if (read >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
                utf16 = bytes[0] == 0xFF ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
                i = 2;
            }
        }
        for (; i < read; ++i) {
            unsigned char byte = bytes[i];
            if (utf16) {
                // A code unit is two bytes; only one whose high byte is zero can be a quote or a line break.
                if (!pending) {
                    pending = true;
                    unit = byte;
                    continue;
                }
                pending = false;
                const unsigned char low = *utf16 == QStringConverter::Utf16LE ? unit : byte;
                const unsigned char high = *utf16 == QStringConverter::Utf16LE ? byte : unit;
                byte = high == 0 ? low : 'x';
            } else {
                utf8.feed(byte);
            }
            // Quotes and line breaks are the same bytes in UTF-8 and Windows-1252.
            if (byte == '"') {
                quoted = !quoted;
                content = true;
            } else if (byte == '\n' || byte == '\r') {
                if (!quoted && content) {
                    ++m_recordCount;
                    content = false;
                }
            } else {
                content = true;
            }
        }
    }
    if (content)
        ++m_recordCount;
    if (utf16) {
        m_dataStart = 2;
        m_windows1252 = false;
        m_decoder = QStringDecoder(*utf16);
        m_encoding = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE with BOM") : QStringLiteral("UTF-16BE with BOM");
        return true;
    }
    m_dataStart = bom ? 3 : 0;
    m_windows1252 = !utf8.valid();
    m_encoding = m_windows1252 ? QStringLiteral("Windows-1252") : bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8");
    return true;
}

bool CsvReader::rewind()
{
    m_text.clear();
    m_pos = 0;
    m_line = 1;
    m_issue.reset();
    if (!m_device)
        return false;
    m_atEnd = false;
    m_decoder.resetState();
    if (!m_device->seek(m_dataStart)) {
        m_issue = ImportIssue{m_fileName, 0, 0, tr("cannot be read: %1").arg(m_device->errorString())};
        return false;
    }
    if (m_separatorLine)
        skipSeparatorLine();
    return true;
}

bool CsvReader::fill(qsizetype count)
{
    while (m_text.size() - m_pos < count) {
        if (m_atEnd)
            return false;
        if (m_pos > 0) {
            m_text.remove(0, m_pos);
            m_pos = 0;
        }
        m_bytes.resize(m_bufferBytes);
        const qint64 read = m_device->read(m_bytes.data(), m_bufferBytes);
        if (read <= 0) {
            m_atEnd = true;
            if (read < 0)
                m_issue = ImportIssue{m_fileName, m_line, 0, tr("cannot be read: %1").arg(m_device->errorString())};
            return m_text.size() - m_pos >= count;
        }
        m_bytes.resize(read);
        if (m_windows1252)
            m_text += TextDecoding::fromWindows1252(m_bytes);
        else
            m_text += m_decoder.decode(m_bytes);
    }
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    while (readRecord(record)) {
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!blank)
            return true;
    }
    return false;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    // The fields of the record before are written over where nothing else holds them: a string
    // keeps its memory, and a file of millions of fields is not a million allocations and frees
    // (a fifth of a re-import's time). A field still held elsewhere (a record kept, a value taken
    // from it) is copied on write instead, as Qt's strings are.
    QStringList &fields = record.fields;
    qsizetype count = 0;
    bool started = false; // the field `count` has been emptied for this record
    const auto field = [&]() -> QString & {
        if (count == fields.size())
            fields.emplace_back();
        QString &current = fields[count];
        if (!started) {
            current.resize(0);
            started = true;
        }
        return current;
    };
    record.fieldLines.clear();
    if (m_issue || !fill(1)) {
        fields.clear();
        return false;
    }
    record.line = m_line;
    int fieldLine = m_line;
    int quoteLine = 0;
    bool quoted = false;
    bool fieldWasQuoted = false;
    const QChar separator = m_separator;
    auto endField = [&]() {
        field();
        ++count;
        started = false;
        record.fieldLines << fieldLine;
        fieldWasQuoted = false;
        fieldLine = m_line;
    };
    const auto endRecord = [&]() {
        endField();
        fields.resize(count);
    };
    for (;;) {
        if (m_pos >= m_text.size() && !fill(1)) {
            if (m_issue) {
                fields.resize(count);
                return false;
            }
            if (quoted) {
                m_issue = ImportIssue{m_fileName, quoteLine, int(count) + 1, tr("a quoted field is never closed")};
                fields.resize(count);
                return false;
            }
            endRecord();
            return true;
        }
        const QChar *data = m_text.constData();
        const qsizetype size = m_text.size();
        qsizetype i = m_pos;
        if (quoted) {
            while (i < size && data[i] != u'"' && data[i] != u'\n')
                ++i;
            field().append(data + m_pos, i - m_pos);
            m_pos = i;
            if (i == size)
                continue;
            if (data[i] == u'\n') {
                ++m_line;
                field() += u'\n';
                ++m_pos;
                continue;
            }
            // A quote inside quotes: doubled it is a quote, alone it closes the field.
            fill(2);
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                field() += u'"';
                m_pos += 2;
            } else {
                quoted = false;
                ++m_pos;
            }
            continue;
        }
        while (i < size) {
            const QChar c = data[i];
            if (c == separator || c == u'"' || c == u'\n' || c == u'\r')
                break;
            ++i;
        }
        if (i > m_pos)
            field().append(data + m_pos, i - m_pos);
        m_pos = i;
        if (i == size)
            continue;
        const QChar c = data[i];
        ++m_pos;
        if (c == u'"') {
            if (field().isEmpty() && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
                quoteLine = m_line;
            } else {
                field() += u'"';
            }
        } else if (c == separator) {
            endField();
        } else {
            if (c == u'\r' && fill(1) && m_text.at(m_pos) == u'\n')
                ++m_pos;
            endRecord();
            ++m_line;
            return true;
        }
    }
}

} // namespace dd
