#include "DocumentFormat.h"

#include <QLocale>
#include <QStringList>

namespace dd {

QString DocumentFormat::date(const Date &date, Language language)
{
    if (date.is_special())
        return QString();
    const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English,
                         language == Language::Dutch ? QLocale::Netherlands : QLocale::UnitedKingdom);
    return locale.toString(IsoDate::toQDate(date), QStringLiteral("d MMMM yyyy"));
}

QString DocumentFormat::money(const Money &amount, Language language)
{
    return amount.format(numberStyle(language));
}

QString DocumentFormat::rate(int basisPoints, Language language)
{
    QString text = QString::number(basisPoints / 100);
    if (basisPoints % 100 != 0) {
        text += (language == Language::Dutch ? u',' : u'.')
            + QStringLiteral("%1").arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
        while (text.endsWith(u'0'))
            text.chop(1);
    }
    return text + u'%';
}

QString DocumentFormat::quantity(qint64 thousandths, Language language)
{
    const bool negative = thousandths < 0;
    const qint64 magnitude = negative ? -thousandths : thousandths;
    QString text = QString::number(magnitude / 1000);
    if (magnitude % 1000 != 0) {
        QString fraction = QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += (language == Language::Dutch ? u',' : u'.') + fraction;
    }
    return negative ? u'-' + text : text;
}

QString DocumentFormat::customerAddress(const Customer &customer)
{
    QStringList lines;
    if (!customer.street.trimmed().isEmpty())
        lines << customer.street.trimmed();
    const QString place = (customer.postalCode.trimmed() + QStringLiteral("  ") + customer.city.trimmed()).trimmed();
    if (!place.isEmpty())
        lines << place;
    if (!customer.country.isEmpty() && customer.country != u"NL")
        lines << customer.country;
    return lines.join(u'\n');
}

} // namespace dd
