#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `exchange-rates --db FILE [--currency CODE] [--rate R [--date D]] [--import FILE]`: the euro
// reference rates that letters and credit notes in other currencies are converted at. Shows them;
// --rate enters one, --import reads the ECB's reference rate file (daily or history).
class ExchangeRatesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("exchange-rates"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
