#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute learn`: records what went wrong internally, the department and the preventive action.
class DisputeLearnCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute learn"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
