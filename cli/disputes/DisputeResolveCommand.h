#pragma once

#include "cli/disputes/DisputeCliCommand.h"

namespace dd {

// `dispute resolve`: resolves a case: credit, amicable, arrangement, paid, legal or goodwill.
class DisputeResolveCommand : public DisputeCliCommand
{
public:
    QString name() const override { return QStringLiteral("dispute resolve"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace dd
