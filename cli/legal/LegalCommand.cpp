#include "LegalCommand.h"

#include "legal/CourtFeeTable.h"
#include "legal/InterestRateTable.h"
#include "legal/LegalTableRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::LegalCommand", text);
}
} // namespace

Money LegalCommand::amount(const QCommandLineParser &parser, const QString &option) const
{
    if (!parser.isSet(option))
        usageError(tr("--%1 AMOUNT is required").arg(option));
    const QString text = parser.value(option);
    if (text.trimmed().isEmpty())
        usageError(tr("--%1: no amount given").arg(option));
    QString why;
    // A single separator followed by three digits ("1.234") is read the Dutch way: thousands.
    const auto money = Money::parse(text, QStringLiteral("EUR"), NumberStyle::Dutch, &why);
    if (!money)
        usageError(tr("--%1: %2").arg(option, why));
    if (money->isNegative())
        usageError(tr("--%1: \"%2\" is negative; give a positive amount").arg(option, text));
    if (money->isZero())
        usageError(tr("--%1: the amount must be more than zero").arg(option));
    return *money;
}

Date LegalCommand::date(const QCommandLineParser &parser, const QString &option) const
{
    if (!parser.isSet(option))
        usageError(tr("--%1 DATE is required").arg(option));
    return dateValue(option, parser.value(option));
}

QString LegalCommand::choice(const QCommandLineParser &parser, const QString &option, const QStringList &choices,
                             const QString &fallback) const
{
    if (!parser.isSet(option)) {
        if (fallback.isEmpty())
            usageError(tr("--%1 is required (%2)").arg(option, choices.join(u'|')));
        return fallback;
    }
    const QString value = parser.value(option);
    if (!choices.contains(value))
        usageError(tr("--%1 must be %2, not \"%3\"").arg(option, choices.join(u'|'), value));
    return value;
}

QCommandLineOption LegalCommand::optionalDbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              tr("A DisputeDesk database whose added rate and fee periods are used too (optional)."),
                              QStringLiteral("FILE"));
}

InterestRateTable LegalCommand::interestRates(const QCommandLineParser &parser) const
{
    if (!parser.isSet(QStringLiteral("db")))
        return InterestRateTable::shipped();
    auto database = openDatabaseToRead(parser);
    return LegalTableRepository(*database).interestRates();
}

CourtFeeTable LegalCommand::courtFees(const QCommandLineParser &parser) const
{
    if (!parser.isSet(QStringLiteral("db")))
        return CourtFeeTable::shipped();
    auto database = openDatabaseToRead(parser);
    return LegalTableRepository(*database).courtFees();
}

QVariant LegalCommand::cell(const Money &money, OutputTable::Format format)
{
    return format == OutputTable::Format::Table ? money.formatNumber(NumberStyle::English) : money.toPlain();
}

void LegalCommand::writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace dd
