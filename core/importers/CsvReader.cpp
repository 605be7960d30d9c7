#include "CsvReader.h"

#include <QCoreApplication>

namespace dd {

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
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int fieldLine = 1;
    int quoteLine = 0;
    bool quoted = false;
    bool fieldWasQuoted = false;
    const qsizetype size = text.size();

    auto endField = [&]() {
        record.fields << field;
        record.fieldLines << fieldLine;
        field.clear();
        fieldWasQuoted = false;
        fieldLine = line;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!blank)
            records << record;
        record = CsvRecord();
        record.line = line;
        fieldLine = line;
    };
    record.line = 1;

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            ++line;
            // The record ended on the previous line; the next starts here.
            const int nextLine = line;
            --line;
            endRecord();
            line = nextLine;
            record.line = line;
            fieldLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        if (issue)
            *issue = {fileName, quoteLine, int(record.fields.size()) + 1,
                      QCoreApplication::translate("dd::CsvReader", "a quoted field is never closed")};
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace dd
