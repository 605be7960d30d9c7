#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute decide`: gives the verdict: justified, partly justified or unjustified.
class DisputeDecideCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute decide"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
