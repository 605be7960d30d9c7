#pragma once

#include <QByteArray>
#include <QString>

namespace dd {

// Input files come from accounting packages of every age: UTF-8 with or without a byte order
// mark, or Windows-1252 (what Excel on a Dutch Windows writes as "CSV"). The bytes decide: a
// file that is not valid UTF-8 is read as Windows-1252.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM" or "Windows-1252"
};

class TextDecoding
{
public:
    static DecodedText decode(const QByteArray &bytes);
    static QString fromWindows1252(const QByteArray &bytes);
    // `text` in the encoding `decode` or CsvReader named ("UTF-16LE with BOM" too), so that a file
    // written back (the rejected rows) opens as its source did; a byte order mark the encoding has
    // goes first when `start` is true. Windows-1252 writes '?' for a character it lacks.
    static QByteArray encode(const QString &text, const QString &encoding, bool start);
};

} // namespace dd
