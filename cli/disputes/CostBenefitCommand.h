#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `cost-benefit --db FILE CASE [--probability P] [--record] ...`: is legal collection of the case
// worth more than goodwill? With --record the assessment is stored with the case, which the legal
// path requires.
class CostBenefitCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("cost-benefit"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
