#include "ImportValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ImportValues", text);
}

std::optional<Date> makeDate(int year, int month, int day)
{
    try {
        return Date(year, month, day);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}
} // namespace

std::optional<DateFormat> ImportValues::dateFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n.isEmpty() || n == u"AUTO")
        return DateFormat::Auto;
    if (n == u"YYYY-MM-DD")
        return DateFormat::Iso;
    if (n == u"DD-MM-YYYY")
        return DateFormat::DayMonthYearDash;
    if (n == u"DD/MM/YYYY")
        return DateFormat::DayMonthYearSlash;
    if (n == u"DD.MM.YYYY")
        return DateFormat::DayMonthYearDot;
    return std::nullopt;
}

QString ImportValues::dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto:
        return QStringLiteral("auto");
    case DateFormat::Iso:
        return QStringLiteral("YYYY-MM-DD");
    case DateFormat::DayMonthYearDash:
        return QStringLiteral("DD-MM-YYYY");
    case DateFormat::DayMonthYearSlash:
        return QStringLiteral("DD/MM/YYYY");
    case DateFormat::DayMonthYearDot:
        return QStringLiteral("DD.MM.YYYY");
    }
    return QString();
}

std::optional<Date> ImportValues::date(QStringView text, DateFormat format, QString *error)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dash(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4}|\\d{2})$"));
    static const QRegularExpression slash(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})$"));
    static const QRegularExpression dot(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})$"));
    // A time after the date (Odoo and ERPNext write datetimes, Excel "00:00:00"): the day is what counts.
    static const QRegularExpression withTime(QStringLiteral("^([^ T]+)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)?$"));
    // A view until the long way needs a string of its own: a million dates are read in place.
    QStringView t = text.trimmed();
    QString withoutTime;
    if (t.size() > 10 && (t.contains(u' ') || t.contains(u'T'))) {
        const auto m = withTime.match(t);
        if (m.hasMatch()) {
            withoutTime = m.captured(1);
            t = withoutTime;
        }
    }
    auto fail = [&](const QString &why) -> std::optional<Date> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t.isEmpty())
        return fail(tr("no date given"));
    // YYYY-MM-DD in ASCII digits, what nearly every export writes, read without the expressions
    // (a million rows spend seconds in them); anything else takes the long way.
    if ((format == DateFormat::Auto || format == DateFormat::Iso) && t.size() == 10 && t.at(4) == u'-' && t.at(7) == u'-') {
        int digits[8];
        int n = 0;
        for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                break;
            digits[n++] = c - u'0';
        }
        if (n == 8) {
            const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
            if (year < IsoDate::firstYear || year > IsoDate::lastYear)
                return fail(IsoDate::outOfRangeMessage(t.toString()));
            const auto result = makeDate(year, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
            if (!result)
                return fail(tr("\"%1\" is an impossible date").arg(t));
            return result;
        }
    }
    std::optional<Date> result;
    bool shaped = false;
    bool outOfRange = false;
    auto attempt = [&](const QRegularExpression &re, bool yearFirst) {
        const auto m = re.match(t);
        if (!m.hasMatch())
            return;
        shaped = true;
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        int c = m.captured(3).toInt();
        if (!yearFirst && m.captured(3).size() == 2)
            c += c < twoDigitYearPivot ? 2000 : 1900;
        const int year = yearFirst ? a : c;
        // Outside the range, even a real date is refused, before Boost could throw on it.
        outOfRange = year < IsoDate::firstYear || year > IsoDate::lastYear;
        if (!outOfRange)
            result = yearFirst ? makeDate(a, b, c) : makeDate(c, b, a);
    };
    if (format == DateFormat::Auto || format == DateFormat::Iso)
        attempt(iso, true);
    if (format == DateFormat::Auto || format == DateFormat::DayMonthYearDash)
        attempt(dash, false);
    if (format == DateFormat::Auto || format == DateFormat::DayMonthYearSlash)
        attempt(slash, false);
    if (format == DateFormat::Auto || format == DateFormat::DayMonthYearDot)
        attempt(dot, false);
    if (!shaped) {
        const QString expected = format == DateFormat::Auto ? QStringLiteral("YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or DD.MM.YYYY")
                                                            : dateFormatName(format);
        return fail(tr("\"%1\" is not a date (%2)").arg(t, expected));
    }
    if (outOfRange)
        return fail(IsoDate::outOfRangeMessage(t.toString()));
    if (!result)
        return fail(tr("\"%1\" is an impossible date").arg(t));
    return result;
}

std::optional<Money> ImportValues::amount(QStringView text, const QString &currency, NumberStyle style, QString *error)
{
    // An optional minus, digits, a decimal mark and two decimals means the same in either style:
    // read at once, as Money::parse would (it is the common case, a million times in a large file).
    const QStringView t = text.trimmed();
    const qsizetype digits = t.size() - (t.startsWith(u'-') ? 1 : 0) - 3;
    if (digits >= 1 && digits <= 15 && (t.at(t.size() - 3) == u'.' || t.at(t.size() - 3) == u',')) {
        qint64 cents = 0;
        bool plain = true;
        for (qsizetype i = t.size() - 3 - digits; plain && i < t.size(); ++i) {
            if (i == t.size() - 3)
                continue;
            const char16_t c = t.at(i).unicode();
            plain = c >= u'0' && c <= u'9';
            cents = cents * 10 + (c - u'0');
        }
        if (plain)
            return Money(t.startsWith(u'-') ? -cents : cents, currency);
    }
    QString written = t.toString();
    if (written.endsWith(u'-')) {
        // "100,00-": the minus after the number, once, and nowhere else.
        written.chop(1);
        if (written.contains(u'-') || written.trimmed().isEmpty()) {
            if (error)
                *error = tr("bad amount: \"%1\" has a minus sign both before and after the number, or only a sign")
                             .arg(t.toString());
            return std::nullopt;
        }
        written = u'-' + written.trimmed();
    } else if (written.lastIndexOf(u'-') > 0) {
        if (error)
            *error = tr("bad amount: \"%1\": a minus sign belongs before or after the number, not inside it").arg(t.toString());
        return std::nullopt;
    }
    QString why;
    auto money = Money::parse(written, currency, style, &why);
    if (!money && error)
        *error = tr("bad amount: %1").arg(why);
    return money;
}

std::optional<qint64> ImportValues::scaled(const QString &text, int decimals, QString *error)
{
    static const QRegularExpression number(QStringLiteral("^([+-]?)(\\d{1,15})(?:[.,](\\d{1,12}))?$"));
    const auto m = number.match(text.trimmed());
    if (!m.hasMatch()) {
        if (error)
            *error = tr("\"%1\" is not a number").arg(text.trimmed());
        return std::nullopt;
    }
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    const QString fraction = m.captured(3);
    qint64 value = m.captured(2).toLongLong() * factor;
    if (fraction.size() <= decimals) {
        value += fraction.leftJustified(decimals, u'0').toLongLong();
    } else {
        value += fraction.left(decimals).toLongLong();
        if (fraction.at(decimals) >= u'5') // half away from zero (on the magnitude)
            value += 1;
    }
    return m.captured(1) == u"-" ? -value : value;
}

std::optional<int> ImportValues::vatRate(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    const auto bp = scaled(t, 2, error);
    if (!bp || *bp < 0 || *bp > 10000) {
        if (error)
            *error = tr("\"%1\" is not a VAT rate in percent").arg(text.trimmed());
        return std::nullopt;
    }
    return int(*bp);
}

bool ImportValues::isCurrencyCode(const QString &text)
{
    return text.size() == 3 && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

std::optional<QString> ImportValues::countryCode(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.size() == 2 && t.at(0).isLetter() && t.at(1).isLetter())
        return t.toUpper();
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> names;
        const auto add = [&](const QString &name, const QString &code) {
            if (!name.isEmpty() && !names.contains(name.toCaseFolded()))
                names.insert(name.toCaseFolded(), code);
        };
        for (const QLocale &locale : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = QLocale::territoryToCode(locale.territory());
            if (code.size() != 2)
                continue;
            add(QLocale::territoryToString(locale.territory()), code);
            add(locale.nativeTerritoryName(), code);
        }
        // The Dutch names of the countries Dutch customers are most often in, which QLocale does
        // not have (it knows each country's name in English and in its own languages only).
        const char *dutch[][2] = {{"Duitsland", "DE"}, {"Frankrijk", "FR"}, {"Verenigd Koninkrijk", "GB"},
                                  {"Engeland", "GB"}, {"Verenigde Staten", "US"}, {"Spanje", "ES"}, {"Italië", "IT"},
                                  {"Oostenrijk", "AT"}, {"Zwitserland", "CH"}, {"Luxemburg", "LU"}, {"Denemarken", "DK"},
                                  {"Zweden", "SE"}, {"Noorwegen", "NO"}, {"Polen", "PL"}, {"Ierland", "IE"},
                                  {"Portugal", "PT"}, {"Griekenland", "GR"}, {"Tsjechië", "CZ"}, {"Hongarije", "HU"}};
        for (const auto &[name, code] : dutch)
            add(QString::fromUtf8(name), QString::fromLatin1(code));
        return names;
    }();
    const auto found = byName.constFind(t.toCaseFolded());
    if (found != byName.constEnd())
        return *found;
    if (error)
        *error = tr("\"%1\" is neither a two-letter country code nor a country name").arg(t);
    return std::nullopt;
}

std::optional<bool> ImportValues::flag(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("ja"),
                                    QStringLiteral("y"), QStringLiteral("j"), QStringLiteral("x")};
    static const QStringList no = {QString(), QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"),
                                   QStringLiteral("nee"), QStringLiteral("n")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    if (error)
        *error = tr("\"%1\" is neither yes nor no").arg(text.trimmed());
    return std::nullopt;
}

} // namespace dd
