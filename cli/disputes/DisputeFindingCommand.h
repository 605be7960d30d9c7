#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute finding`: records a finding (with evidence files) while verifying a case.
class DisputeFindingCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute finding"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
