#include "Percentage.h"

#include <algorithm>

namespace dd {

std::optional<qint64> Percentage::parseBasisPoints(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.endsWith(u'%'))
        s = s.chopped(1).trimmed();
    s.replace(u',', u'.');
    if (s.isEmpty() || s.count(u'.') > 1)
        return std::nullopt;
    const qsizetype dot = s.indexOf(u'.');
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    auto digits = [](const QString &part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    };
    if (whole.isEmpty() || whole.size() > 9 || !digits(whole) || fraction.size() > 2 || !digits(fraction)
        || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    return whole.toLongLong() * 100 + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, u'0').toLongLong());
}

QString Percentage::format(qint64 basisPoints, NumberStyle style)
{
    const qint64 magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    QString text = QString::number(magnitude / 100);
    if (magnitude % 100 != 0) {
        QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
        if (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += (style == NumberStyle::Dutch ? u',' : u'.') + fraction;
    }
    return basisPoints < 0 ? u'-' + text : text;
}

} // namespace dd
