#pragma once

#include "cli/CliCommand.h"
#include "money/Money.h"

#include <QJsonObject>

#include <optional>

namespace dd {

class CourtFeeTable;
class InterestRateTable;

// What the legal calculator commands (collection-costs, interest, court-fee, limitation) share:
// reading amounts and dates strictly, the tables with the user's periods from an optional --db,
// and printing a JSON object (json) next to the rows of a table (table, csv).
class LegalCommand : public CliCommand
{
protected:
    // A required amount of euros, more than zero: "1234.56" or "1.234,56". Usage error otherwise.
    Money amount(const QCommandLineParser &parser, const QString &option) const;
    // A required date option (YYYY-MM-DD).
    Date date(const QCommandLineParser &parser, const QString &option) const;
    // An option that must be one of `choices`; `fallback` when absent (empty: required).
    QString choice(const QCommandLineParser &parser, const QString &option, const QStringList &choices,
                   const QString &fallback) const;

    // The shipped tables, with the periods the user added when --db FILE is given.
    static QCommandLineOption optionalDbOption();
    InterestRateTable interestRates(const QCommandLineParser &parser) const;
    CourtFeeTable courtFees(const QCommandLineParser &parser) const;

    // An amount cell: "1,234.56" in a table for people, "1234.56" in csv and json.
    static QVariant cell(const Money &money, OutputTable::Format format);
    static void writeJson(QTextStream &out, const QJsonObject &object);
};

} // namespace dd
