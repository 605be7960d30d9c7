#pragma once

#include "cli/CliCommand.h"

namespace dd {

// `customer do-not-dun --db FILE NUMBER [--off]`: marks a customer "do not dun" (a dunning run
// lists its overdue invoices as skipped, with the reason) or, with --off, lifts the mark.
class CustomerDoNotDunCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("customer do-not-dun"); }
    QString summary() const override;
    QString positionalArgument() const override { return QStringLiteral("NUMBER"); }
    QString positionalDescription() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
