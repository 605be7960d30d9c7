#include "TextDecoding.h"

#include <QStringDecoder>

namespace dd {

namespace {
// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unassigned bytes map to the
// C1 controls of the same value, as Windows itself does.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};
} // namespace

QString TextDecoding::fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(cp1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

QByteArray TextDecoding::encode(const QString &text, const QString &encoding, bool start)
{
    if (encoding == u"Windows-1252") {
        QByteArray bytes(text.size(), Qt::Uninitialized);
        char *out = bytes.data();
        for (const QChar c : text) {
            const char16_t unit = c.unicode();
            char byte = '?';
            if (unit < 0x80 || (unit >= 0xA0 && unit <= 0xFF)) {
                byte = char(unit);
            } else {
                for (int high = 0; high < 32; ++high) {
                    if (cp1252High[high] == unit)
                        byte = char(0x80 + high);
                }
            }
            *out++ = byte;
        }
        return bytes;
    }
    if (encoding.startsWith(u"UTF-16")) {
        const bool little = encoding.startsWith(u"UTF-16LE");
        QByteArray bytes;
        bytes.reserve(2 * text.size() + 2);
        const auto unit = [&](char16_t u) {
            const char low = char(u & 0xFF), high = char(u >> 8);
            bytes.append(little ? low : high).append(little ? high : low);
        };
        if (start)
            unit(0xFEFF);
        for (const QChar c : text)
            unit(c.unicode());
        return bytes;
    }
    const QByteArray utf8 = text.toUtf8();
    return start && encoding == u"UTF-8 with BOM" ? QByteArray("\xEF\xBB\xBF") + utf8 : utf8;
}

DecodedText TextDecoding::decode(const QByteArray &bytes)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(body);
    if (!decoder.hasError())
        return {text, bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8")};
    return {fromWindows1252(body), QStringLiteral("Windows-1252")};
}

} // namespace dd
