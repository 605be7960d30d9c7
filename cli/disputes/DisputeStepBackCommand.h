#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute step-back`: takes a case back one step to correct a wrong move (recorded).
class DisputeStepBackCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute step-back"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
