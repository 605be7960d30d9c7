#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace dd {

// How numbers are written: Dutch "1.234,56" or English "1,234.56".
enum class NumberStyle { Dutch, English };

// An amount of money: whole minor units (cents) of one ISO 4217 currency. Never a double.
// Arithmetic between different currencies throws: totals of different currencies are kept apart.
class Money
{
public:
    Money() = default;
    Money(qint64 cents, QString currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    qint64 cents() const { return m_cents; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_cents == 0; }
    bool isNegative() const { return m_cents < 0; }

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_cents, m_currency); }
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    bool operator==(const Money &other) const = default;
    // Ordering of amounts in one currency; throws for different currencies.
    bool operator<(const Money &other) const;

    // This amount times numerator/denominator, rounded once, half away from zero.
    Money scaled(qint64 numerator, qint64 denominator) const;

    // "€ 1.234,56" (Dutch) or "€1,234.56" (English); other currencies use their code.
    QString format(NumberStyle style) const;
    // Just the number in the given style, "1.234,56", no currency.
    QString formatNumber(NumberStyle style) const;
    // Machine form for CSV/JSON: "-1234.56".
    QString toPlain() const;

    // Parses "1.234,56", "1234,56", "1,234.56", "1234.56", "-12", "€ 12,50". Where a single
    // separator could be either ("1.234"), the given style decides. More than two decimals,
    // stray characters or an out-of-range value give nullopt and, if asked, the reason.
    static std::optional<Money> parse(QStringView text, const QString &currency, NumberStyle style,
                                      QString *error = nullptr);

    // The currency's symbol ("€") or, when it has none we know of, its ISO code.
    static QString symbol(const QString &currency);

private:
    void requireSameCurrency(const Money &other) const;

    qint64 m_cents = 0;
    QString m_currency = QStringLiteral("EUR");
};

} // namespace dd

Q_DECLARE_METATYPE(dd::Money)
