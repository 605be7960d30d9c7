#include "UiLocale.h"

namespace dd {

namespace {
QString currentCode = QStringLiteral("en");
} // namespace

void UiLocale::setLanguageCode(const QString &code)
{
    currentCode = code == u"nl" ? QStringLiteral("nl") : QStringLiteral("en");
}

QString UiLocale::languageCode()
{
    return currentCode;
}

NumberStyle UiLocale::numberStyle()
{
    return currentCode == u"nl" ? NumberStyle::Dutch : NumberStyle::English;
}

QLocale UiLocale::locale()
{
    // British English: day-month-year dates, like the Dutch ones, for European users.
    return currentCode == u"nl" ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString UiLocale::formatMoney(const Money &amount)
{
    return amount.format(numberStyle());
}

QString UiLocale::formatMoney(qint64 cents, const QString &currency)
{
    return Money(cents, currency).format(numberStyle());
}

QString UiLocale::formatDate(const Date &date)
{
    if (date.is_special())
        return QString();
    return formatDate(IsoDate::toQDate(date));
}

QString UiLocale::formatDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return date.toString(currentCode == u"nl" ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
}

QString UiLocale::formatCount(qint64 count)
{
    return locale().toString(count);
}

} // namespace dd
