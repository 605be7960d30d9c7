#include "exchangerates/ExchangeRate.h"

#include "common/ValidationError.h"
#include "money/Rounding.h"

#include <QCoreApplication>

namespace dd {

Money ExchangeRate::toEur(const Money &amount) const
{
    if (amount.currency() != currency)
        throw ValidationError(QCoreApplication::translate("dd::ExchangeRate", "a %1 rate cannot convert an amount in %2")
                                  .arg(currency, amount.currency()));
    return Money(Rounding::scale(amount.cents(), microsPerUnit, perEurMicros), QStringLiteral("EUR"));
}

Money ExchangeRate::fromEur(const Money &euros) const
{
    if (euros.currency() != QLatin1String("EUR"))
        throw ValidationError(QCoreApplication::translate("dd::ExchangeRate", "a euro rate converts euros, not %1")
                                  .arg(euros.currency()));
    return Money(Rounding::scale(euros.cents(), perEurMicros, microsPerUnit), currency);
}

QString ExchangeRate::rateText(NumberStyle style) const
{
    QString fraction = QStringLiteral("%1").arg(perEurMicros % microsPerUnit, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 4 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return QString::number(perEurMicros / microsPerUnit) + (style == NumberStyle::Dutch ? u',' : u'.') + fraction;
}

std::optional<qint64> ExchangeRate::parseRate(QStringView text)
{
    text = text.trimmed();
    const qsizetype point = std::max(text.indexOf(u'.'), text.indexOf(u','));
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 9 || fraction.size() > 6)
        return std::nullopt;
    for (const QStringView part : {whole, fraction}) {
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
    }
    qint64 micros = whole.toLongLong() * microsPerUnit;
    if (!fraction.isEmpty())
        micros += fraction.toLongLong() * [&] {
            qint64 factor = 1;
            for (qsizetype i = fraction.size(); i < 6; ++i)
                factor *= 10;
            return factor;
        }();
    if (micros <= 0)
        return std::nullopt;
    return micros;
}

} // namespace dd
