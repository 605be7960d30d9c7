#include "exchangerates/EcbRatesFile.h"

#include "common/ValidationError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace dd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::EcbRatesFile", text);
}

std::optional<Date> parseDate(const QString &text)
{
    if (const auto iso = IsoDate::parse(text))
        return iso;
    // The daily file writes the day in English words: "04 December 2026".
    const QDate date = QLocale(QLocale::English).toDate(text, QStringLiteral("d MMMM yyyy"));
    if (!date.isValid())
        return std::nullopt;
    return IsoDate::fromQDate(date);
}

} // namespace

QList<ExchangeRate> EcbRatesFile::parse(const QByteArray &content, const QString &fileName)
{
    const QStringList lines = QString::fromUtf8(content).split(QRegularExpression(QStringLiteral("\r?\n")));
    QStringList currencies;
    QList<ExchangeRate> rates;
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(u',');
        for (QString &field : fields)
            field = field.trimmed();
        if (fields.constLast().isEmpty())
            fields.removeLast(); // the daily file ends each line with a comma
        const int lineNo = i + 1;
        if (currencies.isEmpty()) {
            if (fields.value(0).compare(QLatin1String("Date"), Qt::CaseInsensitive) != 0 || fields.size() < 2)
                throw ValidationError(tr("%1, line %2: not an ECB reference rate file: the first line must be "
                                         "\"Date\" followed by currency codes")
                                          .arg(fileName)
                                          .arg(lineNo));
            for (int f = 1; f < fields.size(); ++f) {
                if (!code.match(fields.at(f)).hasMatch())
                    throw ValidationError(tr("%1, line %2, column %3: \"%4\" is not a currency code")
                                              .arg(fileName)
                                              .arg(lineNo)
                                              .arg(f + 1)
                                              .arg(fields.at(f)));
                currencies << fields.at(f);
            }
            continue;
        }
        const std::optional<Date> date = parseDate(fields.value(0));
        if (!date)
            throw ValidationError(tr("%1, line %2, field Date: \"%3\" is not a date").arg(fileName).arg(lineNo).arg(fields.value(0)));
        if (fields.size() - 1 > currencies.size())
            throw ValidationError(tr("%1, line %2: %3 rates for %4 currencies in the first line")
                                      .arg(fileName)
                                      .arg(lineNo)
                                      .arg(fields.size() - 1)
                                      .arg(currencies.size()));
        for (int f = 1; f < fields.size(); ++f) {
            const QString &value = fields.at(f);
            if (value.isEmpty() || value == QLatin1String("N/A"))
                continue; // not quoted that day
            const std::optional<qint64> micros = ExchangeRate::parseRate(value);
            if (!micros)
                throw ValidationError(tr("%1, line %2, field %3: \"%4\" is not a rate")
                                          .arg(fileName)
                                          .arg(lineNo)
                                          .arg(currencies.at(f - 1), value));
            rates << ExchangeRate{currencies.at(f - 1), *date, *micros, QStringLiteral("ECB")};
        }
    }
    if (currencies.isEmpty())
        throw ValidationError(tr("%1 is empty: not an ECB reference rate file").arg(fileName));
    return rates;
}

} // namespace dd
