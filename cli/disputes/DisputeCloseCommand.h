#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute close`: closes a case with its outcome.
class DisputeCloseCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute close"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
