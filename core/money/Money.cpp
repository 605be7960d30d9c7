#include "Money.h"

#include "Rounding.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace dd {

Money::Money(qint64 cents, QString currency)
    : m_cents(cents)
    , m_currency(std::move(currency))
{
}

void Money::requireSameCurrency(const Money &other) const
{
    if (m_currency != other.m_currency)
        throw std::invalid_argument("Money: amounts in different currencies cannot be combined ("
                                    + m_currency.toStdString() + ", " + other.m_currency.toStdString() + ")");
}

Money Money::operator+(const Money &other) const
{
    Money result = *this;
    result += other;
    return result;
}

Money Money::operator-(const Money &other) const
{
    Money result = *this;
    result -= other;
    return result;
}

Money &Money::operator+=(const Money &other)
{
    requireSameCurrency(other);
    if (__builtin_add_overflow(m_cents, other.m_cents, &m_cents))
        throw std::overflow_error("Money: sum out of range");
    return *this;
}

Money &Money::operator-=(const Money &other)
{
    requireSameCurrency(other);
    if (__builtin_sub_overflow(m_cents, other.m_cents, &m_cents))
        throw std::overflow_error("Money: difference out of range");
    return *this;
}

bool Money::operator<(const Money &other) const
{
    requireSameCurrency(other);
    return m_cents < other.m_cents;
}

Money Money::scaled(qint64 numerator, qint64 denominator) const
{
    return Money(Rounding::scale(m_cents, numerator, denominator), m_currency);
}

QString Money::symbol(const QString &currency)
{
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"GBP")
        return QStringLiteral("£");
    return currency;
}

QString Money::formatNumber(NumberStyle style) const
{
    const QChar thousands = style == NumberStyle::Dutch ? u'.' : u',';
    const QChar decimal = style == NumberStyle::Dutch ? u',' : u'.';
    // Work on the unsigned magnitude so that the smallest qint64 formats too.
    const quint64 magnitude = m_cents < 0 ? 0 - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    const QString whole = QString::number(magnitude / 100);
    QString grouped;
    grouped.reserve(whole.size() + whole.size() / 3);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += thousands;
        grouped += whole.at(i);
    }
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + grouped + decimal + fraction;
}

QString Money::format(NumberStyle style) const
{
    const QString sym = symbol(m_currency);
    const bool isCode = sym == m_currency;
    if (style == NumberStyle::Dutch) // Dutch: symbol first, a space, sign after it: "€ -12,50"
        return sym + u' ' + formatNumber(style);
    // Drop the sign of the formatted number rather than negating the cents: -INT64_MIN overflows.
    QString number = formatNumber(style);
    if (m_cents < 0)
        number.remove(0, 1);
    return (m_cents < 0 ? QStringLiteral("-") : QString()) + sym + (isCode ? QStringLiteral(" ") : QString())
        + number;
}

QString Money::toPlain() const
{
    const quint64 magnitude = m_cents < 0 ? 0 - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(QStringView text, const QString &currency, NumberStyle style, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Money> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QString s = text.trimmed().toString();
    bool negative = false;
    auto takeSign = [&]() {
        if (s.startsWith(u'-') || s.startsWith(u'\u2212'))
            negative = true;
        else if (!s.startsWith(u'+'))
            return false;
        s = s.mid(1).trimmed();
        return true;
    };
    // The sign may stand before the currency ("-€12.50", as format() writes English) or after
    // it ("€ -12,50", as format() writes Dutch), but only once.
    const bool signFirst = takeSign();
    // Accept a leading or trailing currency symbol or code, as amounts are often pasted with one.
    for (const QString &marker : {symbol(currency), currency}) {
        if (s.startsWith(marker))
            s = s.mid(marker.size()).trimmed();
        else if (s.endsWith(marker))
            s.chop(marker.size());
    }
    s = s.trimmed();
    if (!signFirst)
        takeSign();
    if (s.isEmpty())
        return fail(QCoreApplication::translate("dd::Money", "no amount given"));

    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? u'.' : u',';
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? u'.' : u',';
        const qsizetype count = s.count(sep);
        const qsizetype digitsAfter = s.size() - s.lastIndexOf(sep) - 1;
        if (count > 1)
            decimal = QChar(); // "1.234.567": only thousands separators
        else if (digitsAfter != 3)
            decimal = sep; // "12,5" or "12.50": cannot be a thousands separator
        else // "1.234" is ambiguous: the style decides
            decimal = (style == NumberStyle::Dutch) == (sep == u',') ? sep : QChar();
    }

    QString whole = s;
    QString fraction;
    if (!decimal.isNull()) {
        const qsizetype at = s.lastIndexOf(decimal);
        whole = s.left(at);
        fraction = s.mid(at + 1);
    }
    const QChar thousands = decimal == u'.' ? u',' : (decimal == u',' ? u'.' : (lastDot >= 0 ? u'.' : u','));
    // Thousands separators must stand between groups of exactly three digits.
    const QStringList groups = whole.split(thousands);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &g = groups.at(i);
        const bool ok = !g.isEmpty() && std::all_of(g.begin(), g.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; })
            && (i == 0 ? g.size() <= (groups.size() > 1 ? 3 : g.size()) : g.size() == 3);
        if (!ok)
            return fail(QCoreApplication::translate("dd::Money", "\"%1\" is not an amount").arg(text.toString()));
    }
    if (fraction.size() > 2)
        return fail(QCoreApplication::translate("dd::Money", "\"%1\" has more than two decimals").arg(text.toString()));
    if (!std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c.isDigit() && c.unicode() < 128; })
        || (!decimal.isNull() && fraction.isEmpty()))
        return fail(QCoreApplication::translate("dd::Money", "\"%1\" is not an amount").arg(text.toString()));

    bool ok = false;
    const qint64 units = groups.join(QString()).toLongLong(&ok);
    const qint64 limit = std::numeric_limits<qint64>::max() / 100 - 1;
    if (!ok || units > limit)
        return fail(QCoreApplication::translate("dd::Money", "\"%1\" is too large").arg(text.toString()));
    const qint64 cents = units * 100 + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, u'0').toLongLong());
    return Money(negative ? -cents : cents, currency);
}

} // namespace dd
